#include "negbin.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stormcrew {

namespace {

// Above this count, psi(y + theta) - psi(theta) is taken from digamma itself; below it, from the
// exact finite sum 1/theta + 1/(theta + 1) + ..., which does not cancel when theta is large.
constexpr double FiniteSumLimit = 4096;

} // namespace

double digamma(double x)
{
    double result = 0;
    // psi(x) = psi(x + 1) - 1/x lifts x to where the asymptotic series is accurate.
    while (x < 10) {
        result -= 1 / x;
        x += 1;
    }
    const double r = 1 / (x * x);
    // ln x - 1/(2x) - sum B_2k / (2k x^2k), Bernoulli numbers B_2 .. B_14.
    const double series =
        r *
        (1.0 / 12 -
         r * (1.0 / 120 -
              r * (1.0 / 252 - r * (1.0 / 240 - r * (1.0 / 132 - r * (691.0 / 32760 - r / 12))))));
    return result + std::log(x) - 0.5 / x - series;
}

double trigamma(double x)
{
    double result = 0;
    while (x < 10) {
        result += 1 / (x * x);
        x += 1;
    }
    const double r = 1 / (x * x);
    // 1/x + 1/(2x^2) + sum B_2k / x^(2k+1).
    const double series =
        r *
        (1.0 / 6 -
         r * (1.0 / 30 -
              r * (1.0 / 42 - r * (1.0 / 30 - r * (5.0 / 66 - r * (691.0 / 2730 - r * 7 / 6))))));
    return result + 1 / x + 0.5 * r + series / x;
}

CountHistogram::CountHistogram(std::span<const double> y)
{
    m_rows = double(y.size());
    if (y.empty())
        return;
    const double largest = *std::max_element(y.begin(), y.end());
    if (largest <= 4 * m_rows + 4096 && *std::min_element(y.begin(), y.end()) >= 0) {
        // Whole counts of bounded size (the usual case): one array slot per count.
        std::vector<double> counts(std::size_t(largest) + 1);
        bool whole = true;
        for (const double value : y) {
            whole = whole && value == std::floor(value);
            counts[std::size_t(value)] += 1;
        }
        for (std::size_t value = 0; whole && value < counts.size(); ++value) {
            if (counts[value] > 0) {
                m_values.push_back(double(value));
                m_counts.push_back(counts[value]);
            }
        }
        if (whole)
            return;
    }
    std::vector<double> sorted(y.begin(), y.end());
    std::sort(sorted.begin(), sorted.end());
    for (const double value : sorted) {
        if (m_values.empty() || m_values.back() != value) {
            m_values.push_back(value);
            m_counts.push_back(0);
        }
        m_counts.back() += 1;
    }
}

double CountHistogram::digammaDifference(double theta) const
{
    double total = 0;
    double partial = 0; // 1/theta + ... + 1/(theta + j - 1)
    double j = 0;
    for (std::size_t k = 0; k < m_values.size(); ++k) {
        const double value = m_values[k];
        if (value > FiniteSumLimit) {
            total += m_counts[k] * (digamma(value + theta) - digamma(theta));
            continue;
        }
        for (; j < value; j += 1)
            partial += 1 / (theta + j);
        total += m_counts[k] * partial;
    }
    return total;
}

double CountHistogram::trigammaDifference(double theta) const
{
    double total = 0;
    double partial = 0; // -(1/theta^2 + ... + 1/(theta + j - 1)^2)
    double j = 0;
    for (std::size_t k = 0; k < m_values.size(); ++k) {
        const double value = m_values[k];
        if (value > FiniteSumLimit) {
            total += m_counts[k] * (trigamma(value + theta) - trigamma(theta));
            continue;
        }
        for (; j < value; j += 1)
            partial -= 1 / ((theta + j) * (theta + j));
        total += m_counts[k] * partial;
    }
    return total;
}

double CountHistogram::lgammaTerms(double theta) const
{
    double total = 0;
    const double lgammaTheta = std::lgamma(theta);
    for (std::size_t k = 0; k < m_values.size(); ++k) {
        const double value = m_values[k];
        double difference = 0;
        if (value < 64) {
            // Exact where lgamma(y + theta) - lgamma(theta) would cancel for a large theta.
            for (double j = 0; j < value; j += 1)
                difference += std::log(theta + j);
        } else {
            difference = std::lgamma(value + theta) - lgammaTheta;
        }
        total += m_counts[k] * (difference - std::lgamma(value + 1));
    }
    return total;
}

