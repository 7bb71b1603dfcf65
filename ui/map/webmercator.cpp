#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stormcrew::map::WebMercator {

namespace {
constexpr double Pi = std::numbers::pi;
constexpr double Circumference = 2 * Pi * EarthRadius;
} // namespace

QPointF project(double lon, double lat)
{
    const double clamped = std::clamp(lat, -MaxLatitude, MaxLatitude);
    const double phi = clamped * Pi / 180.0;
    const double x = (lon + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(Pi / 4 + phi / 2)) / (2 * Pi);
    return {x, y};
}

QPointF unproject(QPointF world)
{
    const double lon = world.x() * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(Pi * (1 - 2 * world.y()))) * 180.0 / Pi;
    return {lon, lat};
}

double metresPerWorldUnit(double lat)
{
    return Circumference * std::cos(std::clamp(lat, -MaxLatitude, MaxLatitude) * Pi / 180.0);
}

QPointF toEpsg3857(QPointF world)
{
    return {(world.x() - 0.5) * Circumference, (0.5 - world.y()) * Circumference};
}

QPointF fromEpsg3857(QPointF metres)
{
    return {metres.x() / Circumference + 0.5, 0.5 - metres.y() / Circumference};
}

double pixelsPerWorld(double zoom)
{
    return TileSize * std::exp2(zoom);
}

double zoomForPixelsPerWorld(double pixels)
{
    return std::log2(pixels / TileSize);
}

} // namespace stormcrew::map::WebMercator
