#pragma once

#include "crewinputs.h"
#include "plansettings.h"
#include "randomstream.h"
#include "restorationkernel.h"

#include "domain/outagedistribution.h"

#include <memory>
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

// One source of crews in the simulation: when its crews can start, and what they cost.
struct CrewClass {
    double arrivalHours = 0; // on the plan clock, before travel from the depot
    double costPerCrewDay = 0;
    double minDays = 0;
    int capacity = 0;
};

// What the simulation shares between threads: inputs, settings, the crew sources and every
// territory's jobs in every simulated storm, drawn once. Simulation s of every territory uses
// the same outage draw (joint: territories hit by one storm stay correlated).
struct SimulationContext {
    const PlanInputs *inputs = nullptr;
    const OutageDistribution *outages = nullptr;
    PlanSettings settings;
    std::vector<CrewClass> classes;

    // Territory-major: the jobs of territory t in simulation s are
    // work[offsets[t * (simulations + 1) + s] .. offsets[t * (simulations + 1) + s + 1]).
    Buffer<float> work;
    Buffer<qint64> offsets;
    std::vector<int> maxOutages;     // per territory
    std::vector<double> meanOutages; // per territory
    // Per territory, the simulated storms that give it outages, most outages first (stable):
    // busy[busyOffsets[t] .. busyOffsets[t + 1]). Storms without outages never change.
    Buffer<int> busy;
    std::vector<qint64> busyOffsets;
    Buffer<float> committedWork;    // like busy: work of the first committedJobs jobs
    std::vector<int> committedJobs; // jobsForShare(targetShare, n) for n = 0 .. the most outages
    // Crews that finish elsewhere reach the territory after this long from their depot: the
    // longest depot-to-depot drive to its depot, then out to it (docs/crews.md, "Crews move on").
    std::vector<double> helpTravelHours;
    WorkClock clock{ShiftPattern{}};

    // Draws every territory's jobs (in parallel); classes are set by the caller.
    void prepare();
    // Territories by mean customers out, most first (stable): who is served first.
    [[nodiscard]] std::vector<qsizetype> byCustomersOut() const;
    // The outage draw simulation s uses (stratified over the draws).
    [[nodiscard]] int drawFor(int simulation) const
    {
        return int(qint64(simulation) * outages->draws / settings.simulations);
    }
    [[nodiscard]] const qint64 *offsetsOf(qsizetype territory) const
    {
        return offsets.data() + size_t(territory) * (size_t(settings.simulations) + 1);
    }
    [[nodiscard]] const int *busyOf(qsizetype territory) const
    {
        return busy.data() + busyOffsets[size_t(territory)];
    }
    [[nodiscard]] int busyCount(qsizetype territory) const
    {
        return int(busyOffsets[size_t(territory) + 1] - busyOffsets[size_t(territory)]);
    }
};

} // namespace stormcrew::crews
