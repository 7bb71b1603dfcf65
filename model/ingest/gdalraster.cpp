#include "gdalraster.h"

#include <QFileInfo>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace stormcrew {

namespace {

// Keeps GDAL from printing to stderr while we turn its errors into messages.
class QuietGdal {
public:
    QuietGdal()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
    QuietGdal(const QuietGdal &) = delete;
    QuietGdal &operator=(const QuietGdal &) = delete;
};

// Densify reprojected outlines to edges of at most this many degrees (about 5 km), so that a
// straight edge in WGS 84 follows its curve in a projected raster CRS.
constexpr double kDensifyDegrees = 0.05;
// Rows of a territory's window read per GDAL call, bounded by pixels held in memory.
constexpr qint64 kStripPixels = 4 * 1024 * 1024;

QMap<QString, QString> toMap(char **list)
{
    QMap<QString, QString> map;
    for (char **item = list; item && *item; ++item) {
        const QString entry = QString::fromUtf8(*item);
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals > 0)
            map.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return map;
}

void appendPolygon(const OGRPolygon &polygon, const double *inv, double shiftX,
                   zonal::PixelShape &shape)
{
    zonal::PixelPolygon pixels;
    auto addRing = [&](const OGRLinearRing *ring) {
        if (!ring)
            return;
        std::vector<zonal::PixelPoint> points;
        points.reserve(size_t(ring->getNumPoints()));
        for (int i = 0; i < ring->getNumPoints(); ++i) {
            const double x = ring->getX(i) + shiftX;
            const double y = ring->getY(i);
            points.push_back({inv[0] + x * inv[1] + y * inv[2], inv[3] + x * inv[4] + y * inv[5]});
        }
        pixels.rings.push_back(std::move(points));
    };
    addRing(polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        addRing(polygon.getInteriorRing(i));
    shape.push_back(std::move(pixels));
}

} // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString lastGdalError()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return message.isEmpty() ? GdalRaster::tr("unknown GDAL error") : message;
}

void GdalRaster::Deleter::operator()(GDALDataset *dataset) const
{
    GDALClose(GDALDataset::ToHandle(dataset));
}

void GdalRaster::TransformDeleter::operator()(OGRCoordinateTransformation *transform) const
{
    OGRCoordinateTransformation::DestroyCT(transform);
}

GdalRaster::GdalRaster(QString path, GDALDataset *dataset)
    : m_path(std::move(path)), m_dataset(dataset)
{}

GdalRaster::~GdalRaster() = default;

Result<std::unique_ptr<GdalRaster>> GdalRaster::open(const QString &path)
{
    ensureGdalRegistered();
    QuietGdal quiet;
    if (!path.contains(QLatin1Char(':')) && !path.startsWith(QLatin1String("/vsi")) &&
        !QFileInfo::exists(path))
        return Error{tr("does not exist"), path, 0, {}};
    GDALDataset *raw = GDALDataset::Open(path.toUtf8().constData(),
                                         GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR);
    if (!raw)
        return Error{tr("cannot be read as a raster: %1").arg(lastGdalError()), path, 0, {}};
    std::unique_ptr<GdalRaster> raster(new GdalRaster(path, raw));
    GDALDataset &ds = *raster->m_dataset;

    if (ds.GetRasterCount() == 0) {
        const QMap<QString, QString> subdatasets = toMap(ds.GetMetadata("SUBDATASETS"));
        QStringList names;
        for (auto it = subdatasets.cbegin(); it != subdatasets.cend(); ++it) {
            if (it.key().endsWith(QLatin1String("_NAME")))
                names.append(it.value());
        }
        if (names.isEmpty())
            return Error{tr("has no raster bands"), path, 0, {}};
        return Error{tr("holds several variables; import one of them by its GDAL name, e.g. "
                        "\"%1\" (all: %2)")
                         .arg(names.first(), names.join(QStringLiteral(", "))),
                     path,
                     0,
                     {}};
    }
    raster->m_width = ds.GetRasterXSize();
    raster->m_height = ds.GetRasterYSize();
    if (ds.GetGeoTransform(raster->m_geoTransform.data()) != CE_None) {
        const QString hint = ds.GetGCPCount() > 0
                                 ? tr("it has ground control points only; warp it first: "
                                      "gdalwarp -t_srs EPSG:4326 in.tif out.tif")
                                 : tr("assign them with: gdal_translate -a_srs EPSG:4326 "
                                      "-a_ullr ULX ULY LRX LRY in.tif out.tif");
        return Error{
            tr("has no georeferencing (no pixel size and origin); %1").arg(hint), path, 0, {}};
    }
    const OGRSpatialReference *crs = ds.GetSpatialRef();
    if (!crs || crs->IsEmpty())
        return Error{tr("has no coordinate reference system; assign one with: gdal_translate "
                        "-a_srs EPSG:XXXX in.tif out.tif"),
                     path,
                     0,
                     {}};
    if (!GDALInvGeoTransform(raster->m_geoTransform.data(), raster->m_inverse.data()))
        return Error{tr("has a degenerate geotransform (a pixel size of 0)"), path, 0, {}};

    OGRSpatialReference target(*crs);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    raster->m_geographic = target.IsGeographic();
    if (!target.IsSame(&wgs84)) {
        raster->m_fromWgs84.reset(OGRCreateCoordinateTransformation(&wgs84, &target));
        if (!raster->m_fromWgs84)
            return Error{
                tr("its CRS cannot be reached from WGS 84: %1").arg(lastGdalError()), path, 0, {}};
    }
    return raster;
}

