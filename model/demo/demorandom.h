#pragma once

#include <QtGlobal>

#include <cstdint>
#include <random>

namespace stormcrew::demo {

// The demo's source of randomness: std::mt19937_64 (its output is fixed by the standard) with
// distributions written out here, because std:: distributions differ between standard libraries
// and a seed must give the same demo everywhere.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    // An independent stream for one part of the demo, so that changing how many numbers one part
    // draws does not reshuffle every other part: seed and stream mixed with SplitMix64.
    [[nodiscard]] static DemoRandom stream(quint64 seed, quint64 stream);

    // Uniform on [0, 1) with 53 random bits.
    [[nodiscard]] double uniform();
    [[nodiscard]] double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [low, high], without modulo bias.
    [[nodiscard]] qint64 integer(qint64 low, qint64 high);
    [[nodiscard]] bool bernoulli(double p) { return uniform() < p; }
    // Standard normal by the Box-Muller transform (the second value is kept for the next call).
    [[nodiscard]] double normal();
    [[nodiscard]] double normal(double mean, double sd) { return mean + sd * normal(); }
    // exp(N(mu, sigma)).
    [[nodiscard]] double lognormal(double mu, double sigma);
    // Gamma(shape, scale) by Marsaglia and Tsang (2000); shape < 1 through Gamma(shape + 1).
    [[nodiscard]] double gamma(double shape, double scale);
    // Poisson(mean) by Knuth's multiplication method, in pieces of at most 30 so that exp(-mean)
    // never underflows; exact, and cheap for the counts the demo draws.
    [[nodiscard]] qint64 poisson(double mean);
    // Negative binomial NB2 with the given mean and size theta (variance mean + mean^2 / theta),
    // as the gamma-Poisson mixture.
    [[nodiscard]] qint64 negativeBinomial(double mean, double theta);
    // Index drawn with probability proportional to weights[i] (all >= 0, not all 0).
    template <typename Container> [[nodiscard]] std::size_t weighted(const Container &weights)
    {
        double total = 0;
        for (const double w : weights)
            total += w;
        double u = uniform() * total;
        std::size_t i = 0;
        for (const double w : weights) {
            if (u < w)
                return i;
            u -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};

} // namespace stormcrew::demo
