#include "vectorsource.h"

#include "ingestlogging.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace stormcrew {

namespace {

Error fileError(const QString &file, const QString &message)
{
    return Error{message, file, 0, {}};
}

QString describeCrs(OGRSpatialReferenceH srs)
{
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    const char *name = OSRGetName(srs);
    return name ? QString::fromUtf8(name) : QStringLiteral("?");
}

} // namespace

VectorSource::~VectorSource() = default;

Result<std::unique_ptr<VectorSource>> VectorSource::open(const QString &file,
                                                         const VectorSourceOptions &options)
{
    gdal::registerDrivers();
    const QFileInfo info(file);
    if (!file.startsWith(QLatin1String("/vsi")) && !info.exists())
        return fileError(file, tr("does not exist"));

    gdal::QuietErrors quiet;
    std::unique_ptr<VectorSource> source(new VectorSource);
    source->m_file = file;
    const QByteArray path = gdal::virtualPath(file).toUtf8();
    source->m_dataset.reset(
        GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!source->m_dataset) {
        const QString why = gdal::QuietErrors::lastMessage();
        return fileError(file, why.isEmpty() ? tr("is not a vector file GDAL can read (GeoPackage, "
                                                  "Shapefile, GeoJSON, FlatGeobuf, CSV, ...)")
                                             : tr("cannot be read as a vector file: %1").arg(why));
    }
    GDALDatasetH dataset = source->m_dataset.get();
    const QString driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(dataset)));
    source->m_csv = driver == QLatin1String("CSV");

    const int layers = GDALDatasetGetLayerCount(dataset);
    QStringList layerNames;
    for (int i = 0; i < layers; ++i)
        layerNames.append(QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset, i))));
    if (options.layer.isEmpty()) {
        if (layers == 0)
            return fileError(file, tr("holds no layer"));
        source->m_layer = GDALDatasetGetLayer(dataset, 0);
        if (layers > 1)
            source->m_notes.append(tr("The file has %1 layers (%2); the first one was read. "
                                      "Choose another with --layer.")
                                       .arg(layers)
                                       .arg(layerNames.join(QStringLiteral(", "))));
    } else {
        source->m_layer = GDALDatasetGetLayerByName(dataset, options.layer.toUtf8().constData());
        if (!source->m_layer)
            return fileError(file, tr("has no layer '%1'; its layers are: %2")
                                       .arg(options.layer, layerNames.join(QStringLiteral(", "))));
    }
    source->m_layerName = QString::fromUtf8(OGR_L_GetName(source->m_layer));

    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(source->m_layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i)
        source->m_fields.append(
            QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))));

    if (!options.where.isEmpty() &&
        OGR_L_SetAttributeFilter(source->m_layer, options.where.toUtf8().constData()) !=
            OGRERR_NONE)
        return fileError(file, tr("the filter --where \"%1\" is not valid for this layer: %2 "
                                  "(its fields are: %3)")
                                   .arg(options.where, gdal::QuietErrors::lastMessage(),
                                        source->m_fields.join(QStringLiteral(", "))));

    if (options.needsGeometry) {
        OGRSpatialReferenceH layerCrs = OGR_L_GetSpatialRef(source->m_layer);
        OGRSpatialReferenceH from = layerCrs;
        if (!options.crs.isEmpty()) {
            source->m_assigned = gdal::spatialReference(options.crs);
            if (!source->m_assigned)
                return fileError(file, tr("--crs %1 is not a coordinate reference system GDAL "
                                          "knows; give it as EPSG:code")
                                           .arg(options.crs));
            if (layerCrs && !OSRIsSame(layerCrs, source->m_assigned.get()))
                source->m_notes.append(tr("--crs %1 replaced the layer's own CRS (%2).")
                                           .arg(options.crs, describeCrs(layerCrs)));
            from = source->m_assigned.get();
        }
        if (!from)
            return fileError(
                file, tr("layer '%1' has no coordinate reference system; give it with --crs "
                         "EPSG:code, or assign one to the file with ogr2ogr -a_srs EPSG:code "
                         "out.gpkg %2")
                          .arg(source->m_layerName, info.fileName()));
        source->m_crsName = describeCrs(from);
        gdal::SpatialReferencePtr source84(OSRClone(from));
        OSRSetAxisMappingStrategy(source84.get(), OAMS_TRADITIONAL_GIS_ORDER);
        const gdal::SpatialReferencePtr target = gdal::wgs84();
        if (!OSRIsSame(source84.get(), target.get())) {
            source->m_toWgs84.reset(OCTNewCoordinateTransformation(source84.get(), target.get()));
            if (!source->m_toWgs84)
                return fileError(file,
                                 tr("cannot be reprojected from %1 to WGS 84: %2")
                                     .arg(source->m_crsName, gdal::QuietErrors::lastMessage()));
        }
    }
    qCDebug(lcIngest) << "opened" << file << "driver" << driver << "layer" << source->m_layerName
                      << "crs" << source->m_crsName;
    OGR_L_ResetReading(source->m_layer);
    return source;
}

int VectorSource::fieldIndex(const QString &name) const
{
    return OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(m_layer), name.toUtf8().constData());
}

gdal::FeaturePtr VectorSource::next()
{
    gdal::QuietErrors quiet;
    gdal::FeaturePtr feature(OGR_L_GetNextFeature(m_layer));
    if (feature) {
        ++m_sequence;
        // OGR's CSV driver numbers data rows from 1, so the header is line 1.
        m_line = m_csv ? OGR_F_GetFID(feature.get()) + 1 : m_sequence;
    }
    return feature;
}

Result<QString> VectorSource::text(OGRFeatureH feature, int field) const
{
    if (field < 0 || !OGR_F_IsFieldSetAndNotNull(feature, field))
        return QString();
    const char *raw = OGR_F_GetFieldAsString(feature, field);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString value = decoder.decode(QByteArrayView(raw));
    if (decoder.hasError())
        return Error{tr("text is not UTF-8; convert the file first, e.g. iconv -f WINDOWS-1252 "
                        "-t UTF-8"),
                     m_file, m_line, m_fields.value(field)};
    return value.trimmed();
}

Result<gdal::GeometryPtr> VectorSource::takeGeometry(OGRFeatureH feature) const
{
    gdal::GeometryPtr geometry(OGR_F_StealGeometry(feature));
    if (!geometry || OGR_G_IsEmpty(geometry.get()))
        return gdal::GeometryPtr();
    if (m_toWgs84) {
        gdal::QuietErrors quiet;
        if (OGR_G_Transform(geometry.get(), m_toWgs84.get()) != OGRERR_NONE)
            return Error{
                tr("cannot be reprojected from %1 to WGS 84").arg(m_crsName), m_file, m_line, {}};
    }
    OGR_G_FlattenTo2D(geometry.get());
    return geometry;
}

} // namespace stormcrew
