#include "demorandom.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace stormcrew::demo {

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

DemoRandom DemoRandom::stream(quint64 seed, quint64 stream)
{
    quint64 state = seed;
    const quint64 a = splitMix64(state);
    state ^= stream * 0xd1b54a32d192ed03ULL;
    return DemoRandom(a ^ splitMix64(state));
}

double DemoRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

qint64 DemoRandom::integer(qint64 low, qint64 high)
{
    const quint64 range = quint64(high - low) + 1;
    if (range == 0)
        return qint64(m_engine());
    // Rejects the top partial block so that every value is equally likely.
    const quint64 limit =
        std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 x = 0;
    do {
        x = m_engine();
    } while (x >= limit);
    return low + qint64(x % range);
}

double DemoRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u1 = 0;
    do {
        u1 = uniform();
    } while (u1 <= 0);
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

double DemoRandom::lognormal(double mu, double sigma)
{
    return std::exp(mu + sigma * normal());
}

double DemoRandom::gamma(double shape, double scale)
{
    if (shape < 1) {
        // Gamma(a) = Gamma(a + 1) * U^(1/a).
        double u = 0;
        do {
            u = uniform();
        } while (u <= 0);
        return gamma(shape + 1, scale) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    while (true) {
        double x = 0;
        double v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v * scale;
        if (u > 0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v * scale;
    }
}

qint64 DemoRandom::poisson(double mean)
{
    qint64 count = 0;
    while (mean > 0) {
        const double piece = std::min(mean, 30.0);
        mean -= piece;
        const double limit = std::exp(-piece);
        double product = uniform();
        while (product > limit) {
            ++count;
            product *= uniform();
        }
    }
    return count;
}

qint64 DemoRandom::negativeBinomial(double mean, double theta)
{
    if (mean <= 0)
        return 0;
    return poisson(gamma(theta, mean / theta));
}

} // namespace stormcrew::demo
