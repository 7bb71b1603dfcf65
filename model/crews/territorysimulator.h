#pragma once

#include "crewinputs.h"
#include "crewplan.h"
#include "plansettings.h"
#include "randomstream.h"
#include "restorationkernel.h"

#include "domain/outagedistribution.h"

#include <cmath>
#include <vector>

namespace stormcrew::crews {

// One source of crews in the simulation: when its crews can start, and what they cost.
struct CrewClass {
    double arrivalHours = 0; // on the plan clock, before travel from the depot
    double costPerCrewDay = 0;
    double minDays = 0;
    int capacity = 0;
};

// What the simulation shares between threads: inputs, settings, the outage draws (joint: the
// same draw for every territory in one simulated storm) and one repair-time table per class.
struct SimulationContext {
    const PlanInputs *inputs = nullptr;
    const OutageDistribution *outages = nullptr;
    PlanSettings settings;
    std::vector<CrewClass> classes;
    std::vector<qsizetype> column;      // territory -> column of the distribution (-1: none)
    std::vector<LognormalTable> tables; // distinct repair-time laws
    std::vector<int> tableOf;           // territory -> table

    // Builds the column map and tables; classes are set by the caller.
    void prepare();
    // The outage draw simulation s uses (stratified over the draws).
    [[nodiscard]] int drawFor(int simulation) const
    {
        return int(qint64(simulation) * outages->draws / settings.simulations);
    }
};

// The expected-value view of a territory under one crew mix: what the allocation compares.
struct Evaluation {
    double customerHours = 0; // mean, customers x hours
    double customerHoursSe = 0;
    double crewCost = 0; // mean
    double cost = 0;     // mean of customer-hours x their value + crew cost
    int targetMet = 0;   // simulations in which the committed ETR is within the target hours
};

// Per-simulation sums of every territory, for the system's figures (one per thread, merged).
// Sums are kept in fixed point (millionths), so that they do not depend on the order in which
// threads add territories: a plan is the same to the last bit for a seed.
struct SystemAccumulator {
    static constexpr double Scale = 1e6;

    explicit SystemAccumulator(int simulations = 0, int hours = 0);
    void merge(const SystemAccumulator &other);
    static qint64 fixed(double value) { return std::llround(value * Scale); }
    [[nodiscard]] static std::vector<double> real(const std::vector<qint64> &sums);

    int hours = 0;
    std::vector<qint64> customerHours;
    std::vector<qint64> cost;
    std::vector<qint64> crewCost;
    std::vector<double> lastRestored; // a maximum: order does not matter
    std::vector<qint64> customersOut;
    // simulations x hours: customers restored in (h - 1, h]; hours = horizon + 1
    std::vector<qint64> restoredByHour;
};

// Simulates one territory at a time over every simulated storm. Not thread-safe: one per
// thread; load() regenerates the jobs (cheap) and reuses its buffers.
class TerritorySimulator {
public:
    explicit TerritorySimulator(const SimulationContext &context);

    void load(qsizetype territory);
    [[nodiscard]] qsizetype territory() const { return m_territory; }
    // The most outages any simulated storm gives this territory (more crews cannot help).
    [[nodiscard]] int maxOutages() const { return m_maxOutages; }
    [[nodiscard]] double meanOutages() const;

    [[nodiscard]] Evaluation evaluate(const std::vector<int> &crews);
    // The full outcome under the final mix; adds this territory to the system's sums.
    [[nodiscard]] TerritoryPlan outcome(const std::vector<int> &crews, SystemAccumulator *system);
    // The share of this territory's customers back by each whole hour, P10/P50/P90.
    [[nodiscard]] RestorationFan fan(const std::vector<int> &crews);

private:
    int fillCrews(const std::vector<int> &crews);
    [[nodiscard]] double crewCost(const std::vector<int> &crews, double lastRestored) const;
    [[nodiscard]] JobList jobs(int simulation) const;

    const SimulationContext &m_context;
    qsizetype m_territory = -1;
    int m_maxOutages = 0;
    std::vector<float> m_work;     // every simulation's jobs, back to back
    std::vector<int> m_offset;     // simulations + 1
    std::vector<double> m_arrival; // the crews' start times, sorted
    std::vector<double> m_free;    // scratch for the scheduler
    std::vector<double> m_completions;
};

// The value at rank ceil(p * n) (the smallest x with at least p of the values <= x), with a
// distribution-free standard error from the order statistics p * n +- sqrt(n p (1 - p)).
// Reorders values.
[[nodiscard]] Estimate quantileOf(std::vector<double> &values, double p);
[[nodiscard]] Spread spreadOf(std::vector<double> &values);
[[nodiscard]] Estimate meanOf(const std::vector<double> &values);

} // namespace stormcrew::crews
