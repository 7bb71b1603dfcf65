#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>

namespace stormcrew::crews {

// SplitMix64 (Steele, Lea and Flood 2014): one 64-bit state, about a nanosecond a number, and
// good enough for Monte Carlo (it passes BigCrush). Each (seed, territory, simulation) gets its
// own stream, so a plan does not depend on threads, on the order territories are visited or on
// how many crews are tried: the same outage gets the same repair time in every evaluation
// (common random numbers, which the laws in docs/crews.md rely on).
class RandomStream {
public:
    explicit RandomStream(quint64 state) : m_state(state) {}
    RandomStream(quint64 seed, quint64 territory, quint64 simulation)
        : m_state(base(seed, territory) + simulation)
    {}
    // The state of (seed, territory, simulation) is base(seed, territory) + simulation: worked
    // out once per territory, RandomStream(base + simulation) is the same stream.
    [[nodiscard]] static quint64 base(quint64 seed, quint64 territory)
    {
        return mix(mix(seed ^ 0x5ca1ab1e0ddba11ULL) ^ territory);
    }

    [[nodiscard]] quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform on [0, 1) with 53 random bits.
    [[nodiscard]] double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    [[nodiscard]] static quint64 mix(quint64 x)
    {
        RandomStream stream(x);
        return stream.next();
    }

private:
    quint64 m_state;
};

// Draws from a capped lognormal by its quantile function: 4,096 quantiles at the cell
// midpoints, linearly interpolated. Two multiplications a draw instead of a logarithm, a square
// root and an exponential; the body of the distribution is exact to 0.1 % and the cap cuts the
// tail anyway. sigma = 0 gives exactly the median on every draw.
class LognormalTable {
public:
    static constexpr int Size = 4096;

    LognormalTable() = default;
    LognormalTable(double median, double sigma, double cap);

    [[nodiscard]] double sample(double u) const
    {
        const double x = u * Size - 0.5;
        if (x <= 0)
            return m_quantiles[0];
        if (x >= Size - 1)
            return m_quantiles[Size - 1];
        const int i = int(x);
        const double f = x - i;
        return m_quantiles[size_t(i)] + f * (m_quantiles[size_t(i) + 1] - m_quantiles[size_t(i)]);
    }
    // The mean of what sample() draws (for documentation and tests).
    [[nodiscard]] double mean() const;

private:
    std::array<double, Size> m_quantiles{};
};

// The standard normal quantile function (Acklam's rational approximation, refined by one
// Halley step on erfc: accurate to about 1e-15).
[[nodiscard]] double normalQuantile(double p);

} // namespace stormcrew::crews
