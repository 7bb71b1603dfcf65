#include "jobdraws.h"

#include "parallelfor.h"
#include "randomstream.h"

#include <QHash>
#include <QMutexLocker>

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <tuple>

namespace stormcrew::crews {

namespace {

// Jobs a territory may have over all simulations (and outages in one storm): 2^31, so that the
// 32-bit offsets and the int counts taken from them never overflow.
constexpr qint64 TooMany = qint64(1) << 31;

} // namespace

std::shared_ptr<const JobDraws> JobDraws::draw(const PlanInputs &inputs,
                                               const OutageDistribution &outages, quint64 seed,
                                               int simulations)
{
    auto result = std::make_shared<JobDraws>();
    JobDraws &d = *result;
    d.simulations = simulations;
    const size_t territories = inputs.territories.size();
    const size_t stride = size_t(simulations) + 1;

    // The distribution's column of each territory, and one repair-time table per distinct law.
    QHash<qint64, qsizetype> columns;
    for (qsizetype c = 0; c < outages.territories(); ++c)
        columns.insert(outages.territoryIds[size_t(c)], c);
    std::vector<qsizetype> column;
    std::vector<LognormalTable> tables;
    std::vector<int> tableOf;
    std::map<std::tuple<double, double, double>, int> seen;
    for (const TerritoryCrewInput &t : inputs.territories) {
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
    // below; a territory's offsets count its jobs, so that they fit in 32 bits). The draws are
    // draw-major and we want territory-major: transposed in blocks of 16 simulations by 64
    // territories, so that both sides stay in cache.
    d.offsets.resize(territories * stride);
    const size_t width = outages.territoryIds.size();
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
                rows[s - first] =
                    outages.samples.data() + size_t(drawFor(s, outages.draws, simulations)) * width;
            for (size_t t = from; t < to; ++t) {
                quint32 *out = d.offsets.data() + t * stride;
                if (column[t] < 0) {
                    std::fill(out + first, out + last, 0);
                    continue;
                }
                // The float's bits, checked and rounded in the next pass: clamping here
                // became two branches on whether a draw is 0, taken at random, and cost five
                // times the rest of the pass.
                for (int s = first; s < last; ++s)
                    out[s] = std::bit_cast<quint32>(rows[s - first][size_t(column[t])]);
            }
        }
    });
    // Per territory: its jobs, the most outages and the storms with outages.
    std::vector<qint64> &jobs = d.firstJob; // counts first, then each territory's first job
    jobs.assign(territories + 1, 0);
    d.maxOutages.assign(territories, 0);
    d.meanOutages.assign(territories, 0);
    d.busyOffsets.assign(territories + 1, 0);
    std::vector<char> wrong(territories, 0);
    parallelFor(qsizetype(territories), workers, [&](char &, qsizetype t) {
        quint32 *n = d.offsets.data() + size_t(t) * stride;
        qint64 sum = 0;
        quint32 most = 0;
        int busyStorms = 0;
        quint32 bad = 0;
        for (int s = 0; s < simulations; ++s) {
            // A draw is a number of outages from 0 to below 2^31 (the bits of such floats,
            // and -0, are exactly these); any other is counted as 0 and refuses the plan.
            // Rounded to a whole number. In integers, without a branch.
            quint32 bits = n[s];
            const quint32 magnitude = bits & 0x7fffffffU;
            const quint32 invalid =
                quint32(magnitude >= 0x4f000000U) | ((bits >> 31) & quint32(magnitude != 0));
            bad |= invalid;
            bits &= invalid - 1;
            const quint32 count = quint32(std::bit_cast<float>(bits) + 0.5f);
            n[s] = count;
            sum += count;
            most = std::max(most, count);
            busyStorms += count > 0 ? 1 : 0;
        }
        wrong[size_t(t)] = char(bad);
        jobs[size_t(t) + 1] = sum;
        d.maxOutages[size_t(t)] = int(std::min<qint64>(most, TooMany - 1));
        d.meanOutages[size_t(t)] = double(sum) / simulations;
        d.busyOffsets[size_t(t) + 1] = busyStorms;
    });
    for (size_t t = 0; t < territories; ++t) {
        if (wrong[t] && !d.wrongDraw) {
            for (int s = 0; s < simulations; ++s) {
                const int draw = drawFor(s, outages.draws, simulations);
                const float value = outages.samples[size_t(draw) * width + size_t(column[t])];
                if (!(value >= 0 && value < float(TooMany))) {
                    d.wrongDraw = WrongDraw{qsizetype(t), draw, value};
                    break;
                }
            }
        }
        if (jobs[t + 1] >= TooMany && d.tooManyJobsIn < 0)
            d.tooManyJobsIn = qsizetype(t);
        jobs[t + 1] += jobs[t];
        d.busyOffsets[t + 1] += d.busyOffsets[t];
        d.mostOutages = std::max(d.mostOutages, d.maxOutages[t]);
    }
    if (d.wrongDraw || d.tooManyJobsIn >= 0)
        return result;
    d.work.resize(size_t(jobs[territories]));
    d.busy.resize(size_t(d.busyOffsets[territories]));
    d.totals.resize(size_t(d.busyOffsets[territories]));

    // Each (seed, territory, simulation) has its own stream: the j-th outage gets the same
    // repair time whatever the crews, the outages after it or the thread that draws it.
    std::vector<std::vector<int>> counting(workers.size());
    parallelFor(qsizetype(territories), counting, [&](std::vector<int> &scratch, qsizetype t) {
        quint32 *o = d.offsets.data() + size_t(t) * stride;
        const int most = d.maxOutages[size_t(t)];
        // The storms with outages, most first: a counting sort (stable by index), counted
        // while the counts become offsets. A storm without outages counts at most + 1, past
        // every storm with outages.
        std::vector<int> &start = scratch;
        start.assign(size_t(most) + 2, 0);
        quint32 at = 0;
        for (int s = 0; s < simulations; ++s) {
            const quint32 count = o[s];
            o[s] = at;
            at += count;
            ++start[size_t(most - int(count)) + 1];
        }
        o[simulations] = at;
        auto outagesIn = [o](int s) { return int(o[s + 1] - o[s]); };
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        int *storms = d.busy.data() + d.busyOffsets[size_t(t)];
        for (int s = 0; s < simulations; ++s) {
            if (outagesIn(s) > 0)
                storms[start[size_t(most - outagesIn(s))]++] = s;
        }

        const TerritoryCrewInput &input = inputs.territories[size_t(t)];
        const LognormalTable &table = tables[size_t(tableOf[size_t(t)])];
        const float hop = float(input.hopHours);
        const quint64 stream = RandomStream::base(seed, quint64(input.id));
        const int busyStorms = int(d.busyOffsets[size_t(t) + 1] - d.busyOffsets[size_t(t)]);
        float *totals = d.totals.data() + d.busyOffsets[size_t(t)];
        float *work = d.work.data() + jobs[size_t(t)];
        for (int r = 0; r < busyStorms; ++r) {
            const int s = storms[r];
            RandomStream random(stream + quint64(s));
            double total = 0;
            for (quint32 j = o[s]; j < o[s + 1]; ++j) {
                const float value = float(table.sample(random.uniform())) + hop;
                work[j] = value;
                total += double(value);
            }
            totals[r] = float(total);
        }
    });
    return result;
}

