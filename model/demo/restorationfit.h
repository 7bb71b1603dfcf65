#pragma once

#include <QtGlobal>

#include <vector>

namespace stormcrew::demo {

// A duration known only to lie in [low, high] hours (low may be 0: "shorter than high").
struct DurationInterval {
    double low = 0;
    double high = 0;
};

struct LognormalFit {
    double mu = 0;    // mean of log hours
    double sigma = 0; // standard deviation of log hours
    qint64 count = 0;
    double logLikelihood = 0;
};

// Maximum-likelihood lognormal for interval-censored durations: each observation contributes
// Phi((ln high - mu) / sigma) - Phi((ln low - mu) / sigma). Nelder-Mead over (mu, ln sigma)
// from the moments of the log midpoints; converged to 1e-9 in the log-likelihood. Pure.
[[nodiscard]] LognormalFit fitIntervalLognormal(const std::vector<DurationInterval> &data);

// The plain maximum-likelihood lognormal of exactly known positive values (mean and standard
// deviation of their logs, divided by n).
[[nodiscard]] LognormalFit fitLognormal(const std::vector<double> &values);

} // namespace stormcrew::demo
