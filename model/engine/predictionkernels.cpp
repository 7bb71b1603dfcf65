#include "predictionkernels.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace stormcrew::kernels {

namespace {

// ln(max(speed, 1 m/s)): the term rule of ModelTerms::value, to the bit.
double logSpeed(double metresPerSecond)
{
    return std::log(std::max(metresPerSecond, 1.0));
}

// 1 / j for j = 0..Reciprocals - 1, so that the walk multiplies instead of dividing.
constexpr std::size_t ReciprocalCount = 2048;
constexpr std::array<double, ReciprocalCount> makeReciprocals()
{
    std::array<double, ReciprocalCount> table{};
    for (std::size_t j = 1; j < ReciprocalCount; ++j)
        table[j] = 1.0 / double(j);
    return table;
}
constexpr std::array<double, ReciprocalCount> Reciprocal = makeReciprocals();

double inverseNormal(double p)
{
    // Acklam's rational approximation (relative error < 1.2e-9), enough for P10..P90.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    const double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -inverseNormal(1 - p);
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace

TermEvaluator::TermEvaluator(std::span<const Term> terms) : m_terms(terms.begin(), terms.end())
{}

void TermEvaluator::evaluate(std::span<const double, FeatureCount> f, double *values) const
{
    const auto at = [&](Feature feature) { return f[std::size_t(feature)]; };
    // The gust's logarithm feeds its term and three interactions (centred on 20 m/s there).
    const double logGust = logSpeed(at(Feature::PeakGust));
    const double centred = logGust - std::log(20.0);
    values[0] = 1.0;
    double *out = values + 1;
    for (const Term term : m_terms) {
        switch (term) {
        case Term::LogGust:
            *out = logGust;
            break;
        case Term::LogWind:
            *out = logSpeed(at(Feature::PeakWind));
            break;
        case Term::HoursGust20:
            *out = at(Feature::HoursGustAbove20);
            break;
        case Term::StormPrecip:
            *out = at(Feature::StormPrecip);
            break;
        case Term::Antecedent14:
            *out = at(Feature::Antecedent14);
            break;
        case Term::Antecedent30:
            *out = at(Feature::Antecedent30);
            break;
        case Term::DaysSinceRain:
            *out = at(Feature::DaysSinceRain);
            break;
        case Term::LeafOn:
            *out = at(Feature::LeafOn);
            break;
        case Term::SnowIce:
            *out = at(Feature::SnowIce);
            break;
        case Term::Canopy:
            *out = at(Feature::Canopy);
            break;
        case Term::YearsSinceTrim:
            *out = at(Feature::YearsSinceTrim);
            break;
        case Term::GustLeafOn:
            *out = centred * at(Feature::LeafOn);
            break;
        case Term::GustCanopy:
            *out = centred * at(Feature::Canopy);
            break;
        case Term::GustWetness:
            *out = centred * at(Feature::Antecedent14) / 100.0;
            break;
        }
        ++out;
    }
    *out = 0.0;
}

QuadraticForm::QuadraticForm(std::span<const double> sigma, std::size_t p) : m_p(p)
{
    // Row i: 2 Sigma(i, j) for j < i, Sigma(i, i), and a 0 when that leaves an odd count.
    // Sigma is symmetric, so its storage order does not matter.
    for (std::size_t i = 0; i < p; ++i) {
        for (std::size_t j = 0; j < i; ++j)
            m_packed.push_back(2 * sigma[i * p + j]);
        m_packed.push_back(sigma[i * p + i]);
        if (i % 2 == 0)
            m_packed.push_back(0.0);
    }
}

double QuadraticForm::operator()(const double *x) const
{
    // Two lanes at a time (GCC and Clang vector extensions: SSE2 on x86-64, NEON on ARM).
    using Pair = double __attribute__((vector_size(16)));
    const auto pair = [](const double *at) {
        Pair value;
        std::memcpy(&value, at, sizeof value);
        return value;
    };
    const double *row = m_packed.data();
    Pair quadratic = {0, 0};
    for (std::size_t i = 0; i < m_p; ++i) {
        const std::size_t pairs = i / 2 + 1;
        Pair sum = {0, 0};
        for (std::size_t j = 0; j < pairs; ++j)
            sum += pair(row + 2 * j) * pair(x + 2 * j);
        quadratic += sum * x[i];
        row += 2 * pairs;
    }
    return quadratic[0] + quadratic[1];
}

void negativeBinomialQuantiles(double mu, double theta, std::span<const double> levels,
                               std::span<double> out)
{
    const std::size_t n = levels.size();
    if (!(mu > 0)) {
        std::fill(out.begin(), out.end(), 0.0);
        return;
    }
    const bool finite = std::isfinite(theta);
    if (mu > LargeMean) {
        const double variance = finite ? mu + mu * mu / theta : mu;
        const double shape = mu * mu / variance;
        const double scale = variance / mu;
        for (std::size_t i = 0; i < n; ++i) {
            const double z = inverseNormal(levels[i]);
            const double term = 1 - 1 / (9 * shape) + z * std::sqrt(1 / (9 * shape));
            out[i] = std::max(0.0, std::floor(shape * scale * term * term * term + 0.5));
        }
        return;
    }
    // P(0), then P(k + 1) / P(k) = a + c / (k + 1): a = mu / (theta + mu) and
    // c = (theta - 1) a for the negative binomial, a = 0 and c = mu for the Poisson.
    const double a = finite ? mu / (theta + mu) : 0.0;
    const double c = finite ? (theta - 1) * a : mu;
    double probability = finite ? std::exp(theta * std::log(theta / (theta + mu))) : std::exp(-mu);
    double cumulative = probability;
    std::size_t k = 0;
    std::size_t next = 0;
    while (next < n && cumulative >= levels[next])
        out[next++] = 0.0;
    const double limit = 100 * (mu + 10);
    while (next < n) {
        if (double(k) >= limit || k + 4 >= ReciprocalCount) {
            // Far in the tail (only for tiny sizes theta): one term at a time.
            if (double(k) >= limit) {
                while (next < n)
                    out[next++] = double(k);
                break;
            }
            probability *= a + c / double(k + 1);
            cumulative += probability;
            ++k;
            while (next < n && cumulative >= levels[next])
                out[next++] = double(k);
            continue;
        }
        // Four terms at once. Their ratios do not depend on each other, and their running sums
        // come from a prefix sum, so the chain from one block to the next is one multiplication
        // and one addition, and a level is placed inside its block without branches.
        const double *reciprocal = Reciprocal.data() + k + 1;
        const double q1 = a + c * reciprocal[0];
        const double q2 = q1 * (a + c * reciprocal[1]);
        const double q3 = q2 * (a + c * reciprocal[2]);
        const double q4 = q3 * (a + c * reciprocal[3]);
        const double p1 = probability * q1;
        const double p2 = probability * q2;
        const double p3 = probability * q3;
        const double p4 = probability * q4;
        const double s2 = p1 + p2;
        const double s4 = s2 + (p3 + p4);
        const double c4 = cumulative + s4;
        if (c4 >= levels[next]) {
            const double c1 = cumulative + p1;
            const double c2 = cumulative + s2;
            const double c3 = cumulative + (s2 + p3);
            // cumulative < level <= c4: the first of k + 1 .. k + 4 whose CDF reaches it.
            do {
                const double level = levels[next];
                out[next++] = double(k + 1 + std::size_t(c1 < level) + std::size_t(c2 < level) +
                                     std::size_t(c3 < level));
            } while (next < n && c4 >= levels[next]);
        }
        cumulative = c4;
        probability = p4;
        k += 4;
    }
}

} // namespace stormcrew::kernels
