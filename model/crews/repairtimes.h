#pragma once

#include "crewinputs.h"

#include <QString>

#include <vector>

namespace stormcrew::demo {
struct DurationInterval;
}

namespace stormcrew::crews {

// Territory classes the repair-time defaults distinguish.
enum class TerritoryClass { Urban, Rural };

// Urban at 100 or more customers per km^2 (US Census "urbanized" densities start near 386
// people per km^2, about 150 households; 100 leaves suburbs on the urban side).
[[nodiscard]] TerritoryClass classify(qint64 customers, double areaKm2);

// Repair-time laws: documented defaults by storm kind and territory class, and estimates from
// incident history (docs/crews.md, "Repair time").
class RepairTimes {
public:
    // The base law: outages on ordinary days of the LG&E/KU log (2019-2023), when crews are
    // free and a restoration time is travel plus repair with little waiting (see docs/crews.md).
    static constexpr double BaseMedianHours = 1.15;
    static constexpr double BaseSigma = 0.90;
    static constexpr double CapHours = 48;

    // The default law for a storm kind (derecho, thunderstorm, winter_wind, ice, tropical, other)
    // and territory class: the base median times a storm-damage factor and a class factor.
    [[nodiscard]] static RepairTime defaults(const QString &stormKind, TerritoryClass klass);
    [[nodiscard]] static double stormFactor(const QString &stormKind);
    [[nodiscard]] static double classFactor(TerritoryClass klass);

    // Maximum-likelihood lognormal of interval-censored restoration durations (hours), e.g. from
    // an outage feed's first and last sightings. Use outages from days without a storm: on storm
    // days durations include the wait for a crew, which the simulation adds itself. Empty or
    // too few (< 30) durations give the base law.
    [[nodiscard]] static RepairTime estimate(const std::vector<demo::DurationInterval> &durations);
};

} // namespace stormcrew::crews
