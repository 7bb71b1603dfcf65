#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <utility>
#include <vector>

namespace stormcrew {

// A place on the WGS 84 ellipsoid, in degrees.
struct GeoPoint {
    double lon = 0;
    double lat = 0;
};

// A station within reach of a territory: its index in the caller's list and how far it is.
struct ServingStation {
    int station = -1;
    double distanceKm = 0;
};

// How weather stations serve territories: a representative point per territory, geodesic
// distances to the stations, and the inverse-distance-squared mean. Pure functions over plain
// data, so that the arithmetic can be checked by hand.
class StationAssignment {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::StationAssignment)

public:
    // A point inside the territory's outline (WKB, WGS 84) that stands for it: OGR's
    // PointOnSurface (GEOS's interior point: the middle of the widest stretch of the outline
    // across its middle latitude, the centre of a rectangle), which unlike the centroid never
    // falls outside a crescent-shaped territory.
    [[nodiscard]] static Result<GeoPoint> representativePoint(const QByteArray &wkb);

    // Distance along the WGS 84 ellipsoid in km (Karney's algorithm, PROJ's geodesic).
    [[nodiscard]] static double geodesicKm(GeoPoint a, GeoPoint b);

    // The stations within maxKm of point, nearest first (ties by index).
    [[nodiscard]] static std::vector<ServingStation>
    within(GeoPoint point, const std::vector<GeoPoint> &stations, double maxKm);

    // The mean of values weighted by 1 / distance^2, from (value, distance km) pairs; when some
    // stations stand at distance 0 they take all the weight, equally. pairs must not be empty.
    [[nodiscard]] static double
    inverseDistanceMean(const std::vector<std::pair<double, double>> &valueAndDistance);
};

} // namespace stormcrew