bool JobCache::matches(const Key &key, const PlanInputs &inputs, const OutageDistribution &outages,
                       quint64 seed, int simulations)
{
    // The outage draws bit for bit (memcmp: 12 MB for 3,000 territories and 1,000 draws, a few
    // times faster than comparing floats one by one); the same bits draw the same jobs.
    auto same = [](const auto &a, const auto &b) {
        return a.size() == b.size() &&
               (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(a[0])) == 0);
    };
    if (key.seed != seed || key.simulations != simulations || key.draws != outages.draws ||
        !same(key.territoryIds, outages.territoryIds) || !same(key.samples, outages.samples) ||
        key.territories.size() != inputs.territories.size())
        return false;
    for (size_t t = 0; t < inputs.territories.size(); ++t) {
        const TerritoryCrewInput &in = inputs.territories[t];
        if (key.territories[t] != TerritoryKey{in.id, in.repair.medianHours, in.repair.sigma,
                                               in.repair.capHours, in.hopHours})
            return false;
    }
    return true;
}

std::shared_ptr<const JobDraws> JobCache::draws(const PlanInputs &inputs,
                                                const OutageDistribution &outages, quint64 seed,
                                                int simulations)
{
    const QMutexLocker lock(&m_mutex);
    if (m_draws && matches(m_key, inputs, outages, seed, simulations)) {
        ++m_hits;
        return m_draws;
    }
    m_draws.reset(); // the old draws' memory goes before the new ones take theirs
    m_committedShare = -1;
    m_committedNeeded = -1;
    m_committedAtRisk.clear();
    Key key{seed, simulations, outages.draws, outages.territoryIds, outages.samples, {}};
    for (const TerritoryCrewInput &in : inputs.territories)
        key.territories.emplace_back(in.id, in.repair.medianHours, in.repair.sigma,
                                     in.repair.capHours, in.hopHours);
    m_draws = JobDraws::draw(inputs, outages, seed, simulations);
    m_key = std::move(key);
    return m_draws;
}

int JobCache::hits() const
{
    const QMutexLocker lock(&m_mutex);
    return m_hits;
}

std::optional<std::vector<float>> JobCache::committedAtRisk(const JobDraws *draws,
                                                            double targetShare, int needed) const
{
    const QMutexLocker lock(&m_mutex);
    if (!draws || draws != m_draws.get() || targetShare != m_committedShare ||
        needed != m_committedNeeded)
        return std::nullopt;
    ++m_committedHits;
    return m_committedAtRisk;
}

void JobCache::keepCommittedAtRisk(const JobDraws *draws, double targetShare, int needed,
                                   std::vector<float> values)
{
    const QMutexLocker lock(&m_mutex);
    if (!draws || draws != m_draws.get())
        return; // drawn afresh meanwhile: these belong to other draws
    m_committedShare = targetShare;
    m_committedNeeded = needed;
    m_committedAtRisk = std::move(values);
}

int JobCache::committedHits() const
{
    const QMutexLocker lock(&m_mutex);
    return m_committedHits;
}

} // namespace stormcrew::crews