QString GdalRaster::driverName() const
{
    return QString::fromUtf8(m_dataset->GetDriver()->GetDescription());
}

int GdalRaster::bandCount() const
{
    return m_dataset->GetRasterCount();
}

QString GdalRaster::crsName() const
{
    const OGRSpatialReference *crs = m_dataset->GetSpatialRef();
    if (!crs)
        return {};
    const char *authority = crs->GetAuthorityName(nullptr);
    const char *code = crs->GetAuthorityCode(nullptr);
    if (authority && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    return QString::fromUtf8(crs->GetName());
}

QString GdalRaster::crsWkt() const
{
    const OGRSpatialReference *crs = m_dataset->GetSpatialRef();
    char *wkt = nullptr;
    if (!crs || crs->exportToWkt(&wkt) != OGRERR_NONE) {
        CPLFree(wkt);
        return {};
    }
    const QString text = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return text;
}

std::optional<double> GdalRaster::nodata(int band) const
{
    int has = 0;
    const double value = m_dataset->GetRasterBand(band)->GetNoDataValue(&has);
    return has ? std::optional<double>(value) : std::nullopt;
}

std::optional<double> GdalRaster::scale(int band) const
{
    int has = 0;
    const double value = m_dataset->GetRasterBand(band)->GetScale(&has);
    return has ? std::optional<double>(value) : std::nullopt;
}

std::optional<double> GdalRaster::offset(int band) const
{
    int has = 0;
    const double value = m_dataset->GetRasterBand(band)->GetOffset(&has);
    return has ? std::optional<double>(value) : std::nullopt;
}

QMap<QString, QString> GdalRaster::bandMetadata(int band) const
{
    return toMap(m_dataset->GetRasterBand(band)->GetMetadata());
}

QMap<QString, QString> GdalRaster::metadata() const
{
    return toMap(m_dataset->GetMetadata());
}

QString GdalRaster::unit(int band) const
{
    QString unit = QString::fromUtf8(m_dataset->GetRasterBand(band)->GetUnitType()).trimmed();
    if (unit.isEmpty()) {
        const QMap<QString, QString> meta = bandMetadata(band);
        unit = meta.value(QStringLiteral("GRIB_UNIT"), meta.value(QStringLiteral("units")));
        unit = unit.trimmed();
        if (unit.startsWith(QLatin1Char('[')) && unit.endsWith(QLatin1Char(']')))
            unit = unit.mid(1, unit.size() - 2);
    }
    return unit;
}

Result<void> GdalRaster::read(int band, const zonal::PixelWindow &window, double *buffer) const
{
    QuietGdal quiet;
    const CPLErr err = m_dataset->GetRasterBand(band)->RasterIO(
        GF_Read, window.col, window.row, window.cols, window.rows, buffer, window.cols, window.rows,
        GDT_Float64, 0, 0, nullptr);
    if (err != CE_None)
        return Error{tr("cannot be read (band %1, rows %2-%3): %4")
                         .arg(band)
                         .arg(window.row + 1)
                         .arg(window.row + window.rows)
                         .arg(lastGdalError()),
                     m_path,
                     0,
                     {}};
    return {};
}

Result<zonal::PixelShape> GdalRaster::toPixels(const TerritoryShape &territory) const
{
    QuietGdal quiet;
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(territory.wkb.constData(), nullptr, &raw,
                                          size_t(territory.wkb.size())) != OGRERR_NONE)
        return Error{
            tr("territory %1 has an unreadable outline").arg(territory.code), m_path, 0, {}};
    OGRGeometryUniquePtr geometry(raw);
    if (m_fromWgs84) {
        geometry->segmentize(kDensifyDegrees);
        if (geometry->transform(m_fromWgs84.get()) != OGRERR_NONE)
            return Error{tr("territory %1 cannot be projected into the raster's CRS %2: %3")
                             .arg(territory.code, crsName(), lastGdalError()),
                         m_path,
                         0,
                         {}};
    }
    OGREnvelope envelope;
    geometry->getEnvelope(&envelope);
    if (!std::isfinite(envelope.MinX) || !std::isfinite(envelope.MaxX) ||
        !std::isfinite(envelope.MinY) || !std::isfinite(envelope.MaxY))
        return Error{tr("territory %1 falls outside the domain of the raster's CRS %2")
                         .arg(territory.code, crsName()),
                     m_path,
                     0,
                     {}};

    // Global grids (GRIB) often run from 0 to 360 degrees east.
    double shiftX = 0;
    if (m_geographic && m_geoTransform[2] == 0) {
        const double x0 = m_geoTransform[0];
        const double x1 = x0 + m_width * m_geoTransform[1];
        const double minX = std::min(x0, x1);
        const double maxX = std::max(x0, x1);
        if (envelope.MaxX <= minX && envelope.MaxX + 360 > minX)
            shiftX = 360;
        else if (envelope.MinX >= maxX && envelope.MinX - 360 < maxX)
            shiftX = -360;
    }

    zonal::PixelShape shape;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        appendPolygon(*geometry->toPolygon(), m_inverse.data(), shiftX, shape);
    } else if (type == wkbMultiPolygon) {
        for (const OGRPolygon *part : *geometry->toMultiPolygon())
            appendPolygon(*part, m_inverse.data(), shiftX, shape);
    } else {
        return Error{tr("territory %1 is not a polygon").arg(territory.code), m_path, 0, {}};
    }
    return shape;
}

