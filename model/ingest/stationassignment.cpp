#include "stationassignment.h"

#include "gdalraster.h"

#include <cpl_error.h>
#include <geodesic.h>
#include <ogr_api.h>

#include <algorithm>
#include <memory>

namespace stormcrew {

namespace {

struct GeometryDestroyer {
    void operator()(OGRGeometryH geometry) const { OGR_G_DestroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;

const geod_geodesic &wgs84()
{
    static const geod_geodesic ellipsoid = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    return ellipsoid;
}

} // namespace

Result<GeoPoint> StationAssignment::representativePoint(const QByteArray &wkb)
{
    ensureGdalRegistered();
    OGRGeometryH raw = nullptr;
    if (OGR_G_CreateFromWkbEx(wkb.constData(), nullptr, &raw, size_t(wkb.size())) != OGRERR_NONE ||
        !raw)
        return Error{tr("the territory's outline cannot be read"), {}, 0, {}};
    const GeometryPtr outline(raw);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GeometryPtr point(OGR_G_PointOnSurface(outline.get()));
    if (!point || OGR_G_IsEmpty(point.get())) { // no GEOS, or a degenerate outline
        point.reset(OGR_G_CreateGeometry(wkbPoint));
        if (OGR_G_Centroid(outline.get(), point.get()) != OGRERR_NONE)
            point.reset();
    }
    CPLPopErrorHandler();
    if (!point || OGR_G_IsEmpty(point.get()))
        return Error{tr("the territory's outline is empty"), {}, 0, {}};
    return GeoPoint{OGR_G_GetX(point.get(), 0), OGR_G_GetY(point.get(), 0)};
}

double StationAssignment::geodesicKm(GeoPoint a, GeoPoint b)
{
    double metres = 0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &metres, nullptr, nullptr);
    return metres / 1000;
}

std::vector<ServingStation>
StationAssignment::within(GeoPoint point, const std::vector<GeoPoint> &stations, double maxKm)
{
    std::vector<ServingStation> serving;
    for (size_t i = 0; i < stations.size(); ++i) {
        const double km = geodesicKm(point, stations[i]);
        if (km <= maxKm)
            serving.push_back({int(i), km});
    }
    std::stable_sort(serving.begin(), serving.end(),
                     [](const ServingStation &a, const ServingStation &b) {
                         return a.distanceKm < b.distanceKm;
                     });
    return serving;
}

double StationAssignment::inverseDistanceMean(
    const std::vector<std::pair<double, double>> &valueAndDistance)
{
    double atZero = 0;
    int zeros = 0;
    double weighted = 0;
    double weights = 0;
    for (const auto &[value, km] : valueAndDistance) {
        if (km <= 0) {
            atZero += value;
            ++zeros;
            continue;
        }
        const double w = 1 / (km * km);
        weighted += w * value;
        weights += w;
    }
    return zeros > 0 ? atZero / zeros : weighted / weights;
}

} // namespace stormcrew
