#include "hollandprofile.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::hurricane {

double hollandWind(double rKm, double vmaxMs, double rmwKm, double b)
{
    if (rKm <= 0 || vmaxMs <= 0)
        return 0;
    const double x = std::exp(b * std::log(rmwKm / rKm));
    return vmaxMs * std::sqrt(x * std::exp(1.0 - x));
}

double hollandGradientWind(double rKm, double pressureDropHpa, double rmwKm, double b,
                           double airDensity, double coriolis)
{
    if (rKm <= 0)
        return 0;
    const double r = rKm * 1000.0;
    const double dp = pressureDropHpa * 100.0;
    const double x = std::pow(rmwKm / rKm, b);
    const double rf2 = r * coriolis / 2.0;
    return std::sqrt(b / airDensity * x * dp * std::exp(-x) + rf2 * rf2) - rf2;
}

double vickeryWadheraRmwKm(double pressureDropHpa, double latitude)
{
    return std::exp(3.015 - 6.291e-5 * pressureDropHpa * pressureDropHpa +
                    0.0337 * std::abs(latitude));
}

double vickeryWadheraB(double rmwKm, double latitude)
{
    return std::clamp(1.881 - 0.00557 * rmwKm - 0.01295 * std::abs(latitude), 0.8, 2.5);
}

double pressureDropFromWindHpa(double vmaxKt)
{
    return std::pow(std::max(vmaxKt, 0.0) / 6.7, 1.0 / 0.644) + (AmbientPressureHpa - 1010.0);
}

double kaplanDeMariaDecayMs(double v0Ms, double hoursSinceLandfall)
{
    constexpr double background = 26.7 * MsPerKnot;
    constexpr double alpha = 0.095;
    if (v0Ms <= background)
        return v0Ms;
    return background + (v0Ms - background) * std::exp(-alpha * std::max(hoursSinceLandfall, 0.0));
}

void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx"))
        asm volatile("vzeroupper");
#endif
}

double translationWeight(double rKm, double rmwKm)
{
    return rmwKm * rKm / (rmwKm * rmwKm + rKm * rKm);
}

} // namespace stormcrew::hurricane
