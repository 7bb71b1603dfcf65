#pragma once

#include "colorramp.h"

#include "domain/result.h"
#include "domain/weathergrid.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>

namespace stormcrew::map {

// A georeferenced raster any GDAL driver reads (GeoTIFF, MBTiles, GeoPackage tiles, ...),
// warped on the fly to Web Mercator and read for the part of the world the map shows.
// Not thread-safe: one render at a time (RasterLayer sees to that).
class RasterSource {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::map::RasterSource)

public:
    // How band values become colours: as the file says (RGB, RGBA, grey or a colour table),
    // or, for a field such as the forecast gust, band 1 through a ramp with a given opacity.
    struct Styling {
        bool ramped = false;
        ColorRamp::Name ramp = ColorRamp::Name::YellowOrangeRed;
        double minimum = qQNaN(); // NaN: from the band's statistics
        double maximum = qQNaN();
        double opacity = 1.0;
    };

    ~RasterSource();
    RasterSource(const RasterSource &) = delete;
    RasterSource &operator=(const RasterSource &) = delete;

    // Opens and checks the file; the error says which file, what is wrong and what to do.
    [[nodiscard]] static Result<std::shared_ptr<RasterSource>> open(const QString &path);
    // A grid held in memory (a forecast field read from the store), through GDAL's MEM driver;
    // NaN cells are nodata. The unit follows the grid's variable (m/s for gust_ms).
    [[nodiscard]] static Result<std::shared_ptr<RasterSource>> fromGrid(const WeatherGrid &grid);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QRectF worldBounds() const { return m_worldBounds; }
    [[nodiscard]] double bandMinimum() const { return m_bandMin; }
    [[nodiscard]] double bandMaximum() const { return m_bandMax; }
    [[nodiscard]] QString unit() const { return m_unit; }

    // The part of `world` (world units) covered by the raster, as an image of at most
    // `pixels`; `covered` receives the world rectangle the image spans.
    [[nodiscard]] QImage render(const QRectF &world, QSize pixels, const Styling &styling,
                                QRectF *covered) const;

private:
    RasterSource() = default;
    // Warps m_source to Web Mercator and reads its extent, first band's range and unit.
    [[nodiscard]] static Result<std::shared_ptr<RasterSource>>
    prepare(std::shared_ptr<RasterSource> source, const char *wkt);

    QString m_path;
    void *m_source = nullptr; // GDALDatasetH
    void *m_warped = nullptr; // GDALDatasetH: m_source in EPSG:3857
    double m_geo[6] = {};     // geotransform of m_warped
    int m_width = 0, m_height = 0, m_bands = 0;
    QRectF m_worldBounds;
    double m_bandMin = 0, m_bandMax = 1;
    QString m_unit;
};

} // namespace stormcrew::map
