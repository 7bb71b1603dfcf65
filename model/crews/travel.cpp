#include "travel.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stormcrew::crews {

double Travel::haversineKm(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double radius = 6371.0088;
    constexpr double toRadians = std::numbers::pi / 180;
    const double dLat = (lat2 - lat1) * toRadians;
    const double dLon = (lon2 - lon1) * toRadians;
    const double a = std::pow(std::sin(dLat / 2), 2) + std::cos(lat1 * toRadians) *
                                                           std::cos(lat2 * toRadians) *
                                                           std::pow(std::sin(dLon / 2), 2);
    return 2 * radius * std::asin(std::min(1.0, std::sqrt(a)));
}

double Travel::hours(double straightKm)
{
    return straightKm * Circuity / SpeedKmh;
}

double Travel::hopHours(double areaKm2)
{
    return areaKm2 > 0 ? hours(0.5 * 0.5214 * std::sqrt(areaKm2)) : 0.0;
}

} // namespace stormcrew::crews
