#pragma once

#include "crewinputs.h"
#include "crewplan.h"
#include "montecarlostats.h"
#include "plansettings.h"
#include "randomstream.h"
#include "restorationkernel.h"
#include "simulationcontext.h"

#include "domain/outagedistribution.h"

#include <cmath>
#include <functional>
#include <vector>

namespace stormcrew::crews {

class HelpPool;

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
    // value >= 0 (customer-hours and costs): rounding by adding a half is llround, and cheaper.
    static qint64 fixed(double value) { return qint64(value * Scale + 0.5); }
    // Adds a storm's restorations (clock hours) to its column of the hourly table.
    void addRestored(int simulation, const double *completions, int count, qint32 perOutage)
    {
        // Locals: the stores through column could alias the members for the compiler.
        qint32 *column = restoredByHour.data() + size_t(simulation);
        const double lastHour = hours - 1;
        const size_t stride = size_t(simulations);
        for (int j = 0; j < count; ++j) {
            const double done = completions[j];
            if (done <= lastHour) {
                int hour = int(done); // done >= 0: the ceiling without libm
                hour += double(hour) < done ? 1 : 0;
                column[size_t(hour) * stride] += perOutage;
            }
        }
    }
    // Customers restored in storm s in (h - 1, h].
    [[nodiscard]] qint32 restored(int simulation, int hour) const
    {
        return restoredByHour[size_t(hour) * size_t(simulations) + size_t(simulation)];
    }
    [[nodiscard]] static std::vector<double> real(const std::vector<qint64> &sums);
    // Adds paidEveryStorm to every storm's cost and crew cost (once, after the merge).
    void settle();

    int hours = 0;
    std::vector<qint64> customerHours;
    std::vector<qint64> cost;
    std::vector<qint64> crewCost;
    // What the crews cost in a storm without outages, summed over the territories: every storm
    // costs this much at least, and a territory adds only its storms with outages' extra cost
    // (fixed point, so the sums are the same however they are split).
    qint64 paidEveryStorm = 0;
    std::vector<double> lastRestored; // a maximum: order does not matter
    std::vector<qint64> customersOut; // in the hourly table's unit (thousandths)
    // hours x simulations: customers restored in (h - 1, h], in thousandths (32 bits keeps
    // the table in cache: a storm's whole count fits up to two million customers). Hour-major:
    // a territory's storms go by in order, so its restorations in one hour land side by side.
    static constexpr double HourScale = 1e3;
    int simulations = 0;
    std::vector<qint32> restoredByHour;
};

// What the allocation keeps of one territory between its steps (target search, then the greedy
// for each source): the crew mix and the outcome of every simulated storm that gives the
// territory outages, in SimulationContext::busy order. About 9 bytes a storm; keeping it spares
// simulating every storm again for each step.
struct TerritoryState {
    std::vector<int> crews;     // per source
    std::vector<double> starts; // the crews' start times on the work clock, sorted
    std::vector<float> hours;   // outages x hours out
    std::vector<float> last;    // all restored
    // Committed ETR within the target hours (0 or 1). Not char: a store through a char may alias
    // anything, and the compiler would load every pointer again after each storm.
    enum class Met : quint8 {};
    std::vector<Met> met;
    std::vector<double> days;   // per source: paid days of one crew, summed over all storms
    std::vector<char> daysKept; // per source: days is up to date
    double hoursSum = 0;
    int metCount = 0; // storms with outages that meet the target
    bool ready = false;
};

// The territory's results of each simulated storm gathered into its plan line (spreads without
// standard errors, customer-hours and cost with). The spreads' values (last, target, committed)
// are kept for the storms with outages only, in any order, and the others counted as zeros: the
// same spreads, without filtering. hours and costs are per storm, in storm order (their means
// are sums in that order).
struct TerritoryTally {
    // Every storm's values at its index (zeros where nothing was added): for CrewHelp, whose
    // threads add storms in any order.
    explicit TerritoryTally(int simulations);
    TerritoryTally() = default;
    void add(int simulation, const ScheduleSummary &summary, double target, double customerHours,
             double cost);
    // For TerritorySimulator::outcome: room for the spreads' values of `busy` storms with
    // outages, each added once by append(), and every storm as one without outages (nothing
    // out, the crews paid quietCost all the same) until append() says otherwise.
    void restart(int simulations, int busy, double quietCost);
    // The next storm with outages.
    void append(int simulation, const ScheduleSummary &summary, double target, double customerHours,
                double cost)
    {
        last[m_appended] = summary.lastRestored;
        committed[m_appended] = summary.committedTarget;
        this->target[m_appended] = target;
        ++m_appended;
        m_alike &= target == summary.lastRestored && summary.committedTarget == target;
        hours[size_t(simulation)] = customerHours;
        costs[size_t(simulation)] = cost;
    }
    [[nodiscard]] TerritoryPlan finish(const TerritoryCrewInput &input, double meanOutages,
                                       const PlanSettings &settings) const;
    std::vector<double> last, target, committed; // storms with outages (or every storm)
    std::vector<double> hours, costs;            // every storm

private:
    size_t m_appended = 0;
    // Every storm's target and committed ETR are its last restoration (a storm whose jobs are
    // all committed: most of them, under 20 outages at 95 %): the three spreads are one.
    bool m_alike = true;
};