Result<std::vector<zonal::ZonalStatistics>>
GdalRaster::zonalStatistics(int band, const std::vector<TerritoryShape> &territories,
                            zonal::ZonalOptions options) const
{
    if (!options.nodata)
        options.nodata = nodata(band);
    std::vector<zonal::ZonalStatistics> results;
    results.reserve(territories.size());
    std::vector<double> strip;
    for (const TerritoryShape &territory : territories) {
        auto shape = toPixels(territory);
        if (!shape) {
            // Outside the CRS's domain: the raster does not cover it.
            results.push_back({});
            continue;
        }
        const zonal::PixelWindow window = zonal::touchedWindow(shape.value(), m_width, m_height);
        zonal::ZonalAccumulator accumulator(options);
        const int stripRows = int(std::clamp<qint64>(kStripPixels / std::max(window.cols, 1), 1,
                                                     std::max(window.rows, 1)));
        int stripStart = 0;
        int stripEnd = 0; // rows [stripStart, stripEnd) are in strip
        Result<void> status;
        zonal::coverageRows(
            shape.value(), window, options.weighting, [&](int row, const double *weights) {
                if (!status)
                    return;
                if (row >= stripEnd) {
                    stripStart = row;
                    stripEnd = std::min(row + stripRows, window.row + window.rows);
                    strip.resize(size_t(stripEnd - stripStart) * size_t(window.cols));
                    status =
                        read(band, {window.col, stripStart, window.cols, stripEnd - stripStart},
                             strip.data());
                    if (!status)
                        return;
                }
                accumulator.addRow(strip.data() + size_t(row - stripStart) * size_t(window.cols),
                                   weights, window.cols);
            });
        if (!status)
            return status.error();
        results.push_back(accumulator.result(zonal::pixelArea(shape.value())));
    }
    return results;
}

} // namespace stormcrew
