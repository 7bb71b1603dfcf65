#include "geodesy.h"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

namespace stormcrew::geodesy {

namespace {

const geod_geodesic &wgs84Ellipsoid()
{
    static const geod_geodesic ellipsoid = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    return ellipsoid;
}

// Unsigned area of one ring in square metres.
double ringAreaM2(OGRGeometryH ring)
{
    const int count = OGR_G_GetPointCount(ring);
    if (count < 3)
        return 0;
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    // The closing point repeats the first one; geod_polygon closes the ring itself.
    const int last = OGR_G_GetX(ring, 0) == OGR_G_GetX(ring, count - 1) &&
                             OGR_G_GetY(ring, 0) == OGR_G_GetY(ring, count - 1)
                         ? count - 1
                         : count;
    for (int i = 0; i < last; ++i)
        geod_polygon_addpoint(&wgs84Ellipsoid(), &polygon, OGR_G_GetY(ring, i),
                              OGR_G_GetX(ring, i));
    double area = 0;
    double perimeter = 0;
    geod_polygon_compute(&wgs84Ellipsoid(), &polygon, 0, 1, &area, &perimeter);
    return std::fabs(area);
}

double polygonAreaM2(OGRGeometryH polygon)
{
    const int rings = OGR_G_GetGeometryCount(polygon);
    double area = 0;
    for (int i = 0; i < rings; ++i) {
        const double ring = ringAreaM2(OGR_G_GetGeometryRef(polygon, i));
        area += i == 0 ? ring : -ring;
    }
    return std::max(0.0, area);
}

double lineLengthM(OGRGeometryH line)
{
    const int count = OGR_G_GetPointCount(line);
    double length = 0;
    for (int i = 1; i < count; ++i) {
        double metres = 0;
        geod_inverse(&wgs84Ellipsoid(), OGR_G_GetY(line, i - 1), OGR_G_GetX(line, i - 1),
                     OGR_G_GetY(line, i), OGR_G_GetX(line, i), &metres, nullptr, nullptr);
        length += metres;
    }
    return length;
}

} // namespace

double areaKm2(OGRGeometryH polygonal)
{
    if (!polygonal)
        return 0;
    switch (wkbFlatten(OGR_G_GetGeometryType(polygonal))) {
    case wkbPolygon:
        return polygonAreaM2(polygonal) / 1e6;
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        double area = 0;
        for (int i = 0; i < OGR_G_GetGeometryCount(polygonal); ++i)
            area += areaKm2(OGR_G_GetGeometryRef(polygonal, i));
        return area;
    }
    default:
        return 0;
    }
}

double lengthKm(OGRGeometryH linear)
{
    if (!linear)
        return 0;
    switch (wkbFlatten(OGR_G_GetGeometryType(linear))) {
    case wkbLineString:
        return lineLengthM(linear) / 1e3;
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        double length = 0;
        for (int i = 0; i < OGR_G_GetGeometryCount(linear); ++i)
            length += lengthKm(OGR_G_GetGeometryRef(linear, i));
        return length;
    }
    default:
        return 0;
    }
}

} // namespace stormcrew::geodesy
