#include "restorationfit.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace stormcrew::demo {

namespace {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

double logLikelihood(const std::vector<DurationInterval> &data, double mu, double logSigma)
{
    const double sigma = std::exp(logSigma);
    double sum = 0;
    for (const DurationInterval &d : data) {
        const double upper = normalCdf((std::log(d.high) - mu) / sigma);
        const double lower = d.low > 0 ? normalCdf((std::log(d.low) - mu) / sigma) : 0.0;
        sum += std::log(std::max(upper - lower, 1e-300));
    }
    return sum;
}

} // namespace

LognormalFit fitIntervalLognormal(const std::vector<DurationInterval> &data)
{
    LognormalFit fit;
    fit.count = qint64(data.size());
    if (data.empty())
        return fit;
    double sum = 0;
    double sumSquares = 0;
    for (const DurationInterval &d : data) {
        const double mid = std::log(0.5 * (d.low + d.high));
        sum += mid;
        sumSquares += mid * mid;
    }
    const double n = double(data.size());
    const double mean = sum / n;
    const double sd = std::sqrt(std::max(sumSquares / n - mean * mean, 1e-6));

    // Nelder-Mead on the negative log-likelihood over (mu, ln sigma).
    using Point = std::array<double, 2>;
    auto cost = [&](const Point &p) { return -logLikelihood(data, p[0], p[1]); };
    std::array<Point, 3> simplex{
        {{mean, std::log(sd)}, {mean + 0.5, std::log(sd)}, {mean, std::log(sd) + 0.3}}};
    std::array<double, 3> values{};
    for (std::size_t i = 0; i < 3; ++i)
        values[i] = cost(simplex[i]);
    for (int iteration = 0; iteration < 2000; ++iteration) {
        std::array<std::size_t, 3> order{0, 1, 2};
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t best = order[0];
        const std::size_t mid = order[1];
        const std::size_t worst = order[2];
        if (std::fabs(values[worst] - values[best]) < 1e-9 &&
            std::fabs(simplex[worst][0] - simplex[best][0]) < 1e-8 &&
            std::fabs(simplex[worst][1] - simplex[best][1]) < 1e-8)
            break;
        const Point centre{(simplex[best][0] + simplex[mid][0]) / 2,
                           (simplex[best][1] + simplex[mid][1]) / 2};
        auto toward = [&](double factor) {
            return Point{centre[0] + factor * (simplex[worst][0] - centre[0]),
                         centre[1] + factor * (simplex[worst][1] - centre[1])};
        };
        const Point reflected = toward(-1);
        const double reflectedValue = cost(reflected);
        if (reflectedValue < values[best]) {
            const Point expanded = toward(-2);
            const double expandedValue = cost(expanded);
            if (expandedValue < reflectedValue) {
                simplex[worst] = expanded;
                values[worst] = expandedValue;
            } else {
                simplex[worst] = reflected;
                values[worst] = reflectedValue;
            }
            continue;
        }
        if (reflectedValue < values[mid]) {
            simplex[worst] = reflected;
            values[worst] = reflectedValue;
            continue;
        }
        const Point contracted = toward(0.5);
        const double contractedValue = cost(contracted);
        if (contractedValue < values[worst]) {
            simplex[worst] = contracted;
            values[worst] = contractedValue;
            continue;
        }
        for (const std::size_t i : {mid, worst}) {
            for (int k = 0; k < 2; ++k)
                simplex[i][k] = simplex[best][k] + 0.5 * (simplex[i][k] - simplex[best][k]);
            values[i] = cost(simplex[i]);
        }
    }
    const std::size_t best =
        std::size_t(std::min_element(values.begin(), values.end()) - values.begin());
    fit.mu = simplex[best][0];
    fit.sigma = std::exp(simplex[best][1]);
    fit.logLikelihood = -values[best];
    return fit;
}

LognormalFit fitLognormal(const std::vector<double> &values)
{
    LognormalFit fit;
    std::vector<double> logs;
    for (const double v : values) {
        if (v > 0)
            logs.push_back(std::log(v));
    }
    fit.count = qint64(logs.size());
    if (logs.empty())
        return fit;
    // Two passes: the mean first, then the squared deviations (no cancellation).
    double sum = 0;
    for (const double l : logs)
        sum += l;
    fit.mu = sum / double(logs.size());
    double squares = 0;
    for (const double l : logs)
        squares += (l - fit.mu) * (l - fit.mu);
    fit.sigma = std::sqrt(squares / double(logs.size()));
    return fit;
}

} // namespace stormcrew::demo
