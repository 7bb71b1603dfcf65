#pragma once

#include "stormactuals.h"
#include "stormreplay.h"

#include "crews/crewinputs.h"
#include "crews/crewplanner.h"
#include "domain/outagedistribution.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <map>
#include <vector>

namespace stormcrew::replay {

// The hindsight outcome of a storm (docs/replay.md, "Hindsight"): the crew plan the model's
// prediction would have led to, and the crews actually deployed, each simulated by the crew
// planner against the outages that happened, with common random numbers (the same repair times
// for both).
class HindsightSimulator {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::replay::HindsightSimulator)

public:
    HindsightSimulator(crews::PlanInputs inputs, crews::PlanSettings settings);

    // Plans on the predicted draws, then simulates that plan and the deployed crews on the
    // actual outages (by territory id; territories absent count 0).
    [[nodiscard]] Result<Hindsight> run(const OutageDistribution &predicted,
                                        const std::map<qint64, TerritoryOutcome> &outcomes,
                                        const std::map<qint64, double> &actualOutages) const;

    // The actual outages as a distribution of one draw over the planner's territories.
    [[nodiscard]] OutageDistribution
    actualDistribution(const std::map<qint64, double> &actualOutages) const;

    // Simulates crews[territory][source] (the planner's territories and sources) on outages.
    [[nodiscard]] Result<HindsightRun> simulate(const OutageDistribution &outages,
                                                const std::vector<std::vector<int>> &crews) const;

    // The crews deployed per territory (the planner's order) spread over the planner's sources
    // the way a utility calls them: its own crews first, then the pools in the planner's order,
    // each territory taking its share of every source used (largest remainders). Crews beyond
    // what the sources hold count as own crews, and `notes` says so.
    [[nodiscard]] static std::vector<std::vector<int>>
    spreadOverSources(const std::vector<int> &deployed,
                      const std::vector<crews::CrewSource> &sources, QStringList *notes = nullptr);

    // The crews of each source (summed over the territories) spread again over the territories
    // in proportion to `weights` (largest remainders); unchanged when every weight is 0.
    [[nodiscard]] static std::vector<std::vector<int>>
    dispatch(const std::vector<std::vector<int>> &crews, const std::vector<double> &weights);

    [[nodiscard]] const crews::CrewPlanner &planner() const { return m_planner; }

private:
    crews::CrewPlanner m_planner;
};

} // namespace stormcrew::replay
