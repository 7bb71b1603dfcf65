#pragma once

#include "hitindex.h"
#include "mapgeometry.h"

#include <QPainterPath>
#include <QString>

#include <memory>
#include <vector>

namespace stormcrew::map {

// One polygon feature of a layer: a territory, or a state or county of the basemap.
struct MapFeature {
    qint64 id = 0;
    QString code;
    QString name;
    MultiPolygon shape; // world units, full detail
    QRectF bounds;
    double area = 0;
    QPointF labelAnchor; // a point inside the shape, world units
};

// One level of detail of a layer, ready for the GPU and for QPainter: vertices relative to the
// layer's origin, triangles for fills, segments for outlines, and per feature its vertex range
// (so that recolouring a feature rewrites only its own vertices' colours).
struct DetailLevel {
    double maxZoom = 0; // used for zoom levels up to this one
    std::vector<float> xy;
    std::vector<std::uint32_t> fillIndices;
    std::vector<std::uint32_t> lineIndices;
    using Range = std::pair<std::uint32_t, std::uint32_t>; // [begin, end)
    std::vector<Range> featureVertices;
    std::vector<Range> featureFills; // into fillIndices
    std::vector<Range> featureLines; // into lineIndices
    std::vector<QPainterPath> paths; // per feature, for the software renderer
};

// A polygon layer, built once off the GUI thread and shared read-only afterwards.
struct FeatureLayer {
    std::vector<MapFeature> features;
    std::vector<DetailLevel> levels; // coarsest first; the last one is full detail
    QPointF origin;                  // subtracted from vertices to keep float precision
    QRectF bounds;
    HitIndex hits;
    std::size_t fullVertexCount = 0;
    bool fills = false;
    // Built without its full-detail level (see FullDetail::Later): the finest simplified level
    // stands in for it at every zoom above its own until withFullDetail() adds it.
    bool fullDetailPending = false;

    [[nodiscard]] const DetailLevel &levelFor(double zoom) const;
    [[nodiscard]] int levelIndexFor(double zoom) const;
};

// Later: the full-detail level is left out (when a simplified level can stand in for it) so that
// a large layer can be shown sooner; withFullDetail() completes it.
enum class FullDetail { Now, Later };

// Simplifies, triangulates (when `fills`) and indexes the features. Blocking; run it on a
// worker thread.
[[nodiscard]] std::shared_ptr<const FeatureLayer>
buildFeatureLayer(std::vector<MapFeature> features, bool fills,
                  FullDetail fullDetail = FullDetail::Now);
// A copy of `coarse` with its full-detail level. Blocking; run it on a worker thread.
[[nodiscard]] std::shared_ptr<const FeatureLayer> withFullDetail(const FeatureLayer &coarse);

} // namespace stormcrew::map
