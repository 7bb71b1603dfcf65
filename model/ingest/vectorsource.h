#pragma once

#include "domain/result.h"
#include "gdalhandles.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace stormcrew {

// How to open one layer of a vector file.
struct VectorSourceOptions {
    QString layer;             // empty: the first layer
    QString where;             // OGR attribute filter (SQL WHERE syntax), empty for none
    QString crs;               // assigned CRS overriding the file's (like ogr2ogr -a_srs)
    bool needsGeometry = true; // false for plain tables (CSV without geometry)
};

// One layer of any OGR vector source (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, CSV, also
// gzip-compressed), read feature by feature with geometries reprojected to WGS 84 lon/lat.
// GDAL is the reader of record: CSV goes through OGR's CSV driver too.
class VectorSource {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::VectorSource)

public:
    [[nodiscard]] static Result<std::unique_ptr<VectorSource>>
    open(const QString &file, const VectorSourceOptions &options);
    ~VectorSource();
    VectorSource(const VectorSource &) = delete;
    VectorSource &operator=(const VectorSource &) = delete;

    // The file as the user named it, for reports.
    [[nodiscard]] QString file() const { return m_file; }
    [[nodiscard]] QString layerName() const { return m_layerName; }
    [[nodiscard]] bool isCsv() const { return m_csv; }
    [[nodiscard]] QStringList fieldNames() const { return m_fields; }
    // Index of a field (case-insensitive, as OGR matches), -1 when the layer has none such.
    [[nodiscard]] int fieldIndex(const QString &name) const;
    // "EPSG:26916" or the CRS's name; empty when the layer has none.
    [[nodiscard]] QString crsName() const { return m_crsName; }
    // Things worth telling in the report, e.g. that --crs replaced the file's own CRS.
    [[nodiscard]] QStringList notes() const { return m_notes; }

    // The next feature, null at the end. line() is then its line in a CSV file (the header is
    // line 1), or its number (from 1) in other formats.
    [[nodiscard]] gdal::FeaturePtr next();
    [[nodiscard]] qint64 line() const { return m_line; }

    // A field's text, trimmed; an Error names line and field when it is not UTF-8.
    [[nodiscard]] Result<QString> text(OGRFeatureH feature, int field) const;
    // The feature's geometry, taken out of it and reprojected to WGS 84 lon/lat; null when the
    // feature has none, an Error when it cannot be reprojected.
    [[nodiscard]] Result<gdal::GeometryPtr> takeGeometry(OGRFeatureH feature) const;

private:
    VectorSource() = default;

    QString m_file;
    QString m_layerName;
    QStringList m_fields;
    QString m_crsName;
    QStringList m_notes;
    bool m_csv = false;
    qint64 m_line = 0;
    qint64 m_sequence = 0;
    gdal::DatasetPtr m_dataset;
    OGRLayerH m_layer = nullptr; // owned by m_dataset
    gdal::SpatialReferencePtr m_assigned;
    gdal::TransformationPtr m_toWgs84; // null when the layer is in WGS 84 already
};

} // namespace stormcrew
