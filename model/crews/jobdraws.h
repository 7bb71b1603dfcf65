#pragma once

#include "crewinputs.h"

#include "domain/outagedistribution.h"

#include <QMutex>

#include <memory>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace stormcrew::crews {

// An allocator that leaves new elements of trivial types uninitialised, so that resize() does
// not write zeros over tens of megabytes that are written again at once: the memory is first
// touched (and its pages faulted in) by the threads that fill it.
template <typename T> struct UninitialisedAllocator : std::allocator<T> {
    template <typename U> struct rebind {
        using other = UninitialisedAllocator<U>;
    };
    UninitialisedAllocator() = default;
    template <typename U> UninitialisedAllocator(const UninitialisedAllocator<U> &) noexcept {}
    template <typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template <typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
template <typename T> using Buffer = std::vector<T, UninitialisedAllocator<T>>;

// Every territory's jobs in every simulated storm, drawn once (in parallel). They depend on the
// outage draws, the territories' repair-time laws and hops, the seed and the number of
// simulations, never on the target, the risk level or the crews: a re-plan after a slider move
// can use the same draws (JobCache). Simulation s of every territory uses the same outage draw
// (joint: territories hit by one storm stay correlated).
struct JobDraws {
    [[nodiscard]] static std::shared_ptr<const JobDraws> draw(const PlanInputs &inputs,
                                                              const OutageDistribution &outages,
                                                              quint64 seed, int simulations);

    // The outage draw simulation s uses (stratified over the draws).
    [[nodiscard]] static int drawFor(int simulation, int draws, int simulations)
    {
        return int(qint64(simulation) * draws / simulations);
    }

    int simulations = 0;
    // Territory-major: the jobs of territory t in simulation s are
    // work[firstJob[t] + offsets[t * (simulations + 1) + s] .. firstJob[t] + offsets[t *
    // (simulations + 1) + s + 1]). The offsets count within a territory, in 32 bits: half the
    // memory every pass reads (12 MB for 3,000 territories and 1,000 simulations).
    Buffer<float> work;
    Buffer<quint32> offsets;
    std::vector<qint64> firstJob; // per territory, and the total at the end
    // The first territory with more jobs than the 32-bit offsets count (2^31: more than 2,147
    // outages a storm on average over a million simulations), or -1. With one, nothing else is
    // drawn and the planner refuses the plan.
    qsizetype tooManyJobsIn = -1;
    // The first draw that is not a number of outages from 0 to below 2^31 (negative, not a
    // number, too large), by territory: with one, nothing else is drawn and the planner
    // refuses the plan.
    struct WrongDraw {
        qsizetype territory = -1;
        int draw = -1; // in the outage distribution
        float value = 0;
    };
    std::optional<WrongDraw> wrongDraw;
    std::vector<int> maxOutages;     // per territory
    std::vector<double> meanOutages; // per territory
    // Per territory, the simulated storms that give it outages, most outages first (stable):
    // busy[busyOffsets[t] .. busyOffsets[t + 1]). Storms without outages never change.
    Buffer<int> busy;
    std::vector<qint64> busyOffsets;
    // Per storm in busy, the sum of all its jobs (in double, in order, as float): the committed
    // work of the storms whose committed jobs are all their jobs (SimulationContext), read in
    // order instead of gathered from the jobs on every change of the target share.
    Buffer<float> totals;
    int mostOutages = 0; // over every territory and storm
};

// Keeps the last drawn jobs for the next plan of the same storm: a director moving the target,
// risk or crews-on-hand slider re-plans without drawing 4.7 million repair times again. The key
// is everything the draws depend on, compared in full (the outage draws bit for bit), so a
// new prediction, a changed repair law or another seed draws afresh. Thread-safe; one entry.
class JobCache {
public:
    [[nodiscard]] std::shared_ptr<const JobDraws> draws(const PlanInputs &inputs,
                                                        const OutageDistribution &outages,
                                                        quint64 seed, int simulations);
    // How often draws() found the jobs drawn already (for the log and the tests).
    [[nodiscard]] int hits() const;
    // The per-territory committed work at the risk level's rank (SimulationContext) that was
    // kept for these draws, this target share and this many storms needed, or null.
    [[nodiscard]] std::optional<std::vector<float>>
    committedAtRisk(const JobDraws *draws, double targetShare, int needed) const;
    void keepCommittedAtRisk(const JobDraws *draws, double targetShare, int needed,
                             std::vector<float> values);
    // How often committedAtRisk() found them (for the tests).
    [[nodiscard]] int committedHits() const;

private:
    // Per territory: id, median, sigma, cap and hop, in the inputs' order.
    using TerritoryKey = std::tuple<qint64, double, double, double, double>;
    struct Key {
        quint64 seed = 0;
        int simulations = 0;
        int draws = 0;
        std::vector<qint64> territoryIds;
        std::vector<float> samples;
        std::vector<TerritoryKey> territories;
        bool operator==(const Key &other) const = default;
    };
    [[nodiscard]] static bool matches(const Key &key, const PlanInputs &inputs,
                                      const OutageDistribution &outages, quint64 seed,
                                      int simulations);

    mutable QMutex m_mutex;
    Key m_key;
    std::shared_ptr<const JobDraws> m_draws;
    int m_hits = 0;
    // One entry, for m_draws: a move of the risk or crews-on-hand slider keeps it.
    double m_committedShare = -1;
    int m_committedNeeded = -1;
    std::vector<float> m_committedAtRisk;
    mutable int m_committedHits = 0;
};

} // namespace stormcrew::crews
