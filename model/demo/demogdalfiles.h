#pragma once

#include "demogeography.h"
#include "demoutility.h"
#include "demoweather.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace stormcrew::demo {

// The rectangle a raster is drawn over, in a projected CRS's metres.
struct ProjectedExtent {
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
};

// The demo's files that GDAL writes and reads: the shipped counties (read), the territories as a
// GeoPackage, the canopy as a GeoTIFF, the forecast as GRIB2.
class DemoGdalFiles {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::demo::DemoGdalFiles)

public:
    // The counties the product ships, ordered by code.
    static constexpr const char *CountiesResource = ":/stormcrew/demo/ky_counties.geojson";
    [[nodiscard]] static Result<std::vector<DemoCounty>> loadCounties();

    // One MultiPolygon feature per county (fields code, name) in WGS 84, layer "territories".
    [[nodiscard]] static Result<void> writeTerritories(const QString &path,
                                                       const std::vector<DemoCounty> &counties);

    // The WGS 84 bounds in the CRS (e.g. "EPSG:5070"), edges densified, with a margin in metres.
    [[nodiscard]] static Result<ProjectedExtent> project(const GeoBounds &bounds,
                                                         const QString &crs, double margin);

    // A single-band Byte GeoTIFF (percent, nodata 255, DEFLATE, tiled) in the CRS.
    [[nodiscard]] static Result<void> writeCanopy(const QString &path, const CanopyRaster &raster,
                                                  const QString &crs);

    // Three GRIB2 files (gust, wind, precipitation), one band per hour, reference time the issue
    // time; returns their paths in that order.
    [[nodiscard]] static Result<QStringList> writeForecast(const QString &folder,
                                                           const ForecastGrid &grid);
};

} // namespace stormcrew::demo
