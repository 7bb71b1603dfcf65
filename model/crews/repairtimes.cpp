#include "repairtimes.h"

#include "demo/restorationfit.h"

#include <cmath>

namespace stormcrew::crews {

TerritoryClass classify(qint64 customers, double areaKm2)
{
    return areaKm2 > 0 && customers / areaKm2 >= 100 ? TerritoryClass::Urban
                                                     : TerritoryClass::Rural;
}

double RepairTimes::stormFactor(const QString &stormKind)
{
    // Judgement, stated as such in docs/crews.md: wind and ice break poles and bring down
    // spans that take longer than the fuses and single trees of an ordinary day.
    if (stormKind == QLatin1String("ice"))
        return 2.5;
    if (stormKind == QLatin1String("derecho") || stormKind == QLatin1String("tropical"))
        return 2.0;
    if (stormKind == QLatin1String("winter_wind"))
        return 1.8;
    if (stormKind == QLatin1String("thunderstorm"))
        return 1.5;
    return 1.5;
}

double RepairTimes::classFactor(TerritoryClass klass)
{
    // Rural feeders: longer spans, poles off the road, and fewer ways to back-feed.
    return klass == TerritoryClass::Rural ? 1.2 : 1.0;
}

RepairTime RepairTimes::defaults(const QString &stormKind, TerritoryClass klass)
{
    return {BaseMedianHours * stormFactor(stormKind) * classFactor(klass), BaseSigma, CapHours};
}

RepairTime RepairTimes::estimate(const std::vector<demo::DurationInterval> &durations)
{
    if (durations.size() < 30)
        return {BaseMedianHours, BaseSigma, CapHours};
    const demo::LognormalFit fit = demo::fitIntervalLognormal(durations);
    return {std::exp(fit.mu), fit.sigma, CapHours};
}

} // namespace stormcrew::crews
