#include "demogdalfiles.h"

#include "demotime.h"
#include "ingest/gdalhandles.h"

#include <QDir>
#include <QFile>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <atomic>

namespace stormcrew::demo {

namespace {

// Owns a CSL string list (GDAL creation options).
struct StringListDeleter {
    void operator()(char **list) const { CSLDestroy(list); }
};
using StringList = std::unique_ptr<char *, StringListDeleter>;

StringList options(const QStringList &items)
{
    char **list = nullptr;
    for (const QString &item : items)
        list = CSLAddString(list, item.toUtf8().constData());
    return StringList(list);
}

// Removes a /vsimem/ file when it goes out of scope.
struct MemoryFile {
    QByteArray path;
    ~MemoryFile() { VSIUnlink(path.constData()); }
};

Error gdalError(const QString &message, const QString &path)
{
    const QString detail = gdal::QuietErrors::lastMessage();
    return Error{detail.isEmpty() ? message : message + QStringLiteral(": ") + detail, path, 0, {}};
}

std::vector<GeoPoint> ringOf(OGRGeometryH ring)
{
    std::vector<GeoPoint> points(std::size_t(OGR_G_GetPointCount(ring)));
    for (int i = 0; i < int(points.size()); ++i)
        points[std::size_t(i)] = {OGR_G_GetX(ring, i), OGR_G_GetY(ring, i)};
    return points;
}

GeoPolygon polygonOf(OGRGeometryH polygon)
{
    GeoPolygon out;
    for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r)
        out.rings.push_back(ringOf(OGR_G_GetGeometryRef(polygon, r)));
    return out;
}

gdal::GeometryPtr multiPolygonOf(const DemoCounty &county)
{
    gdal::GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const GeoPolygon &polygon : county.polygons) {
        gdal::GeometryPtr part(OGR_G_CreateGeometry(wkbPolygon));
        for (const auto &ring : polygon.rings) {
            gdal::GeometryPtr linear(OGR_G_CreateGeometry(wkbLinearRing));
            for (const GeoPoint &p : ring)
                OGR_G_AddPoint_2D(linear.get(), p.lon, p.lat);
            OGR_G_CloseRings(linear.get());
            (void)OGR_G_AddGeometryDirectly(part.get(), linear.release());
        }
        (void)OGR_G_AddGeometryDirectly(multi.get(), part.release());
    }
    return multi;
}

QString wktOf(OGRSpatialReferenceH srs)
{
    char *wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    const QString text = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return text;
}

} // namespace

Result<std::vector<DemoCounty>> DemoGdalFiles::loadCounties()
{
    gdal::registerDrivers();
    gdal::QuietErrors quiet;
    const QString resource = QString::fromLatin1(CountiesResource);
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("the demo's county boundaries are missing from this build"), resource, 0, {}};
    // GDAL reads the embedded file through a copy in its in-memory file system.
    QByteArray bytes = file.readAll();
    static std::atomic<int> loads{0};
    const MemoryFile memory{QByteArrayLiteral("/vsimem/stormcrew-demo-") +
                            QByteArray::number(++loads) +
                            QByteArrayLiteral("/ky_counties.geojson")};
    VSILFILE *handle =
        VSIFileFromMemBuffer(memory.path.constData(), reinterpret_cast<GByte *>(bytes.data()),
                             vsi_l_offset(bytes.size()), FALSE);
    if (!handle)
        return gdalError(tr("cannot be read"), resource);
    VSIFCloseL(handle);
    gdal::DatasetPtr dataset(GDALOpenEx(memory.path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                        nullptr, nullptr, nullptr));
    if (!dataset)
        return gdalError(tr("cannot be read"), resource);
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fips = OGR_FD_GetFieldIndex(definition, "fips");
    const int name = OGR_FD_GetFieldIndex(definition, "name");
    if (fips < 0 || name < 0)
        return Error{tr("has no 'fips' and 'name' fields"), resource, 0, {}};

    std::vector<DemoCounty> counties;
    OGR_L_ResetReading(layer);
    while (gdal::FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        DemoCounty county;
        county.code = QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), fips));
        county.name = QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), name));
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
        if (!geometry)
            continue;
        const auto type = wkbFlatten(OGR_G_GetGeometryType(geometry));
        if (type == wkbPolygon) {
            county.polygons.push_back(polygonOf(geometry));
        } else if (type == wkbMultiPolygon) {
            for (int p = 0; p < OGR_G_GetGeometryCount(geometry); ++p)
                county.polygons.push_back(polygonOf(OGR_G_GetGeometryRef(geometry, p)));
        }
        if (county.polygons.empty())
            continue;
        measure(county);
        counties.push_back(std::move(county));
    }
    std::sort(counties.begin(), counties.end(),
              [](const DemoCounty &a, const DemoCounty &b) { return a.code < b.code; });
    return counties;
}

