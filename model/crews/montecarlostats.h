#pragma once

#include "crewplan.h"

#include <functional>
#include <utility>
#include <vector>

namespace stormcrew::crews {

// Order statistics, means and fans over simulated storms, with their Monte Carlo errors.

// The value at rank ceil(p * n) (the smallest x with at least p of the values <= x), with a
// distribution-free standard error from the order statistics p * n +- sqrt(n p (1 - p)).
// Reorders values.
[[nodiscard]] Estimate quantileOf(std::vector<double> &values, double p);
// The value alone, for values >= 0 (counted into hour buckets first; values keep their order).
[[nodiscard]] double quantileValue(std::vector<double> &values, double p);
// With standard errors (the system) or without (each territory: a third of the work). Without
// errors, values >= 0 are counted into buckets of 1 / scale first and keep their order (scale 1
// for hours; shares in [0, 1] want more).
[[nodiscard]] Spread spreadOf(std::vector<double> &values, bool withErrors = true,
                              double scale = 1.0);
// spreadOf(values, false, scale) of n values >= 0 that are left as they are.
[[nodiscard]] Spread spreadOf(const double *values, size_t n, double scale);
// spreadOf(values, false) and quantileValue() of `values` and `zeros` more values that are 0, for
// values >= 0 (the storms that give a territory no outages, counted instead of listed).
[[nodiscard]] Spread spreadWithZeros(const std::vector<double> &values, qsizetype zeros);
[[nodiscard]] double quantileWithZeros(const std::vector<double> &values, qsizetype zeros,
                                       double p);
// Both of the above from one selection: the spread, and the quantile p in `quantile`.
[[nodiscard]] Spread spreadWithZeros(const std::vector<double> &values, qsizetype zeros, double p,
                                     double &quantile);
// The rank-th smallest (1-based) of n values >= 0 that are left as they are (hour buckets
// first, as quantileValue): the same value as nth_element, without its branch misses.
[[nodiscard]] float rankOf(const float *values, size_t n, int rank);
[[nodiscard]] Estimate meanOf(const std::vector<double> &values);
// meanOf(a) and meanOf(b) of two vectors as long, to the last bit, summed side by side: a sum in
// order waits for each addition, and two of them in one loop overlap.
[[nodiscard]] std::pair<Estimate, Estimate> meansOf(const std::vector<double> &a,
                                                    const std::vector<double> &b);
// The P10/P50/P90 fan of the share restored by each whole hour 0 .. hours, from each simulated
// storm's completion times.
[[nodiscard]] RestorationFan
restorationFan(int simulations, int hours,
               const std::function<const std::vector<double> &(int)> &completions);

} // namespace stormcrew::crews
