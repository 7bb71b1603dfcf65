#pragma once

#include "domain/territory.h"

#include <QString>

#include <vector>

namespace stormcrew::demo {

// A longitude/latitude pair in WGS 84 degrees.
struct GeoPoint {
    double lon = 0;
    double lat = 0;
};

// One polygon: the outer ring first, then its holes; rings are closed or not, either works.
struct GeoPolygon {
    std::vector<std::vector<GeoPoint>> rings;
};

// A county of the shipped boundary file as the demo generator sees it: plain coordinates, so that
// the generator stays pure (no GDAL) and exactly reproducible.
struct DemoCounty {
    QString code; // 5-digit FIPS
    QString name;
    std::vector<GeoPolygon> polygons;
    GeoBounds bounds;
    GeoPoint centroid; // area-weighted centroid of the largest polygon
    double areaKm2 = 0;
};

// Whether the point lies inside the county (even-odd rule over every ring; a point exactly on an
// edge may go either way, the generator keeps clear of edges).
[[nodiscard]] bool contains(const DemoCounty &county, double lon, double lat);

// Fills bounds, centroid and areaKm2 from the polygons (area on a sphere of the authalic radius,
// accurate to a fraction of a percent at county scale).
void measure(DemoCounty &county);

// Kilometres east and north of the centre of Kentucky (85.75 W, 37.8 N), equirectangular: the
// plane the storm fields move in. Good to about 1 % across the state.
struct LocalKm {
    double x = 0;
    double y = 0;
};
[[nodiscard]] LocalKm toLocalKm(double lon, double lat);
[[nodiscard]] GeoPoint fromLocalKm(LocalKm point);

// The union of the counties' bounds.
[[nodiscard]] GeoBounds boundsOf(const std::vector<DemoCounty> &counties);

} // namespace stormcrew::demo
