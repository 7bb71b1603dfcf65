#pragma once

#include "modelterms.h"

#include <span>
#include <vector>

// The numeric kernels of Predictor::predictRow (docs/benchmarks.md, "Prediction engine"): pure
// functions over plain data, laid out once per model so that one row costs no allocation.
namespace stormcrew::kernels {

// The values of a model's terms for one row of raw features. ln(gust) feeds the gust term and
// its three interactions; it is taken once per row, not once per term.
class TermEvaluator {
public:
    explicit TermEvaluator(std::span<const Term> terms);

    // values[0] = 1 (the intercept), values[k + 1] = term k (NaN where an input is), and a 0
    // after the last, for QuadraticForm: values holds terms + 2 doubles.
    void evaluate(std::span<const double, FeatureCount> features, double *values) const;
    static constexpr std::size_t Capacity = TermCount + 2;

private:
    std::vector<Term> m_terms;
};

// x' Sigma x for a symmetric p x p matrix. The lower triangle is packed once, row by row with
// the off-diagonal doubled and each row padded to pairs, so that one row of the form is about
// p (p + 2) / 4 two-wide multiply-adds and no temporaries.
class QuadraticForm {
public:
    QuadraticForm(std::span<const double> sigma, std::size_t p);

    // x holds p values and room for one more (read as 0 times it: give it a finite value).
    [[nodiscard]] double operator()(const double *x) const;

private:
    std::vector<double> m_packed;
    std::size_t m_p = 0;
};

// Quantiles (levels ascending, each in (0, 1)) of the negative binomial of mean mu and size
// theta (infinity: Poisson) as whole numbers: the smallest k with CDF(k) >= level, by one walk
// up the probabilities from P(0), four terms a step; above a mean of LargeMean, the
// Wilson-Hilferty approximation of the matching gamma distribution.
inline constexpr double LargeMean = 60.0;
void negativeBinomialQuantiles(double mu, double theta, std::span<const double> levels,
                               std::span<double> out);

} // namespace stormcrew::kernels
