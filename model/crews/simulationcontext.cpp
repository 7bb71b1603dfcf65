#include "simulationcontext.h"

#include "parallelfor.h"
#include "travel.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::crews {

std::vector<qsizetype> SimulationContext::byCustomersOut() const
{
    std::vector<qsizetype> order;
    for (size_t t = 0; t < inputs->territories.size(); ++t)
        order.push_back(qsizetype(t));
    auto customersOut = [&](qsizetype t) {
        return meanOutages(t) * inputs->territories[size_t(t)].customersPerOutage;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return customersOut(a) > customersOut(b); });
    return order;
}

void SimulationContext::prepare(JobCache *cache)
{
    const int simulations = settings.simulations;
    draws = cache ? cache->draws(*inputs, *outages, settings.seed, simulations)
                  : JobDraws::draw(*inputs, *outages, settings.seed, simulations);
    const size_t territories = inputs->territories.size();
    committedJobs.resize(size_t(draws->mostOutages) + 1);
    for (int n = 0; n <= draws->mostOutages; ++n)
        committedJobs[size_t(n)] = jobsForShare(settings.targetShare, n);
    // The work of the first committedJobs jobs of every storm with outages (the target's lower
    // bound): summed in double, in order, from the floats the scheduler adds.
    committedWork.resize(draws->busy.size());
    committedAtRisk.assign(territories, -1.0f);
    const int needed = jobsForShare(riskProbability(settings.risk), simulations);
    std::vector<std::vector<float>> workers(static_cast<size_t>(workerCount()));
    parallelFor(qsizetype(territories), workers, [&](std::vector<float> &ranked, qsizetype t) {
        const qint64 *o = offsetsOf(t);
        const int *storms = busyOf(t);
        float *committed = committedWork.data() + busyOffset(t);
        const float *jobs = draws->work.data();
        const int busy = busyCount(t);
        for (int r = 0; r < busy; ++r) {
            const int s = storms[r];
            const qint64 last = o[s] + committedJobs[size_t(o[s + 1] - o[s])];
            double sum = 0;
            for (qint64 j = o[s]; j < last; ++j)
                sum += double(jobs[size_t(j)]);
            committed[r] = float(sum);
        }
        const int quiet = simulations - busy;
        if (quiet < needed) {
            ranked.assign(committed, committed + busy);
            const auto at = ranked.begin() + (needed - quiet - 1);
            std::nth_element(ranked.begin(), at, ranked.end());
            committedAtRisk[size_t(t)] = *at;
        }
    });

    clock = WorkClock(inputs->shift);
    // The longest depot-to-depot drive to each depot, once per depot.
    std::vector<double> longestTo(inputs->depots.size(), 0.0);
    for (size_t d = 0; d < inputs->depots.size(); ++d) {
        const DepotInput &home = inputs->depots[d];
        for (const DepotInput &depot : inputs->depots)
            longestTo[d] = std::max(longestTo[d], Travel::hours(Travel::haversineKm(
                                                      depot.lon, depot.lat, home.lon, home.lat)));
    }
    helpTravelHours.assign(territories, 0);
    for (size_t t = 0; t < territories; ++t) {
        const TerritoryCrewInput &input = inputs->territories[t];
        const bool known = input.depot >= 0 && size_t(input.depot) < inputs->depots.size();
        helpTravelHours[t] = (known ? longestTo[size_t(input.depot)] : 0.0) + input.travelHours;
    }
}

} // namespace stormcrew::crews