Result<void> DemoGdalFiles::writeTerritories(const QString &path,
                                             const std::vector<DemoCounty> &counties)
{
    gdal::registerDrivers();
    gdal::QuietErrors quiet;
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver)
        return Error{tr("this GDAL has no GeoPackage driver"), path, 0, {}};
    gdal::DatasetPtr dataset(
        GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return gdalError(tr("cannot be created"), path);
    const gdal::SpatialReferencePtr srs = gdal::wgs84();
    OGRLayerH layer =
        GDALDatasetCreateLayer(dataset.get(), "territories", srs.get(), wkbMultiPolygon, nullptr);
    if (!layer)
        return gdalError(tr("cannot hold a territories layer"), path);
    for (const char *field : {"code", "name"}) {
        OGRFieldDefnH definition = OGR_Fld_Create(field, OFTString);
        const OGRErr created = OGR_L_CreateField(layer, definition, TRUE);
        OGR_Fld_Destroy(definition);
        if (created != OGRERR_NONE)
            return gdalError(tr("cannot hold the field %1").arg(QLatin1String(field)), path);
    }
    if (GDALDatasetStartTransaction(dataset.get(), FALSE) != OGRERR_NONE)
        return gdalError(tr("cannot be written"), path);
    for (const DemoCounty &county : counties) {
        gdal::FeaturePtr feature(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
        OGR_F_SetFieldString(feature.get(), 0, county.code.toUtf8().constData());
        OGR_F_SetFieldString(feature.get(), 1, county.name.toUtf8().constData());
        OGR_F_SetGeometryDirectly(feature.get(), multiPolygonOf(county).release());
        if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE)
            return gdalError(tr("cannot hold territory %1").arg(county.code), path);
    }
    if (GDALDatasetCommitTransaction(dataset.get()) != OGRERR_NONE)
        return gdalError(tr("cannot be written"), path);
    return {};
}

Result<ProjectedExtent> DemoGdalFiles::project(const GeoBounds &bounds, const QString &crs,
                                               double margin)
{
    gdal::registerDrivers();
    gdal::QuietErrors quiet;
    const gdal::SpatialReferencePtr source = gdal::wgs84();
    const gdal::SpatialReferencePtr target = gdal::spatialReference(crs);
    if (!target)
        return Error{tr("%1 is not a CRS GDAL knows").arg(crs), {}, 0, {}};
    gdal::TransformationPtr transform(OCTNewCoordinateTransformation(source.get(), target.get()));
    ProjectedExtent e;
    if (!transform ||
        !OCTTransformBounds(transform.get(), bounds.minLon, bounds.minLat, bounds.maxLon,
                            bounds.maxLat, &e.minX, &e.minY, &e.maxX, &e.maxY, 21))
        return gdalError(tr("cannot project the counties' bounds into %1").arg(crs), {});
    e.minX -= margin;
    e.minY -= margin;
    e.maxX += margin;
    e.maxY += margin;
    return e;
}

Result<void> DemoGdalFiles::writeCanopy(const QString &path, const CanopyRaster &raster,
                                        const QString &crs)
{
    gdal::registerDrivers();
    gdal::QuietErrors quiet;
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    const StringList create =
        options({QStringLiteral("COMPRESS=DEFLATE"), QStringLiteral("TILED=YES")});
    gdal::DatasetPtr dataset(driver ? GDALCreate(driver, path.toUtf8().constData(), raster.width,
                                                 raster.height, 1, GDT_Byte, create.get())
                                    : nullptr);
    if (!dataset)
        return gdalError(tr("cannot be created"), path);
    double transform[6] = {raster.originX, raster.pixel, 0, raster.originY, 0, -raster.pixel};
    const gdal::SpatialReferencePtr srs = gdal::spatialReference(crs);
    if (!srs || GDALSetGeoTransform(dataset.get(), transform) != CE_None ||
        GDALSetProjection(dataset.get(), wktOf(srs.get()).toUtf8().constData()) != CE_None)
        return gdalError(tr("cannot be georeferenced"), path);
    GDALRasterBandH band = GDALGetRasterBand(dataset.get(), 1);
    GDALSetRasterNoDataValue(band, 255);
    GDALSetDescription(band, "tree canopy cover, percent");
    if (GDALRasterIO(band, GF_Write, 0, 0, raster.width, raster.height,
                     const_cast<quint8 *>(raster.percent.data()), raster.width, raster.height,
                     GDT_Byte, 0, 0) != CE_None)
        return gdalError(tr("cannot be written"), path);
    return {};
}