double CountHistogram::lgammaFactorials() const
{
    double total = 0;
    for (std::size_t k = 0; k < m_values.size(); ++k)
        total += m_counts[k] * std::lgamma(m_values[k] + 1);
    return total;
}

ThetaEstimate estimateTheta(std::span<const double> y, std::span<const double> mu, double start,
                            int maxIter, double tol)
{
    const CountHistogram histogram(y);
    const auto sumsAt = [&](double theta) {
        ThetaSums sums;
        for (std::size_t i = 0; i < y.size(); ++i)
            addThetaTerms(sums, theta, y[i], mu[i], std::log(mu[i]));
        return sums;
    };
    ThetaEstimate estimate;
    double theta = start;
    if (!(theta > 0)) {
        // R's theta.ml starts from the method of moments: n / sum (y/mu - 1)^2.
        double spread = 0;
        for (std::size_t i = 0; i < y.size(); ++i)
            spread += (y[i] / mu[i] - 1) * (y[i] / mu[i] - 1);
        theta = spread > 0 ? double(y.size()) / spread : MaxTheta;
    }
    theta = std::clamp(theta, 1e-8, MaxTheta);
    for (estimate.iterations = 1; estimate.iterations <= maxIter; ++estimate.iterations) {
        const ThetaSums sums = sumsAt(theta);
        const double score = histogram.digammaDifference(theta) + sums.score;
        const double information = -histogram.trigammaDifference(theta) + sums.information;
        double next =
            information > 0 ? theta + score / information : (score > 0 ? theta * 4 : theta / 4);
        if (!(next > 0) || !std::isfinite(next))
            next = score > 0 ? theta * 4 : theta / 4;
        next = std::min(next, MaxTheta);
        const bool small = std::abs(next - theta) <= tol * theta;
        theta = next;
        if (small) {
            estimate.converged = true;
            break;
        }
        if (theta >= MaxTheta)
            break;
    }
    estimate.iterations = std::min(estimate.iterations, maxIter);
    const double information = -histogram.trigammaDifference(theta) + sumsAt(theta).information;
    estimate.theta = theta;
    estimate.standardError =
        information > 0 ? 1 / std::sqrt(information) : std::numeric_limits<double>::quiet_NaN();
    return estimate;
}

double countLogProbability(double y, double mu, double theta)
{
    if (std::isinf(theta))
        return (y > 0 ? y * std::log(mu) : 0.0) - mu - std::lgamma(y + 1);
    double gammaRatio = 0; // lgamma(y + theta) - lgamma(theta)
    if (y < 64) {
        for (double j = 0; j < y; j += 1)
            gammaRatio += std::log(theta + j);
    } else {
        gammaRatio = std::lgamma(y + theta) - std::lgamma(theta);
    }
    const double logThetaMu = std::log(theta + mu);
    return gammaRatio - std::lgamma(y + 1) - theta * std::log1p(mu / theta) +
           (y > 0 ? y * (std::log(mu) - logThetaMu) : 0.0);
}

double countDeviance(double y, double mu, double theta)
{
    const double fit = y > 0 ? y * std::log(y / mu) : 0.0;
    if (std::isinf(theta))
        return 2 * (fit - (y - mu));
    // (y + theta) log((y + theta) / (mu + theta)), written so that a large theta does not cancel.
    return 2 * (fit - (y + theta) * std::log1p((y - mu) / (mu + theta)));
}

double countLogLikelihood(std::span<const double> y, std::span<const double> mu, double theta)
{
    double total = 0;
    for (std::size_t i = 0; i < y.size(); ++i)
        total += countLogProbability(y[i], mu[i], theta);
    return total;
}

double countTotalDeviance(std::span<const double> y, std::span<const double> mu, double theta)
{
    double total = 0;
    for (std::size_t i = 0; i < y.size(); ++i)
        total += countDeviance(y[i], mu[i], theta);
    return total;
}

} // namespace stormcrew
