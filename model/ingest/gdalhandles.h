#pragma once

#include <QString>

#include <memory>
#include <type_traits>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace stormcrew::gdal {

// Owning wrappers for GDAL/OGR's C handles, so no early return can leak one.
struct DatasetCloser {
    void operator()(GDALDatasetH dataset) const { GDALClose(dataset); }
};
struct FeatureDestroyer {
    void operator()(OGRFeatureH feature) const { OGR_F_Destroy(feature); }
};
struct GeometryDestroyer {
    void operator()(OGRGeometryH geometry) const { OGR_G_DestroyGeometry(geometry); }
};
struct SpatialReferenceReleaser {
    void operator()(OGRSpatialReferenceH srs) const { OSRRelease(srs); }
};
struct TransformationDestroyer {
    void operator()(OGRCoordinateTransformationH ct) const
    {
        OCTDestroyCoordinateTransformation(ct);
    }
};
using DatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;
using SpatialReferencePtr =
    std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SpatialReferenceReleaser>;
using TransformationPtr =
    std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformationDestroyer>;

// Registers GDAL's drivers, once per process.
void registerDrivers();

// The path GDAL should open: compressed files go through /vsigzip/ or /vsizip/.
[[nodiscard]] QString virtualPath(const QString &file);

// A spatial reference from user text ("EPSG:26916", WKT, PROJ string) in lon/lat order; null
// when GDAL cannot make sense of it.
[[nodiscard]] SpatialReferencePtr spatialReference(const QString &definition);
// WGS 84 (EPSG:4326) in lon/lat order: what the store keeps.
[[nodiscard]] SpatialReferencePtr wgs84();

// Keeps GDAL's error messages off stderr while alive; lastMessage() says what GDAL reported.
class QuietErrors {
public:
    QuietErrors();
    ~QuietErrors();
    QuietErrors(const QuietErrors &) = delete;
    QuietErrors &operator=(const QuietErrors &) = delete;

    [[nodiscard]] static QString lastMessage();
};

} // namespace stormcrew::gdal
