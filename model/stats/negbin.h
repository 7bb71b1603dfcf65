#pragma once

#include <cmath>
#include <span>
#include <vector>

// The negative binomial (NB2) distribution as the GLM uses it: Var(y) = mu + mu^2 / theta.
// Pure functions over plain data; glm.cpp alternates them with IRLS.
namespace stormcrew {

// psi(x) and psi'(x) for x > 0, to about 1e-15 relative.
[[nodiscard]] double digamma(double x);
[[nodiscard]] double trigamma(double x);

// The distinct values of an integer response and how many rows hold each. Every term of the
// likelihood that depends on y alone (lgamma(y + theta), digamma(y + theta), ...) is then
// evaluated once per distinct count instead of once per row: a million rows of storm outages
// hold a few hundred distinct counts.
class CountHistogram {
public:
    CountHistogram() = default;
    explicit CountHistogram(std::span<const double> y);

    [[nodiscard]] const std::vector<double> &values() const { return m_values; } // ascending
    [[nodiscard]] const std::vector<double> &counts() const { return m_counts; }
    [[nodiscard]] double rows() const { return m_rows; }

    // Sum over rows of psi(y + theta) - psi(theta), and of psi'(y + theta) - psi'(theta).
    [[nodiscard]] double digammaDifference(double theta) const;
    [[nodiscard]] double trigammaDifference(double theta) const;
    // Sum over rows of lgamma(y + theta) - lgamma(theta) - lgamma(y + 1).
    [[nodiscard]] double lgammaTerms(double theta) const;
    // Sum over rows of lgamma(y + 1).
    [[nodiscard]] double lgammaFactorials() const;

private:
    std::vector<double> m_values;
    std::vector<double> m_counts;
    double m_rows = 0;
};

// The parts of the theta score and information that depend on the fitted means, summed over
// rows at one theta: d logL / d theta = histogram.digammaDifference(theta) + score, and
// -d2 logL / d theta2 = -histogram.trigammaDifference(theta) + information.
struct ThetaSums {
    double score = 0;       // sum of log(theta) + 1 - log(theta + mu) - (y + theta) / (mu + theta)
    double information = 0; // sum of -1/theta + 2 / (mu + theta) - (y + theta) / (mu + theta)^2
    double logLik = 0;      // sum of theta log(theta / (theta + mu)) + y log(mu / (theta + mu))
};

// Adds one row's share to the sums. log(theta + mu) is taken as log(theta) + log1p(mu / theta)
// so that a large theta (little over-dispersion) does not cancel.
inline void addThetaTerms(ThetaSums &sums, double theta, double y, double mu, double logMu)
{
    const double log1pRatio = std::log1p(mu / theta);
    const double inverse = 1.0 / (mu + theta);
    const double ratio = (y + theta) * inverse;
    sums.score += 1.0 - log1pRatio - ratio;
    sums.information += -1.0 / theta + 2.0 * inverse - ratio * inverse;
    sums.logLik += -theta * log1pRatio + (y > 0 ? y * (logMu - std::log(theta) - log1pRatio) : 0.0);
}

// theta's maximum-likelihood estimate for fixed means, by Newton's method on the score, as R's
// MASS::theta.ml does; standardError is 1/sqrt(observed information) at the estimate.
struct ThetaEstimate {
    double theta = 0;
    double standardError = 0;
    int iterations = 0;
    bool converged = false;
};
[[nodiscard]] ThetaEstimate estimateTheta(std::span<const double> y, std::span<const double> mu,
                                          double start = 0, int maxIter = 100, double tol = 1e-12);

// The largest theta the estimates take: a response with no over-dispersion drives theta towards
// infinity, where the negative binomial is the Poisson.
inline constexpr double MaxTheta = 1e10;

// Per-row log probability and deviance contribution; theta = infinity gives the Poisson.
[[nodiscard]] double countLogProbability(double y, double mu, double theta);
[[nodiscard]] double countDeviance(double y, double mu, double theta);

// Sums over rows of the above (R's logLik() and deviance() of glm.nb and glm(poisson)).
[[nodiscard]] double countLogLikelihood(std::span<const double> y, std::span<const double> mu,
                                        double theta);
[[nodiscard]] double countTotalDeviance(std::span<const double> y, std::span<const double> mu,
                                        double theta);

} // namespace stormcrew
