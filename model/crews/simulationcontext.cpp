#include "simulationcontext.h"

#include "montecarlostats.h"
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
    if (draws->wrongDraw || draws->tooManyJobsIn >= 0)
        return; // the planner refuses the plan (CrewPlanner::context)
    const size_t territories = inputs->territories.size();
    committedJobs.resize(size_t(draws->mostOutages) + 1);
    for (int n = 0; n <= draws->mostOutages; ++n)
        committedJobs[size_t(n)] = jobsForShare(settings.targetShare, n);
    // Per territory, the committed work (the first committedJobs jobs of a storm, summed in
    // double, in order, from the floats the scheduler adds) of the storm at the risk level's
    // rank: the target's lower bound. It depends on the target share and the risk level, so a
    // re-plan after a move of the crews-on-hand slider takes it from the cache.
    const int needed = jobsForShare(riskProbability(settings.risk), simulations);
    if (cache) {
        if (auto kept = cache->committedAtRisk(draws.get(), settings.targetShare, needed)) {
            committedAtRisk = *kept;
            prepareTravel();
            return;
        }
    }
    committedAtRisk.assign(territories, -1.0f);
    std::vector<std::vector<float>> workers(static_cast<size_t>(workerCount()));
    parallelFor(qsizetype(territories), workers, [&](std::vector<float> &committed, qsizetype t) {
        const int busy = busyCount(t);
        const int quiet = simulations - busy;
        if (quiet >= needed)
            return; // the quiet storms alone meet the risk level
        const quint32 *o = offsetsOf(t);
        const int *storms = busyOf(t);
        const float *jobs = workOf(t);
        const float *totals = draws->totals.data() + busyOffset(t);
        committed.resize(size_t(busy));
        // A storm whose committed jobs are all its jobs (under 20 outages at 95 %: most of
        // them) has its total as committed work, the same sum; the others are summed here.
        for (int r = 0; r < busy; ++r) {
            const int s = storms[r];
            const int count = int(o[s + 1] - o[s]);
            const int k = committedJobs[size_t(count)];
            if (k == count) {
                committed[size_t(r)] = totals[r];
                continue;
            }
            double sum = 0;
            for (quint32 j = o[s]; j < o[s] + quint32(k); ++j)
                sum += double(jobs[j]);
            committed[size_t(r)] = float(sum);
        }
        committedAtRisk[size_t(t)] = rankOf(committed.data(), committed.size(), needed - quiet);
    });
    if (cache)
        cache->keepCommittedAtRisk(draws.get(), settings.targetShare, needed, committedAtRisk);
    prepareTravel();
}

void SimulationContext::prepareTravel()
{
    const size_t territories = inputs->territories.size();
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