// Simulates one territory at a time over every simulated storm. Not thread-safe: one per
// thread; load() points it at a territory's jobs (drawn once, in the context).
//
// Only the N earliest crews to arrive ever work when a storm brings N outages (list scheduling
// gives each job the crew free first), so a simulated storm is run with those crews alone, and
// adding a crew that arrives after the first N leaves it unchanged. begin()/add() use that to
// re-run only the simulated storms a new crew can change; storms without outages never run.
class TerritorySimulator {
public:
    explicit TerritorySimulator(const SimulationContext &context);

    void load(qsizetype territory);
    [[nodiscard]] qsizetype territory() const { return m_territory; }
    // The most outages any simulated storm gives this territory (more crews cannot help).
    [[nodiscard]] int maxOutages() const { return m_maxOutages; }
    [[nodiscard]] double meanOutages() const;

    // Incremental evaluation on a kept state: start from a mix, add crews one at a time.
    void begin(TerritoryState &state, const std::vector<int> &crews);
    // begin() for a mix that must meet the target in `needed` storms (of every simulated
    // one): false, and the state not ready, as soon as too many storms miss it (the storms
    // with the most outages first, which miss first); true: begin()'s state, which meets it.
    [[nodiscard]] bool beginIfMet(TerritoryState &state, const std::vector<int> &crews, int needed);
    // Whether the mix meets the target in `needed` storms (beginIfMet on a scratch state).
    [[nodiscard]] bool meets(const std::vector<int> &crews, int needed);
    void add(TerritoryState &state, size_t source);
    // add() for a territory with more work than the others left to do together: its storms are
    // re-run by every simulator of the team (one per thread, this one among them), then taken
    // into the state in order, so the state is add()'s to the last bit.
    void addSplit(TerritoryState &state, size_t source, std::vector<TerritorySimulator> &team);
    // Moves crews between two sources whose crews start at the same time (the same schedule).
    static void relabel(TerritoryState &state, size_t from, size_t to);
    // Sums a state's kept per-storm results afresh and forgets its paid days, as begin() does
    // after running the storms: a state put back from a copy is then the one begin() would
    // make for its crews, to the last bit, without running a storm.
    static void recount(TerritoryState &state);
    [[nodiscard]] Evaluation current(TerritoryState &state);
    // What one more crew of `source` could save at most (current(state).cost less the cost
    // with it), without running a storm; floor is hoursFloor(state, source). At or below 0,
    // the crew is not worth its price, and add() need not run to say so.
    [[nodiscard]] double mostSaved(TerritoryState &state, size_t source, double floor);
    // The least the state's hoursSum can become however many crews of `source` are added.
    [[nodiscard]] double hoursFloor(const TerritoryState &state, size_t source) const;

    // The full outcome under the final mix; adds this territory to the system's sums and,
    // with helpers, offers its crews' release times to crews-move-on help (crewhelp.h).
    [[nodiscard]] TerritoryPlan outcome(const std::vector<int> &crews, SystemAccumulator *system,
                                        HelpPool *helpers = nullptr);
    // The share of this territory's customers back by each whole hour, P10/P50/P90.
    [[nodiscard]] RestorationFan fan(const std::vector<int> &crews);

private:
    void fillStarts(const std::vector<int> &crews, std::vector<double> &starts) const;
    // The first half of add(): the new crew's start among the others and its paid days; returns
    // how many crews start no later than it (storms with no more outages do not change).
    int placeCrew(TerritoryState &state, size_t source);
    // The second half: storm r (in busy order) re-run with the new crew, into the state and
    // the running sums.
    void keep(TerritoryState &state, int r, const ScheduleSummary &summary, double &hoursSum,
              int &metCount) const;
    void keepDays(TerritoryState &state, size_t source) const;
    // When a crew of the source can start work here, on the work clock.
    [[nodiscard]] double startOf(size_t source) const;
    // A crew is paid from its arrival until the territory is restored, at least minDays.
    [[nodiscard]] double crewDays(size_t source, double lastRestored) const
    {
        const CrewClass &c = m_context.classes[source];
        const double end = std::min(lastRestored, m_context.settings.horizonHours);
        return std::max(c.minDays, std::max(0.0, end - c.arrivalHours) / 24.0);
    }
    // How many outages simulation s gives the territory.
    [[nodiscard]] int outagesIn(int simulation) const
    {
        return int(m_offset[simulation + 1] - m_offset[simulation]);
    }
    [[nodiscard]] JobList jobs(int simulation) const
    {
        const quint32 begin = m_offset[simulation];
        const int count = int(m_offset[simulation + 1] - begin);
        return {m_work + begin, nullptr, count, m_context.committedJobs[size_t(count)]};
    }
    // Runs simulation s on the earliest of the given crews (work-clock start times, sorted).
    ScheduleSummary run(int simulation, const std::vector<double> &starts,
                        double *completions = nullptr);
    // begin(), giving up (false) once more than `misses` storms with outages miss the target.
    bool beginUpTo(TerritoryState &state, const std::vector<int> &crews, int misses);

    const SimulationContext &m_context;
    qsizetype m_territory = -1;
    int m_maxOutages = 0;
    int m_busyCount = 0;
    const int *m_busy = nullptr;       // storms with outages, most first
    const float *m_work = nullptr;     // this territory's jobs
    const quint32 *m_offset = nullptr; // its simulations + 1 offsets into m_work
    std::vector<double> m_free;        // scratch for the scheduler
    std::vector<double> m_completions;
    std::vector<double> m_starts;
    std::vector<double> m_released;
    TerritoryState m_scratch;
    TerritoryTally m_tally;
    std::vector<ScheduleSummary> m_split; // addSplit's re-run storms
};

} // namespace stormcrew::crews
