#include "montecarlostats.h"

#include "restorationkernel.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::crews {

RestorationFan restorationFan(int simulations, int hours,
                              const std::function<const std::vector<double> &(int)> &completions)
{
    std::vector<double> shares(static_cast<size_t>(simulations) * size_t(hours + 1));
    std::vector<double> row(static_cast<size_t>(hours + 1));
    for (int s = 0; s < simulations; ++s) {
        const std::vector<double> &done = completions(s);
        std::fill(row.begin(), row.end(), 0.0);
        for (const double d : done) {
            if (d <= hours)
                row[size_t(std::ceil(d))] += 1;
        }
        double restored = 0;
        for (int h = 0; h <= hours; ++h) {
            restored += row[size_t(h)];
            shares[size_t(h) * size_t(simulations) + size_t(s)] =
                done.empty() ? 1.0 : restored / double(done.size());
        }
    }
    RestorationFan fan;
    std::vector<double> column(static_cast<size_t>(simulations));
    for (int h = 0; h <= hours; ++h) {
        std::copy_n(shares.begin() + std::ptrdiff_t(h) * simulations, simulations, column.begin());
        const Spread spread = spreadOf(column, false, 256); // shares: 1/256 buckets
        fan.hours.push_back(h);
        fan.p10.push_back(spread.p10.value);
        fan.p50.push_back(spread.p50.value);
        fan.p90.push_back(spread.p90.value);
    }
    return fan;
}

namespace {

// The values at 1-based ranks (ascending, at most 4) of `zeros` values that are 0 and the n values
// >= 0 at `values`: counted into buckets of width 1 / scale first, so that only the few values in
// the buckets of the ranks are ever selected among. Exact: the same numbers as nth_element.
template <typename Value>
void selectRanks(const Value *values, size_t n, qsizetype zeros, const int *ranks, int count,
                 double scale, Value *out)
{
    constexpr int Buckets = 512;
    constexpr int Most = 4;
    Q_ASSERT(count <= Most);
    thread_local std::vector<quint16> bucketOf;
    thread_local std::vector<Value> members[Most];
    bucketOf.resize(n);
    int counts[Buckets] = {};
    for (size_t i = 0; i < n; ++i) {
        const double b = values[i] * scale;
        const int bucket = b < Buckets - 1 ? int(b) : Buckets - 1; // the last: the rest, Never
        bucketOf[i] = quint16(bucket);
        ++counts[bucket];
    }
    // The bucket of each rank and the rank inside it; ranks among the zeros are 0.
    int bucketFor[Most];
    int rankIn[Most];
    int bucket = 0;
    int below = 0;
    for (int i = 0; i < count; ++i) {
        bucketFor[i] = -1;
        members[i].clear();
        if (ranks[i] <= zeros) {
            out[i] = 0;
            continue;
        }
        const int rank = ranks[i] - int(zeros);
        while (below + counts[bucket] < rank)
            below += counts[bucket++];
        bucketFor[i] = bucket;
        rankIn[i] = rank - below;
    }
    // Each bucket's first rank (ranks in the same bucket share the first one's members), so
    // that a value costs one look-up.
    qint8 rankOf[Buckets];
    std::fill(rankOf, rankOf + Buckets, qint8(-1));
    for (int i = count - 1; i >= 0; --i) {
        if (bucketFor[i] >= 0)
            rankOf[bucketFor[i]] = qint8(i);
    }
    for (size_t v = 0; v < n; ++v) {
        const int i = rankOf[bucketOf[v]];
        if (i >= 0)
            members[i].push_back(values[v]);
    }
    for (int i = 0; i < count; ++i) {
        if (bucketFor[i] < 0)
            continue;
        int from = i;
        while (from > 0 && bucketFor[from - 1] == bucketFor[i])
            --from;
        std::vector<Value> &m = members[from];
        const auto at = m.begin() + (rankIn[i] - 1);
        std::nth_element(m.begin(), at, m.end());
        out[i] = *at;
    }
}

} // namespace

Estimate quantileOf(std::vector<double> &values, double p)
{
    const int n = int(values.size());
    if (n == 0)
        return {};
    auto at = [&](int rank) { // 1-based
        std::nth_element(values.begin(), values.begin() + (rank - 1), values.end());
        return values[size_t(rank - 1)];
    };
    const int k = jobsForShare(p, n);
    const double value = at(k);
    const double spread = std::sqrt(n * p * (1 - p));
    const int low = std::max(1, int(std::floor(k - spread)));
    const int high = std::min(n, int(std::ceil(k + spread)));
    const double lowValue = at(low);
    const double highValue = at(high);
    const double se = highValue == lowValue ? 0.0 : (highValue - lowValue) / 2;
    return {value, se};
}