Result<QStringList> DemoGdalFiles::writeForecast(const QString &folder, const ForecastGrid &grid)
{
    gdal::registerDrivers();
    gdal::QuietErrors quiet;
    GDALDriverH memory = GDALGetDriverByName("MEM");
    GDALDriverH grib = GDALGetDriverByName("GRIB");
    if (!memory || !grib)
        return Error{tr("this GDAL cannot write GRIB2"), folder, 0, {}};
    char issued[24] = {};
    formatIsoUtc(grid.issued, issued);

    struct Variable {
        const char *file;
        const std::vector<float> *values;
        const char *parameter; // GRIB2 discipline 0 category and number
        const char *surface;   // first fixed surface: type, scale factor, scaled value
    };
    const Variable variables[] = {
        {"forecast_gust.grb2", &grid.gust, "2 22", "103 0 10"}, // wind gust, 10 m
        {"forecast_wind.grb2", &grid.wind, "2 1", "103 0 10"},  // wind speed, 10 m
        {"forecast_precip.grb2", &grid.precip, "1 8", "1 0 0"}, // total precipitation, surface
    };
    const std::size_t cells = std::size_t(grid.width) * std::size_t(grid.height);
    QStringList written;
    for (const Variable &variable : variables) {
        const QString path = QDir(folder).filePath(QLatin1String(variable.file));
        gdal::DatasetPtr staged(
            GDALCreate(memory, "", grid.width, grid.height, grid.steps, GDT_Float32, nullptr));
        if (!staged)
            return gdalError(tr("cannot be staged in memory"), path);
        double transform[6] = {grid.west, grid.cellDegrees, 0, grid.north, 0, -grid.cellDegrees};
        const gdal::SpatialReferencePtr srs = gdal::wgs84();
        GDALSetGeoTransform(staged.get(), transform);
        GDALSetProjection(staged.get(), wktOf(srs.get()).toUtf8().constData());
        QStringList create{
            QStringLiteral("DISCIPLINE=0"),
            QStringLiteral("IDS=CENTER=255 SUBCENTER=0 MASTER_TABLE=2 SIGNF_REF_TIME=1 "
                           "REF_TIME=%1 PROD_STATUS=2 TYPE=1")
                .arg(QLatin1String(issued)),
            QStringLiteral("PDS_PDTN=0"),
            QStringLiteral("DATA_ENCODING=SIMPLE_PACKING"),
            QStringLiteral("DECIMAL_SCALE_FACTOR=1"),
        };
        for (int step = 0; step < grid.steps; ++step) {
            GDALRasterBandH band = GDALGetRasterBand(staged.get(), step + 1);
            float *values =
                const_cast<float *>(variable.values->data()) + cells * std::size_t(step);
            if (GDALRasterIO(band, GF_Write, 0, 0, grid.width, grid.height, values, grid.width,
                             grid.height, GDT_Float32, 0, 0) != CE_None)
                return gdalError(tr("cannot be staged in memory"), path);
            // Template 4.0: parameter, forecast by an unknown process, hours, +step+1 h, surface.
            create.append(QStringLiteral("BAND_%1_PDS_TEMPLATE_ASSEMBLED_VALUES=%2 2 0 255 0 0 1 "
                                         "%3 %4 255 0 0")
                              .arg(step + 1)
                              .arg(QLatin1String(variable.parameter))
                              .arg(step + 1)
                              .arg(QLatin1String(variable.surface)));
        }
        const StringList createOptions = options(create);
        gdal::DatasetPtr copy(GDALCreateCopy(grib, path.toUtf8().constData(), staged.get(), FALSE,
                                             createOptions.get(), nullptr, nullptr));
        if (!copy)
            return gdalError(tr("cannot be written as GRIB2"), path);
        written.append(path);
    }
    return written;
}

} // namespace stormcrew::demo
