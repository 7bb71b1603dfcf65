#pragma once

#include "crewinputs.h"
#include "plansettings.h"
#include "randomstream.h"
#include "restorationkernel.h"

#include "domain/outagedistribution.h"

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
// territory's jobs in every simulated storm, drawn once. Simulation s of every territory uses
// the same outage draw (joint: territories hit by one storm stay correlated).
struct SimulationContext {
    const PlanInputs *inputs = nullptr;
    const OutageDistribution *outages = nullptr;
    PlanSettings settings;
    std::vector<CrewClass> classes;

    // Territory-major: the jobs of territory t in simulation s are
    // work[offsets[t * (simulations + 1) + s] .. offsets[t * (simulations + 1) + s + 1]).
    std::vector<float> work;
    std::vector<qint64> offsets;
    std::vector<int> maxOutages;     // per territory
    std::vector<double> meanOutages; // per territory
    // Per territory, the simulated storms that give it outages, most outages first (stable):
    // busy[busyOffsets[t] .. busyOffsets[t + 1]). Storms without outages never change.
    std::vector<int> busy;
    std::vector<qint64> busyOffsets;
    std::vector<float> committedWork; // like busy: work of the first committedJobs jobs
    std::vector<int> committedJobs;   // jobsForShare(targetShare, n) for n = 0 .. the most outages
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
