#include "simulationcontext.h"

#include "parallelfor.h"

#include <QHash>

#include <cmath>
#include <map>
#include <tuple>

namespace stormcrew::crews {

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

    // Each (seed, territory, simulation) has its own stream: the j-th outage gets the same
    // repair time whatever the crews, the outages after it or the thread that draws it.
    std::vector<char> workers(static_cast<size_t>(workerCount()));
    parallelFor(qsizetype(territories), workers, [&](char &, qsizetype t) {
        const TerritoryCrewInput &input = inputs->territories[size_t(t)];
        const LognormalTable &table = tables[size_t(tableOf[size_t(t)])];
        const float hop = float(input.hopHours);
        const qint64 *o = offsetsOf(t);
        for (int s = 0; s < simulations; ++s) {
            RandomStream random(settings.seed, quint64(input.id), quint64(s));
            for (qint64 j = o[s]; j < o[s + 1]; ++j)
                work[size_t(j)] = float(table.sample(random.uniform())) + hop;
        }
    });
}

} // namespace stormcrew::crews
