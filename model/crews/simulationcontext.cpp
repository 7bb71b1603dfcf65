#include "simulationcontext.h"

#include "parallelfor.h"
#include "travel.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace stormcrew::crews {

std::vector<qsizetype> SimulationContext::byCustomersOut() const
{
    std::vector<qsizetype> order;
    for (size_t t = 0; t < inputs->territories.size(); ++t)
        order.push_back(qsizetype(t));
    auto customersOut = [&](qsizetype t) {
        return meanOutages[size_t(t)] * inputs->territories[size_t(t)].customersPerOutage;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return customersOut(a) > customersOut(b); });
    return order;
}

void SimulationContext::prepare()
{
    const size_t territories = inputs->territories.size();
    const int simulations = settings.simulations;
    const size_t stride = size_t(simulations) + 1;

    // The distribution's column of each territory, and one repair-time table per distinct law.
    QHash<qint64, qsizetype> columns;
    for (qsizetype c = 0; c < outages->territories(); ++c)
        columns.insert(outages->territoryIds[size_t(c)], c);
    std::vector<qsizetype> column;
    std::vector<LognormalTable> tables;
    std::vector<int> tableOf;
    std::map<std::tuple<double, double, double>, int> seen;
    for (const TerritoryCrewInput &t : inputs->territories) {
        column.push_back(columns.value(t.id, -1));
        const auto key = std::make_tuple(t.repair.medianHours, t.repair.sigma, t.repair.capHours);
        auto found = seen.find(key);
        if (found == seen.end()) {
            found = seen.emplace(key, int(tables.size())).first;
            tables.emplace_back(t.repair.medianHours, t.repair.sigma, t.repair.capHours);
        }
        tableOf.push_back(found->second);
    }

    // Outages per territory and simulation. The draws are draw-major and we want territory-major:
    // transposed in blocks of 16 simulations, so that both sides stay in cache.
    std::vector<int> counts(territories * size_t(simulations), 0);
    const size_t width = outages->territoryIds.size();
    constexpr int Block = 16;
    for (int first = 0; first < simulations; first += Block) {
        const int last = std::min(simulations, first + Block);
        const float *rows[Block];
        for (int s = first; s < last; ++s)
            rows[s - first] = outages->samples.data() + size_t(drawFor(s)) * width;
        for (size_t t = 0; t < territories; ++t) {
            if (column[t] < 0)
                continue;
            int *out = counts.data() + t * size_t(simulations);
            for (int s = first; s < last; ++s) {
                const float value = rows[s - first][size_t(column[t])]; // a whole number
                out[s] = value > 0 ? int(value + 0.5f) : 0;
            }
        }
    }
    offsets.assign(territories * stride, 0);
    maxOutages.assign(territories, 0);
    meanOutages.assign(territories, 0);
    qint64 at = 0;
    for (size_t t = 0; t < territories; ++t) {
        qint64 *o = offsets.data() + t * stride;
        for (int s = 0; s < simulations; ++s) {
            o[s] = at;
            const int n = counts[t * size_t(simulations) + size_t(s)];
            at += n;
            maxOutages[t] = std::max(maxOutages[t], n);
        }
        o[simulations] = at;
        meanOutages[t] = double(o[simulations] - o[0]) / simulations;
    }
    work.resize(size_t(at));

    // The storms with outages, most first: counting sort per territory (stable by index).
    int most = 0;
    for (const int m : maxOutages)
        most = std::max(most, m);
    committedJobs.resize(size_t(most) + 1);
    for (int n = 0; n <= most; ++n)
        committedJobs[size_t(n)] = jobsForShare(settings.targetShare, n);
    busyOffsets.assign(territories + 1, 0);
    for (size_t t = 0; t < territories; ++t) {
        int busyStorms = 0;
        for (int s = 0; s < simulations; ++s)
            busyStorms += counts[t * size_t(simulations) + size_t(s)] > 0 ? 1 : 0;
        busyOffsets[t + 1] = busyOffsets[t] + busyStorms;
    }
    busy.resize(size_t(busyOffsets[territories]));
    committedWork.resize(busy.size());
    {
        std::vector<int> start;
        for (size_t t = 0; t < territories; ++t) {
            const int *n = counts.data() + t * size_t(simulations);
            start.assign(size_t(maxOutages[t]) + 2, 0);
            for (int s = 0; s < simulations; ++s) {
                if (n[s] > 0)
                    ++start[size_t(maxOutages[t] - n[s]) + 1];
            }
            for (size_t i = 1; i < start.size(); ++i)
                start[i] += start[i - 1];
            int *out = busy.data() + busyOffsets[t];
            for (int s = 0; s < simulations; ++s) {
                if (n[s] > 0)
                    out[start[size_t(maxOutages[t] - n[s])]++] = s;
            }
        }
    }

    clock = WorkClock(inputs->shift);
    helpTravelHours.assign(territories, 0);
    for (size_t t = 0; t < territories; ++t) {
        const TerritoryCrewInput &input = inputs->territories[t];
        double longest = 0;
        if (input.depot >= 0 && size_t(input.depot) < inputs->depots.size()) {
            const DepotInput &home = inputs->depots[size_t(input.depot)];
            for (const DepotInput &depot : inputs->depots)
                longest = std::max(longest, Travel::hours(Travel::haversineKm(depot.lon, depot.lat,
                                                                              home.lon, home.lat)));
        }
        helpTravelHours[t] = longest + input.travelHours;
    }

    // Each (seed, territory, simulation) has its own stream: the j-th outage gets the same
    // repair time whatever the crews, the outages after it or the thread that draws it.
    std::vector<char> workers(static_cast<size_t>(workerCount()));
    parallelFor(qsizetype(territories), workers, [&](char &, qsizetype t) {
        const TerritoryCrewInput &input = inputs->territories[size_t(t)];
        const LognormalTable &table = tables[size_t(tableOf[size_t(t)])];
        const float hop = float(input.hopHours);
        const qint64 *o = offsetsOf(t);
        const int *storms = busyOf(t);
        float *committed = committedWork.data() + busyOffsets[size_t(t)];
        for (int r = 0; r < busyCount(t); ++r) {
            const int s = storms[r];
            RandomStream random(settings.seed, quint64(input.id), quint64(s));
            const qint64 last = o[s] + committedJobs[size_t(o[s + 1] - o[s])];
            double sum = 0;
            for (qint64 j = o[s]; j < o[s + 1]; ++j) {
                work[size_t(j)] = float(table.sample(random.uniform())) + hop;
                sum += j < last ? double(work[size_t(j)]) : 0.0;
            }
            committed[r] = float(sum);
        }
    });
}

} // namespace stormcrew::crews
