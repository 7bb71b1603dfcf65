#pragma once

#include "crewinputs.h"
#include "crewplan.h"
#include "plansettings.h"

#include "domain/outagedistribution.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew::crews {

class JobCache;
struct SimulationContext;

// Turns a storm's predicted outages into a crew plan: how many crews where, what to request
// from which pool by when, and when the lights are back (docs/crews.md).
class CrewPlanner {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::crews::CrewPlanner)

public:
    CrewPlanner(PlanInputs inputs, PlanSettings settings);

    // Recommends crews (own and from the pools) and simulates the restoration they give. With a
    // cache, the jobs drawn for an earlier plan of the same outages, inputs, seed and number of
    // simulations are used again (a re-plan after a slider move); the plan is the same.
    [[nodiscard]] Result<CrewPlan> plan(const OutageDistribution &outages,
                                        JobCache *cache = nullptr) const;

    // Simulates a given assignment without optimising it: crews[territory][source], sources as
    // in sources(). For what-if questions and for the laws in the tests.
    [[nodiscard]] Result<CrewPlan> evaluate(const OutageDistribution &outages,
                                            const std::vector<std::vector<int>> &crews) const;

    // The share of one territory's customers back by each hour, under a plan's crews.
    [[nodiscard]] Result<RestorationFan> territoryFan(const OutageDistribution &outages,
                                                      const CrewPlan &plan,
                                                      qsizetype territory) const;

    // The sources of crews in the order the plan uses them: own crews first, then the
    // contractor and mutual-aid pools by arrival time (then price).
    [[nodiscard]] std::vector<CrewSource> sources() const;

    [[nodiscard]] const PlanInputs &inputs() const { return m_inputs; }
    [[nodiscard]] const PlanSettings &settings() const { return m_settings; }

private:
    [[nodiscard]] Result<void> check(const OutageDistribution &outages) const;
    // The jobs drawn (or kept in the cache) and what the passes share; an error if a territory
    // has more jobs than the draws can hold (JobDraws::tooManyJobsIn).
    [[nodiscard]] Result<SimulationContext> context(const OutageDistribution &outages,
                                                    JobCache *cache = nullptr) const;
    [[nodiscard]] CrewPlan simulate(const SimulationContext &context,
                                    const std::vector<std::vector<int>> &crews) const;
    void describe(CrewPlan &plan) const;
    // Territories without a crew that crews moving on restore, most customers out first.
    [[nodiscard]] std::vector<qsizetype> unserved(const SimulationContext &context,
                                                  const std::vector<std::vector<int>> &crews) const;

    PlanInputs m_inputs;
    PlanSettings m_settings;
};

} // namespace stormcrew::crews
