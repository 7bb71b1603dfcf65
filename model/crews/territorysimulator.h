#pragma once

#include "crewinputs.h"
#include "crewplan.h"
#include "plansettings.h"
#include "randomstream.h"
#include "restorationkernel.h"
#include "simulationcontext.h"

#include "domain/outagedistribution.h"

#include <cmath>
#include <vector>

namespace stormcrew::crews {

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
    std::vector<qint64> customersOut; // in the hourly table's unit (thousandths)
    // simulations x hours: customers restored in (h - 1, h], in thousandths (32 bits keeps
    // the table in cache: a storm's whole count fits up to two million customers)
    static constexpr double HourScale = 1e3;
    std::vector<qint32> restoredByHour;
};

// Simulates one territory at a time over every simulated storm. Not thread-safe: one per
// thread; load() regenerates the jobs (cheap) and reuses its buffers.
//
// Only the N earliest crews to arrive ever work when a storm brings N outages (list scheduling
// gives each job the crew free first), so a simulated storm is run with those crews alone, and
// adding a crew that arrives after the first N leaves it unchanged. begin()/add() use that to
// re-run only the simulated storms a new crew can change.
class TerritorySimulator {
public:
    explicit TerritorySimulator(const SimulationContext &context);

    void load(qsizetype territory);
    [[nodiscard]] qsizetype territory() const { return m_territory; }
    // The most outages any simulated storm gives this territory (more crews cannot help).
    [[nodiscard]] int maxOutages() const { return m_maxOutages; }
    [[nodiscard]] double meanOutages() const;

    [[nodiscard]] Evaluation evaluate(const std::vector<int> &crews);

    // Incremental evaluation: start from a mix, add crews of source `sweep` one at a time.
    void begin(const std::vector<int> &crews, size_t sweep);
    void add(size_t source);
    [[nodiscard]] Evaluation current() const;
    [[nodiscard]] const std::vector<int> &crews() const { return m_crews; }

    // The full outcome under the final mix; adds this territory to the system's sums.
    [[nodiscard]] TerritoryPlan outcome(const std::vector<int> &crews, SystemAccumulator *system);
    // The share of this territory's customers back by each whole hour, P10/P50/P90.
    [[nodiscard]] RestorationFan fan(const std::vector<int> &crews);

private:
    int fillCrews(const std::vector<int> &crews);
    [[nodiscard]] double crewCost(const std::vector<int> &crews, double lastRestored) const;
    [[nodiscard]] double crewDays(size_t source, double lastRestored) const;
    [[nodiscard]] JobList jobs(int simulation) const;
    // Runs simulation s on the earliest of the current crews.
    ScheduleSummary run(int simulation, double *completions = nullptr);

    const SimulationContext &m_context;
    ScheduleSettings m_schedule;
    qsizetype m_territory = -1;
    int m_maxOutages = 0;
    const float *m_work = nullptr;    // the context's jobs
    const qint64 *m_offset = nullptr; // this territory's simulations + 1 offsets into m_work
    std::vector<int> m_committed;     // jobsForShare(target, n) for n = 0 .. maxOutages
    std::vector<int> m_busiest;       // simulations by outages, most first
    std::vector<double> m_arrival;    // the crews' start times, sorted
    std::vector<double> m_free;       // scratch for the scheduler
    std::vector<double> m_completions;

    // Incremental state: the mix, each simulation's last result and their sums.
    std::vector<int> m_crews;
    std::vector<double> m_hours;
    std::vector<double> m_last;
    std::vector<char> m_met;
    std::vector<double> m_days;    // per source: sum over simulations of its paid days per crew
    std::vector<size_t> m_tracked; // sources whose m_days are kept
    double m_hoursSum = 0;
    int m_metCount = 0;
};

// The value at rank ceil(p * n) (the smallest x with at least p of the values <= x), with a
// distribution-free standard error from the order statistics p * n +- sqrt(n p (1 - p)).
// Reorders values.
[[nodiscard]] Estimate quantileOf(std::vector<double> &values, double p);
[[nodiscard]] double quantileValue(std::vector<double> &values, double p);
// With standard errors (the system) or without (each territory: a third of the work).
[[nodiscard]] Spread spreadOf(std::vector<double> &values, bool withErrors = true);
[[nodiscard]] Estimate meanOf(const std::vector<double> &values);

} // namespace stormcrew::crews
