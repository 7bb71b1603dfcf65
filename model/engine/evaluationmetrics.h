#pragma once

#include <QString>

#include <span>
#include <vector>

namespace stormcrew {

// A held-out prediction of one row: its mean, the central intervals, and the log probability of
// what happened.
struct HeldOutRow {
    double observed = 0;
    double mean = 0;
    double deviance = 0;       // the row's negative binomial (or Poisson) deviance
    double logScore = 0;       // -log p(observed)
    double lo50 = 0, hi50 = 0; // P25 .. P75
    double lo80 = 0, hi80 = 0; // P10 .. P90
    double lo90 = 0, hi90 = 0; // P5 .. P95
};

// Scores of a set of held-out rows: one storm, or all of them.
struct Scores {
    qsizetype rows = 0;
    double mae = 0;
    double rmse = 0;
    double meanDeviance = 0;
    double meanLogScore = 0;
    double observedTotal = 0;
    double predictedTotal = 0;
    double totalAbsPercentError = 0; // |predicted - observed| / observed of the storm total, %
    double spearman = 0;             // across territories (NaN when constant)
    double coverage50 = 0;           // share of rows inside the interval, 0..1
    double coverage80 = 0;
    double coverage90 = 0;
};

// One calibration bin: rows grouped by predicted mean.
struct CalibrationBin {
    double predictedLow = 0;
    double predictedHigh = 0;
    qsizetype rows = 0;
    double meanPredicted = 0;
    double meanObserved = 0;
};

// The metrics' arithmetic, in one place and tested on hand-worked cases.
class EvaluationMetrics {
public:
    [[nodiscard]] static Scores score(std::span<const HeldOutRow> rows);
    // Spearman's rank correlation with average ranks for ties; NaN when either side is constant.
    [[nodiscard]] static double spearman(std::span<const double> a, std::span<const double> b);
    // Ranks 1..n, ties sharing their average rank.
    [[nodiscard]] static std::vector<double> ranks(std::span<const double> values);
    // Rows split into bins of (about) equal size by predicted mean.
    [[nodiscard]] static std::vector<CalibrationBin> calibration(std::span<const HeldOutRow> rows,
                                                                 int bins);
    // Averages of per-storm scores (MAE, RMSE, etc. pooled over rows; total errors and Spearman
    // averaged over storms).
    [[nodiscard]] static Scores overall(std::span<const HeldOutRow> rows,
                                        std::span<const Scores> perStorm);
};

} // namespace stormcrew
