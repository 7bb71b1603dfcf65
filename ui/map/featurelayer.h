#pragma once

#include "hitindex.h"
#include "mapgeometry.h"

#include <QPainterPath>
#include <QString>

#include <functional>
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
    bool built = false; // triangulated (FullDetail::Later leaves some levels empty for a while)
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
    // While some levels are not built yet (FullDetail::Later): their simplified shapes, one
    // vector per simplified level, coarsest first. The nearest built level stands in for them.
    std::shared_ptr<const std::vector<std::vector<MultiPolygon>>> pendingShapes;
    [[nodiscard]] bool complete() const { return !pendingShapes; }

    [[nodiscard]] const DetailLevel &levelFor(double zoom) const;
    [[nodiscard]] int levelIndexFor(double zoom) const;
};

// Later: only the level used at the opening zoom (asked of `openingZoom` with the layer's
// bounds) is triangulated, so that a large layer is shown sooner; withAllLevels() builds the
// others, full detail included.
enum class FullDetail { Now, Later };
using OpeningZoom = std::function<double(const QRectF &bounds)>;

// Simplifies, triangulates (when `fills`) and indexes the features. Blocking; run it on a
// worker thread.
[[nodiscard]] std::shared_ptr<const FeatureLayer>
buildFeatureLayer(std::vector<MapFeature> features, bool fills,
                  FullDetail fullDetail = FullDetail::Now, const OpeningZoom &openingZoom = {});
// A copy of `partial` with every level built. Blocking; run it on a worker thread.
[[nodiscard]] std::shared_ptr<const FeatureLayer> withAllLevels(const FeatureLayer &partial);

} // namespace stormcrew::map
