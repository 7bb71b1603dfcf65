#pragma once

#include "crewinputs.h"
#include "jobdraws.h"
#include "plansettings.h"
#include "restorationkernel.h"

#include "domain/outagedistribution.h"

#include <memory>
#include <utility>
#include <vector>

namespace stormcrew::crews {

// One source of crews in the simulation: when its crews can start, and what they cost.
struct CrewClass {
    double arrivalHours = 0; // on the plan clock, before travel from the depot
    double costPerCrewDay = 0;
    double minDays = 0;
    int capacity = 0;
};

// What the simulation shares between threads: inputs, settings, the crew sources and every
// territory's jobs in every simulated storm (drawn once, or taken from a JobCache).
struct SimulationContext {
    const PlanInputs *inputs = nullptr;
    const OutageDistribution *outages = nullptr;
    PlanSettings settings;
    std::vector<CrewClass> classes;

    std::shared_ptr<const JobDraws> draws;
    std::vector<int> committedJobs; // jobsForShare(targetShare, n) for n = 0 .. the most outages
    // Per territory: the committed work of the storm at the risk level's rank among the storms
    // with outages (the (needed - quiet)-th smallest), -1 when the quiet storms alone meet the
    // risk level. The target's lower bound is a non-decreasing function of the work, so it is
    // that function of this one value for every source (CrewAllocator::targetLowerBound).
    std::vector<float> committedAtRisk;
    // Crews that finish elsewhere reach the territory after this long from their depot: the
    // longest depot-to-depot drive to its depot, then out to it (docs/crews.md, "Crews move on").
    std::vector<double> helpTravelHours;
    WorkClock clock{ShiftPattern{}};

    // Draws every territory's jobs (in parallel), or takes them from the cache if it has them
    // for these outages, inputs, seed and simulations; classes are set by the caller.
    void prepare(JobCache *cache = nullptr);
    // The rest of prepare(): the work clock and the drive of crews that move on.
    void prepareTravel();
    // Territories by mean customers out, most first (stable): who is served first.
    [[nodiscard]] std::vector<qsizetype> byCustomersOut() const;
    // The territory's jobs: those of simulation s are workOf(t)[offsetsOf(t)[s] ..
    // offsetsOf(t)[s + 1]).
    [[nodiscard]] const float *workOf(qsizetype territory) const
    {
        return draws->work.data() + draws->firstJob[size_t(territory)];
    }
    // The territory's jobs over every simulated storm: how much work simulating it is.
    [[nodiscard]] qint64 jobCount(qsizetype territory) const
    {
        return draws->firstJob[size_t(territory) + 1] - draws->firstJob[size_t(territory)];
    }
    [[nodiscard]] int maxOutages(qsizetype territory) const
    {
        return draws->maxOutages[size_t(territory)];
    }
    [[nodiscard]] double meanOutages(qsizetype territory) const
    {
        return draws->meanOutages[size_t(territory)];
    }
    [[nodiscard]] const quint32 *offsetsOf(qsizetype territory) const
    {
        return draws->offsets.data() + size_t(territory) * (size_t(settings.simulations) + 1);
    }
    [[nodiscard]] qint64 busyOffset(qsizetype territory) const
    {
        return draws->busyOffsets[size_t(territory)];
    }
    [[nodiscard]] const int *busyOf(qsizetype territory) const
    {
        return draws->busy.data() + busyOffset(territory);
    }
    // Per storm with outages (busyOf order), the sum of its jobs' work.
    [[nodiscard]] const float *totalsOf(qsizetype territory) const
    {
        return draws->totals.data() + busyOffset(territory);
    }
    [[nodiscard]] int busyCount(qsizetype territory) const
    {
        return int(draws->busyOffsets[size_t(territory) + 1] - busyOffset(territory));
    }
};

} // namespace stormcrew::crews
