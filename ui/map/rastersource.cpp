#include "rastersource.h"

#include "webmercator.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal.h>
#include <gdalwarper.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace stormcrew::map {

namespace {
Error rasterError(const QString &path, const QString &message)
{
    return Error{message, path, 0, {}};
}
} // namespace

RasterSource::~RasterSource()
{
    if (m_warped)
        GDALClose(m_warped);
    if (m_source)
        GDALClose(m_source);
}

Result<std::shared_ptr<RasterSource>> RasterSource::open(const QString &path)
{
    GDALAllRegister();
    if (!QFileInfo::exists(path))
        return rasterError(path, tr("does not exist; choose the basemap or overlay file again"));
    std::shared_ptr<RasterSource> source(new RasterSource);
    source->m_path = path;
    CPLErrorReset();
    source->m_source = GDALOpenEx(QFile::encodeName(path).constData(),
                                  GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!source->m_source) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        if (why.isEmpty()) // GDAL says nothing when no driver recognises the file
            return rasterError(path, tr("is not a raster GDAL can read; choose a GeoTIFF, "
                                        "MBTiles or GeoPackage file"));
        return rasterError(path, tr("is not a raster GDAL can read (%1); choose a GeoTIFF, "
                                    "MBTiles or GeoPackage file")
                                     .arg(why));
    }
    const char *wkt = GDALGetProjectionRef(source->m_source);
    double geo[6];
    if (!wkt || !*wkt || GDALGetGeoTransform(source->m_source, geo) != CE_None)
        return rasterError(path, tr("has no georeferencing (no coordinate system or no "
                                    "geotransform); georeference it, e.g. with gdal_translate "
                                    "-a_srs and -a_ullr, and choose it again"));
    return prepare(std::move(source), wkt);
}

