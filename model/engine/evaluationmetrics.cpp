#include "evaluationmetrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stormcrew {

std::vector<double> EvaluationMetrics::ranks(std::span<const double> values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double average = (double(i) + double(j)) / 2 + 1;
        for (std::size_t k = i; k <= j; ++k)
            ranks[order[k]] = average;
        i = j + 1;
    }
    return ranks;
}

double EvaluationMetrics::spearman(std::span<const double> a, std::span<const double> b)
{
    const auto ra = ranks(a);
    const auto rb = ranks(b);
    const double n = double(a.size());
    if (n < 2)
        return std::nan("");
    const double meanA = std::accumulate(ra.begin(), ra.end(), 0.0) / n;
    const double meanB = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
    double cov = 0, va = 0, vb = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        cov += (ra[i] - meanA) * (rb[i] - meanB);
        va += (ra[i] - meanA) * (ra[i] - meanA);
        vb += (rb[i] - meanB) * (rb[i] - meanB);
    }
    return va > 0 && vb > 0 ? cov / std::sqrt(va * vb) : std::nan("");
}

Scores EvaluationMetrics::score(std::span<const HeldOutRow> rows)
{
    Scores s;
    s.rows = qsizetype(rows.size());
    if (rows.empty())
        return s;
    double squares = 0;
    std::vector<double> observed;
    std::vector<double> predicted;
    for (const HeldOutRow &row : rows) {
        const double error = row.mean - row.observed;
        s.mae += std::abs(error);
        squares += error * error;
        s.meanDeviance += row.deviance;
        s.meanLogScore += row.logScore;
        s.observedTotal += row.observed;
        s.predictedTotal += row.mean;
        s.coverage50 += row.observed >= row.lo50 && row.observed <= row.hi50;
        s.coverage80 += row.observed >= row.lo80 && row.observed <= row.hi80;
        s.coverage90 += row.observed >= row.lo90 && row.observed <= row.hi90;
        observed.push_back(row.observed);
        predicted.push_back(row.mean);
    }
    const double n = double(rows.size());
    s.mae /= n;
    s.rmse = std::sqrt(squares / n);
    s.meanDeviance /= n;
    s.meanLogScore /= n;
    s.coverage50 /= n;
    s.coverage80 /= n;
    s.coverage90 /= n;
    s.totalAbsPercentError =
        s.observedTotal > 0 ? 100 * std::abs(s.predictedTotal - s.observedTotal) / s.observedTotal
                            : std::nan("");
    s.spearman = spearman(observed, predicted);
    return s;
}

Scores EvaluationMetrics::overall(std::span<const HeldOutRow> rows,
                                  std::span<const Scores> perStorm)
{
    Scores s = score(rows);
    double percent = 0, rho = 0;
    int percentCount = 0, rhoCount = 0;
    for (const Scores &storm : perStorm) {
        if (std::isfinite(storm.totalAbsPercentError)) {
            percent += storm.totalAbsPercentError;
            ++percentCount;
        }
        if (std::isfinite(storm.spearman)) {
            rho += storm.spearman;
            ++rhoCount;
        }
    }
    s.totalAbsPercentError = percentCount > 0 ? percent / percentCount : std::nan("");
    s.spearman = rhoCount > 0 ? rho / rhoCount : std::nan("");
    return s;
}

std::vector<CalibrationBin> EvaluationMetrics::calibration(std::span<const HeldOutRow> rows,
                                                           int bins)
{
    std::vector<const HeldOutRow *> sorted;
    for (const HeldOutRow &row : rows)
        sorted.push_back(&row);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto *a, const auto *b) { return a->mean < b->mean; });
    std::vector<CalibrationBin> out;
    if (sorted.empty() || bins < 1)
        return out;
    const std::size_t n = sorted.size();
    for (int b = 0; b < bins; ++b) {
        const std::size_t from = n * std::size_t(b) / std::size_t(bins);
        const std::size_t to = n * std::size_t(b + 1) / std::size_t(bins);
        if (to <= from)
            continue;
        CalibrationBin bin;
        bin.predictedLow = sorted[from]->mean;
        bin.predictedHigh = sorted[to - 1]->mean;
        bin.rows = qsizetype(to - from);
        for (std::size_t i = from; i < to; ++i) {
            bin.meanPredicted += sorted[i]->mean;
            bin.meanObserved += sorted[i]->observed;
        }
        bin.meanPredicted /= double(bin.rows);
        bin.meanObserved /= double(bin.rows);
        out.push_back(bin);
    }
    return out;
}

} // namespace stormcrew