Spread spreadOf(std::vector<double> &values, bool withErrors, double scale)
{
    Spread spread;
    if (withErrors) {
        spread.p10 = quantileOf(values, 0.1);
        spread.p50 = quantileOf(values, 0.5);
        spread.p90 = quantileOf(values, 0.9);
        return spread;
    }
    return spreadOf(values.data(), values.size(), scale);
}

Spread spreadOf(const double *values, size_t n, double scale)
{
    Spread spread;
    if (n == 0)
        return spread;
    const int ranks[3] = {jobsForShare(0.1, int(n)), jobsForShare(0.5, int(n)),
                          jobsForShare(0.9, int(n))};
    double out[3];
    selectRanks(values, n, 0, ranks, 3, scale, out);
    spread.p10.value = out[0];
    spread.p50.value = out[1];
    spread.p90.value = out[2];
    return spread;
}

double quantileValue(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    const int rank = jobsForShare(p, int(values.size()));
    double out = 0;
    selectRanks(values.data(), values.size(), 0, &rank, 1, 1.0, &out);
    return out;
}

Spread spreadWithZeros(const std::vector<double> &values, qsizetype zeros)
{
    Spread spread;
    const int n = int(zeros + qsizetype(values.size()));
    if (n == 0)
        return spread;
    const int ranks[3] = {jobsForShare(0.1, n), jobsForShare(0.5, n), jobsForShare(0.9, n)};
    double out[3];
    selectRanks(values.data(), values.size(), zeros, ranks, 3, 1.0, out);
    spread.p10.value = out[0];
    spread.p50.value = out[1];
    spread.p90.value = out[2];
    return spread;
}

Spread spreadWithZeros(const std::vector<double> &values, qsizetype zeros, double p,
                       double &quantile)
{
    const int n = int(zeros + qsizetype(values.size()));
    quantile = 0;
    if (n == 0)
        return {};
    // selectRanks takes its ranks in ascending order: the quantile's goes among the spread's.
    const int rank = jobsForShare(p, n);
    const int spread[3] = {jobsForShare(0.1, n), jobsForShare(0.5, n), jobsForShare(0.9, n)};
    int ranks[4];
    const int at = int(std::upper_bound(spread, spread + 3, rank) - spread);
    std::copy(spread, spread + at, ranks);
    ranks[at] = rank;
    std::copy(spread + at, spread + 3, ranks + at + 1);
    double out[4];
    selectRanks(values.data(), values.size(), zeros, ranks, 4, 1.0, out);
    quantile = out[at];
    std::copy(out + at + 1, out + 4, out + at);
    Spread result;
    result.p10.value = out[0];
    result.p50.value = out[1];
    result.p90.value = out[2];
    return result;
}

double quantileWithZeros(const std::vector<double> &values, qsizetype zeros, double p)
{
    const int n = int(zeros + qsizetype(values.size()));
    if (n == 0)
        return 0;
    const int rank = jobsForShare(p, n);
    double out = 0;
    selectRanks(values.data(), values.size(), zeros, &rank, 1, 1.0, &out);
    return out;
}

float rankOf(const float *values, size_t n, int rank)
{
    Q_ASSERT(rank >= 1 && size_t(rank) <= n);
    float out = 0;
    selectRanks(values, n, 0, &rank, 1, 1.0, &out);
    return out;
}

std::pair<Estimate, Estimate> meansOf(const std::vector<double> &a, const std::vector<double> &b)
{
    Q_ASSERT(a.size() == b.size());
    if (a.empty())
        return {};
    double sumA = 0;
    double sumB = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sumA += a[i];
        sumB += b[i];
    }
    const double n = double(a.size());
    const double meanA = sumA / n;
    const double meanB = sumB / n;
    double squaresA = 0;
    double squaresB = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        squaresA += (a[i] - meanA) * (a[i] - meanA);
        squaresB += (b[i] - meanB) * (b[i] - meanB);
    }
    auto error = [n](double squares) { return n > 1 ? std::sqrt(squares / (n - 1) / n) : 0.0; };
    return {Estimate{meanA, error(squaresA)}, Estimate{meanB, error(squaresB)}};
}

Estimate meanOf(const std::vector<double> &values)
{
    if (values.empty())
        return {};
    double sum = 0;
    for (const double v : values)
        sum += v;
    const double n = double(values.size());
    const double mean = sum / n;
    double squares = 0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    return {mean, n > 1 ? std::sqrt(squares / (n - 1) / n) : 0.0};
}

} // namespace stormcrew::crews
