#pragma once

#include "domain/result.h"
#include "domain/territory.h"
#include "zonalkernel.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class GDALDataset;
class OGRCoordinateTransformation;

namespace stormcrew {

// A georeferenced GDAL raster opened for reading, with what zonal statistics need: its grid,
// its bands' nodata and metadata, row reads as doubles, and territories mapped into pixel space.
// GDAL types stay inside the .cpp; this header is safe for tests and the CLI to include.
class GdalRaster {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::GdalRaster)

public:
    // Opens any raster GDAL reads. Fails, with a hint to fix it, when the file is unreadable or
    // truncated, has no bands (listing its subdatasets, e.g. NetCDF variables), or carries no
    // georeferencing (no geotransform or no CRS).
    [[nodiscard]] static Result<std::unique_ptr<GdalRaster>> open(const QString &path);

    ~GdalRaster();
    GdalRaster(const GdalRaster &) = delete;
    GdalRaster &operator=(const GdalRaster &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString driverName() const;
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] int bandCount() const;
    [[nodiscard]] const std::array<double, 6> &geoTransform() const { return m_geoTransform; }
    // The CRS as a short name for messages ("EPSG:32616" or its WKT name).
    [[nodiscard]] QString crsName() const;
    // The CRS as WKT (what the store keeps with a grid).
    [[nodiscard]] QString crsWkt() const;

    [[nodiscard]] std::optional<double> nodata(int band) const;
    // The band's own scale and offset (physical value = stored value x scale + offset), when the
    // file declares them (GeoTIFF's GDAL metadata, NetCDF scale_factor/add_offset, ...).
    [[nodiscard]] std::optional<double> scale(int band) const;
    [[nodiscard]] std::optional<double> offset(int band) const;
    [[nodiscard]] QMap<QString, QString> bandMetadata(int band) const;
    [[nodiscard]] QMap<QString, QString> metadata() const;
    // The band's unit (GDAL's unit type, else GRIB_UNIT or a NetCDF units attribute), or empty.
    [[nodiscard]] QString unit(int band) const;

    // Reads rows [row, row + rows) of columns [col, col + cols) of a band (1-based) as doubles.
    Result<void> read(int band, const zonal::PixelWindow &window, double *buffer) const;

    // The territory's outline (WKB in WGS 84) in this raster's pixel space: reprojected (edges
    // densified first so that they follow the projection), shifted by 360 degrees when a
    // geographic raster uses 0..360 longitudes.
    [[nodiscard]] Result<zonal::PixelShape> toPixels(const TerritoryShape &territory) const;

    // Zonal statistics of every territory over one band, streaming the raster in strips.
    [[nodiscard]] Result<std::vector<zonal::ZonalStatistics>>
    zonalStatistics(int band, const std::vector<TerritoryShape> &territories,
                    zonal::ZonalOptions options) const;

private:
    struct Deleter {
        void operator()(GDALDataset *dataset) const;
    };
    struct TransformDeleter {
        void operator()(OGRCoordinateTransformation *transform) const;
    };
    GdalRaster(QString path, GDALDataset *dataset);

    QString m_path;
    std::unique_ptr<GDALDataset, Deleter> m_dataset;
    std::unique_ptr<OGRCoordinateTransformation, TransformDeleter> m_fromWgs84; // null: same CRS
    std::array<double, 6> m_geoTransform{};
    std::array<double, 6> m_inverse{};
    int m_width = 0;
    int m_height = 0;
    bool m_geographic = false;
};

// Turns GDAL's quiet error stack into messages: the last error GDAL raised in this thread.
[[nodiscard]] QString lastGdalError();

// Registers GDAL's drivers once per process.
void ensureGdalRegistered();

} // namespace stormcrew