Result<std::shared_ptr<RasterSource>> RasterSource::fromGrid(const WeatherGrid &grid)
{
    GDALAllRegister();
    const QString name = QStringLiteral("%1 grid valid at %2").arg(grid.variable).arg(grid.valid);
    if (!grid.isValid())
        return rasterError(name, tr("is empty or has no coordinate system; import the forecast "
                                    "file again"));
    std::shared_ptr<RasterSource> source(new RasterSource);
    source->m_path = name;
    GDALDriverH memory = GDALGetDriverByName("MEM");
    source->m_source =
        memory ? GDALCreate(memory, "", grid.width, grid.height, 1, GDT_Float32, nullptr) : nullptr;
    if (!source->m_source)
        return rasterError(
            name, tr("cannot be held in memory (%1)").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
    double geo[6];
    std::copy(grid.geoTransform.begin(), grid.geoTransform.end(), geo);
    const QByteArray wkt = grid.crs.toUtf8();
    // Weather grids often use longitudes 0..360 (GRIB); the map's world is -180..180.
    OGRSpatialReferenceH crs = OSRNewSpatialReference(wkt.constData());
    if (crs && OSRIsGeographic(crs) && geo[2] == 0 && geo[0] >= 180)
        geo[0] -= 360;
    if (crs)
        OSRDestroySpatialReference(crs);
    GDALSetGeoTransform(source->m_source, geo);
    GDALSetProjection(source->m_source, wkt.constData());
    GDALRasterBandH band = GDALGetRasterBand(source->m_source, 1);
    GDALSetRasterNoDataValue(band, std::numeric_limits<double>::quiet_NaN());
    if (GDALRasterIO(band, GF_Write, 0, 0, grid.width, grid.height,
                     const_cast<float *>(grid.values.data()), grid.width, grid.height, GDT_Float32,
                     0, 0) != CE_None)
        return rasterError(
            name, tr("cannot be held in memory (%1)").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
    const QString variable = grid.variable;
    GDALSetRasterUnitType(band, variable.endsWith(QLatin1String("_ms"))   ? "m/s"
                                : variable.endsWith(QLatin1String("_mm")) ? "mm"
                                : variable.endsWith(QLatin1String("_c"))  ? "\u00B0C"
                                                                          : "");
    return prepare(std::move(source), wkt.constData());
}

Result<std::shared_ptr<RasterSource>> RasterSource::prepare(std::shared_ptr<RasterSource> source,
                                                            const char *wkt)
{
    const QString path = source->m_path;
    OGRSpatialReferenceH mercator = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(mercator, 3857);
    char *mercatorWkt = nullptr;
    OSRExportToWkt(mercator, &mercatorWkt);
    source->m_warped =
        GDALAutoCreateWarpedVRT(source->m_source, wkt, mercatorWkt, GRA_Bilinear, 0.125, nullptr);
    CPLFree(mercatorWkt);
    OSRDestroySpatialReference(mercator);
    if (!source->m_warped)
        return rasterError(path, tr("cannot be reprojected to Web Mercator (%1)")
                                     .arg(QString::fromUtf8(CPLGetLastErrorMsg())));
    GDALGetGeoTransform(source->m_warped, source->m_geo);
    source->m_width = GDALGetRasterXSize(source->m_warped);
    source->m_height = GDALGetRasterYSize(source->m_warped);
    source->m_bands = GDALGetRasterCount(source->m_warped);
    if (source->m_bands < 1)
        return rasterError(path, tr("has no raster bands"));
    const double *g = source->m_geo;
    const QPointF topLeft = WebMercator::fromEpsg3857(QPointF(g[0], g[3]));
    const QPointF bottomRight = WebMercator::fromEpsg3857(
        QPointF(g[0] + g[1] * source->m_width, g[3] + g[5] * source->m_height));
    source->m_worldBounds = QRectF(topLeft, bottomRight).normalized();

    GDALRasterBandH band = GDALGetRasterBand(source->m_source, 1);
    double minMax[2] = {0, 1};
    if (GDALComputeRasterMinMax(band, TRUE, minMax) == CE_None) {
        source->m_bandMin = minMax[0];
        source->m_bandMax = minMax[1];
    }
    source->m_unit = QString::fromUtf8(GDALGetRasterUnitType(band));
    return source;
}

QImage RasterSource::render(const QRectF &world, QSize pixels, const Styling &styling,
                            QRectF *covered) const
{
    const QRectF area = world.intersected(m_worldBounds);
    if (area.isEmpty() || pixels.isEmpty())
        return {};
    // The window of the warped raster under `area`, and a buffer no finer than the raster.
    const QPointF a = WebMercator::toEpsg3857(area.topLeft());
    const QPointF b = WebMercator::toEpsg3857(area.bottomRight());
    const double *g = m_geo;
    double x0 = (a.x() - g[0]) / g[1], x1 = (b.x() - g[0]) / g[1];
    double y0 = (a.y() - g[3]) / g[5], y1 = (b.y() - g[3]) / g[5];
    const int px0 = std::clamp(int(std::floor(x0)), 0, m_width - 1);
    const int py0 = std::clamp(int(std::floor(y0)), 0, m_height - 1);
    const int px1 = std::clamp(int(std::ceil(x1)), px0 + 1, m_width);
    const int py1 = std::clamp(int(std::ceil(y1)), py0 + 1, m_height);
    const double fraction = area.width() / world.width();
    const int bufW = std::clamp(int(std::ceil(pixels.width() * fraction)), 1, px1 - px0);
    const int bufH =
        std::clamp(int(std::ceil(pixels.height() * area.height() / world.height())), 1, py1 - py0);
    if (covered)
        *covered = QRectF(WebMercator::fromEpsg3857(QPointF(g[0] + px0 * g[1], g[3] + py0 * g[5])),
                          WebMercator::fromEpsg3857(QPointF(g[0] + px1 * g[1], g[3] + py1 * g[5])))
                       .normalized();

    QImage image(bufW, bufH, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const std::size_t count = std::size_t(bufW) * bufH;
    auto readBand = [&](int index, std::vector<float> &out, bool *hasNoData, double *noData) {
        out.resize(count);
        GDALRasterBandH band = GDALGetRasterBand(m_warped, index);
        int ok = 0;
        *noData = GDALGetRasterNoDataValue(band, &ok);
        *hasNoData = ok != 0;
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = GRIORA_Bilinear;
        return GDALRasterIOEx(band, GF_Read, px0, py0, px1 - px0, py1 - py0, out.data(), bufW, bufH,
                              GDT_Float32, 0, 0, &extra) == CE_None;
    };

    std::vector<float> v;
    bool hasNoData = false;
    double noData = 0;
    if (!readBand(1, v, &hasNoData, &noData))
        return {};
    auto *pixelsOut = reinterpret_cast<QRgb *>(image.bits());
    GDALRasterBandH first = GDALGetRasterBand(m_warped, 1);
    GDALColorTableH table = GDALGetRasterColorTable(first);

    if (styling.ramped || (m_bands < 3 && !table)) {
        const double lo = std::isnan(styling.minimum) ? m_bandMin : styling.minimum;
        const double hi = std::isnan(styling.maximum) ? m_bandMax : styling.maximum;
        const double span = hi > lo ? hi - lo : 1;
        const ColorRamp ramp(styling.ramp);
        const int alpha = std::clamp(int(std::lround(styling.opacity * 255)), 0, 255);
        QRgb lut[256];
        for (int i = 0; i < 256; ++i) {
            const QColor c = styling.ramped ? ramp.at(i / 255.0) : QColor(i, i, i);
            lut[i] = qPremultiply(qRgba(c.red(), c.green(), c.blue(), alpha));
        }
        for (std::size_t i = 0; i < count; ++i) {
            const float value = v[i];
            // The warper fills outside the source with 0 (or the nodata value).
            if (!std::isfinite(value) || (hasNoData && value == float(noData)))
                continue;
            const double t = std::clamp((value - lo) / span, 0.0, 1.0);
            pixelsOut[i] = lut[int(t * 255)];
        }
        return image;
    }
    if (table) {
        for (std::size_t i = 0; i < count; ++i) {
            if (hasNoData && v[i] == float(noData))
                continue;
            const GDALColorEntry *e = GDALGetColorEntry(table, int(v[i]));
            if (e)
                pixelsOut[i] = qPremultiply(qRgba(e->c1, e->c2, e->c3, e->c4));
        }
        return image;
    }
    std::vector<float> g2, b2, a2;
    bool skip;
    double skipValue;
    if (!readBand(2, g2, &skip, &skipValue) || !readBand(3, b2, &skip, &skipValue))
        return {};
    const bool alpha = m_bands >= 4 && readBand(4, a2, &skip, &skipValue);
    for (std::size_t i = 0; i < count; ++i) {
        const int aa = alpha ? std::clamp(int(a2[i]), 0, 255) : 255;
        if (!alpha && v[i] == 0 && g2[i] == 0 && b2[i] == 0)
            continue; // outside the warped source
        pixelsOut[i] =
            qPremultiply(qRgba(std::clamp(int(v[i]), 0, 255), std::clamp(int(g2[i]), 0, 255),
                               std::clamp(int(b2[i]), 0, 255), aa));
    }
    return image;
}

} // namespace stormcrew::map
