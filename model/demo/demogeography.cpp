#include "demogeography.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace stormcrew::demo {

namespace {

constexpr double OriginLon = -85.75;
constexpr double OriginLat = 37.8;
constexpr double KmPerDegreeLat = 110.57;
const double KmPerDegreeLon = 111.32 * std::cos(OriginLat * std::numbers::pi / 180.0);

bool ringContains(const std::vector<GeoPoint> &ring, double lon, double lat)
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.lat > lat) != (b.lat > lat) &&
            lon < (b.lon - a.lon) * (lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

// Signed area (degrees squared, counter-clockwise positive) and centroid of a ring.
struct RingMoments {
    double area = 0;
    double cx = 0;
    double cy = 0;
};

RingMoments moments(const std::vector<GeoPoint> &ring)
{
    RingMoments m;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double cross = ring[j].lon * ring[i].lat - ring[i].lon * ring[j].lat;
        m.area += cross;
        m.cx += (ring[j].lon + ring[i].lon) * cross;
        m.cy += (ring[j].lat + ring[i].lat) * cross;
    }
    m.area *= 0.5;
    if (m.area != 0) {
        m.cx /= 6.0 * m.area;
        m.cy /= 6.0 * m.area;
    }
    return m;
}

// Area in km^2 of a ring on a sphere of radius 6371.007 km (the GRS 80 authalic radius), by the
// trapezoid rule in (longitude, sin latitude): exact for an equal-area cylinder.
double ringAreaKm2(const std::vector<GeoPoint> &ring)
{
    constexpr double R = 6371.007;
    constexpr double radians = std::numbers::pi / 180.0;
    double sum = 0;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        sum += (ring[i].lon - ring[j].lon) * radians *
               (std::sin(ring[i].lat * radians) + std::sin(ring[j].lat * radians)) * 0.5;
    return std::fabs(sum) * R * R;
}

} // namespace

bool contains(const DemoCounty &county, double lon, double lat)
{
    if (!county.bounds.contains(lon, lat))
        return false;
    bool inside = false;
    for (const GeoPolygon &polygon : county.polygons) {
        for (const auto &ring : polygon.rings) {
            if (ringContains(ring, lon, lat))
                inside = !inside;
        }
    }
    return inside;
}

void measure(DemoCounty &county)
{
    GeoBounds box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                  std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    double area = 0;
    double largest = -1;
    for (const GeoPolygon &polygon : county.polygons) {
        double polygonArea = 0;
        for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
            const double a = ringAreaKm2(polygon.rings[r]);
            polygonArea += r == 0 ? a : -a;
            for (const GeoPoint &p : polygon.rings[r]) {
                box.minLon = std::min(box.minLon, p.lon);
                box.minLat = std::min(box.minLat, p.lat);
                box.maxLon = std::max(box.maxLon, p.lon);
                box.maxLat = std::max(box.maxLat, p.lat);
            }
        }
        area += polygonArea;
        if (polygonArea > largest && !polygon.rings.empty()) {
            largest = polygonArea;
            const RingMoments m = moments(polygon.rings.front());
            county.centroid = {m.cx, m.cy};
        }
    }
    county.bounds = box;
    county.areaKm2 = area;
}

LocalKm toLocalKm(double lon, double lat)
{
    return {(lon - OriginLon) * KmPerDegreeLon, (lat - OriginLat) * KmPerDegreeLat};
}

GeoPoint fromLocalKm(LocalKm point)
{
    return {OriginLon + point.x / KmPerDegreeLon, OriginLat + point.y / KmPerDegreeLat};
}

GeoBounds boundsOf(const std::vector<DemoCounty> &counties)
{
    GeoBounds box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                  std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const DemoCounty &county : counties) {
        box.minLon = std::min(box.minLon, county.bounds.minLon);
        box.minLat = std::min(box.minLat, county.bounds.minLat);
        box.maxLon = std::max(box.maxLon, county.bounds.maxLon);
        box.maxLat = std::max(box.maxLat, county.bounds.maxLat);
    }
    return box;
}

} // namespace stormcrew::demo
