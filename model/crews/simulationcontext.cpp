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

    // Every pass below is over territories, in parallel: each thread writes only its
    // territories' slices, so the result does not depend on the threads.
    std::vector<char> workers(static_cast<size_t>(workerCount()));

    // Outages per territory and simulation, written where the offsets go (turned into offsets
    // below). The draws are draw-major and we want territory-major: transposed in blocks of 16
    // simulations by 64 territories, so that both sides stay in cache.
    offsets.resize(territories * stride);
    const size_t width = outages->territoryIds.size();
    constexpr int Block = 16;
    constexpr qsizetype Band = 64;
    const qsizetype bands = (qsizetype(territories) + Band - 1) / Band;
    parallelFor(bands, workers, [&](char &, qsizetype band) {
        const size_t from = size_t(band * Band);
        const size_t to = std::min(territories, from + size_t(Band));
        for (int first = 0; first < simulations; first += Block) {
            const int last = std::min(simulations, first + Block);
            const float *rows[Block];
            for (int s = first; s < last; ++s)
                rows[s - first] = outages->samples.data() + size_t(drawFor(s)) * width;
            for (size_t t = from; t < to; ++t) {
                qint64 *out = offsets.data() + t * stride;
                if (column[t] < 0) {
                    std::fill(out + first, out + last, 0);
                    continue;
                }
                for (int s = first; s < last; ++s) {
                    const float value = rows[s - first][size_t(column[t])]; // a whole number
                    out[s] = value > 0 ? qint64(value + 0.5f) : 0;
                }
            }
        }
    });
    // Per territory: its jobs, the most outages and the storms with outages.
    std::vector<qint64> jobs(territories + 1, 0);
    maxOutages.assign(territories, 0);
    meanOutages.assign(territories, 0);
    busyOffsets.assign(territories + 1, 0);
    parallelFor(qsizetype(territories), workers, [&](char &, qsizetype t) {
        const qint64 *n = offsets.data() + size_t(t) * stride;
        qint64 sum = 0;
        int most = 0;
        int busyStorms = 0;
        for (int s = 0; s < simulations; ++s) {
            sum += n[s];
            most = std::max(most, int(n[s]));
            busyStorms += n[s] > 0 ? 1 : 0;
        }
        jobs[size_t(t) + 1] = sum;
        maxOutages[size_t(t)] = most;
        meanOutages[size_t(t)] = double(sum) / simulations;
        busyOffsets[size_t(t) + 1] = busyStorms;
    });
    int most = 0;
    for (size_t t = 0; t < territories; ++t) {
        jobs[t + 1] += jobs[t];
        busyOffsets[t + 1] += busyOffsets[t];
        most = std::max(most, maxOutages[t]);
    }
    committedJobs.resize(size_t(most) + 1);
    for (int n = 0; n <= most; ++n)
        committedJobs[size_t(n)] = jobsForShare(settings.targetShare, n);
    work.resize(size_t(jobs[territories]));
    busy.resize(size_t(busyOffsets[territories]));
    committedWork.resize(busy.size());

    // Each (seed, territory, simulation) has its own stream: the j-th outage gets the same
    // repair time whatever the crews, the outages after it or the thread that draws it.
    parallelFor(qsizetype(territories), workers, [&](char &, qsizetype t) {
        qint64 *o = offsets.data() + size_t(t) * stride;
        qint64 at = jobs[size_t(t)];
        for (int s = 0; s < simulations; ++s) {
            const qint64 count = o[s];
            o[s] = at;
            at += count;
        }
        o[simulations] = at;
        auto outagesIn = [o](int s) { return int(o[s + 1] - o[s]); };
        // The storms with outages, most first: a counting sort (stable by index).
        std::vector<int> start(size_t(maxOutages[size_t(t)]) + 2, 0);
        for (int s = 0; s < simulations; ++s) {
            if (outagesIn(s) > 0)
                ++start[size_t(maxOutages[size_t(t)] - outagesIn(s)) + 1];
        }
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        int *storms = busy.data() + busyOffsets[size_t(t)];
        for (int s = 0; s < simulations; ++s) {
            if (outagesIn(s) > 0)
                storms[start[size_t(maxOutages[size_t(t)] - outagesIn(s))]++] = s;
        }

        const TerritoryCrewInput &input = inputs->territories[size_t(t)];
        const LognormalTable &table = tables[size_t(tableOf[size_t(t)])];
        const float hop = float(input.hopHours);
        const quint64 stream = RandomStream::base(settings.seed, quint64(input.id));
        float *committed = committedWork.data() + busyOffsets[size_t(t)];
        for (int r = 0; r < busyCount(t); ++r) {
            const int s = storms[r];
            RandomStream random(stream + quint64(s));
            const qint64 last = o[s] + committedJobs[size_t(outagesIn(s))];
            double sum = 0;
            for (qint64 j = o[s]; j < o[s + 1]; ++j) {
                work[size_t(j)] = float(table.sample(random.uniform())) + hop;
                sum += j < last ? double(work[size_t(j)]) : 0.0;
            }
            committed[r] = float(sum);
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
