#include "featurelayer.h"

#include "polygontriangulator.h"
#include "simplifier.h"
#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stormcrew::map {

namespace {

// Levels of detail, one per zoom step: each is simplified to a pixel at its largest zoom level
// (so at most a pixel, and at least half of one, wherever it is used): finer detail than that
// only costs triangles, it cannot be seen under a one-pixel outline.
constexpr double LevelZooms[] = {3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0};
constexpr double TolerancePixels = 1.0;

QPointF labelAnchorOf(const MultiPolygon &shape)
{
    // The centroid of the largest island when it lies inside; otherwise the middle of that
    // island's largest triangle, which always does.
    const Polygon *largest = nullptr;
    double best = -1;
    for (const auto &polygon : shape) {
        const double a = areaOf(MultiPolygon{polygon});
        if (a > best) {
            best = a;
            largest = &polygon;
        }
    }
    if (!largest)
        return {};
    const auto &ring = largest->rings[0];
    double cx = 0, cy = 0, a2 = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
        a2 += cross;
        cx += (ring[j].x() + ring[i].x()) * cross;
        cy += (ring[j].y() + ring[i].y()) * cross;
    }
    if (a2 != 0) {
        const QPointF centroid(cx / (3 * a2), cy / (3 * a2));
        if (HitIndex::contains(MultiPolygon{*largest}, centroid))
            return centroid;
    }
    Triangulation triangles;
    triangulate(*largest, triangles);
    QPointF anchor = ring[0];
    double largestTriangle = -1;
    for (std::size_t t = 0; t + 2 < triangles.indices.size(); t += 3) {
        const QPointF &p = triangles.vertices[triangles.indices[t]];
        const QPointF &q = triangles.vertices[triangles.indices[t + 1]];
        const QPointF &r = triangles.vertices[triangles.indices[t + 2]];
        const double area =
            std::abs((q.x() - p.x()) * (r.y() - p.y()) - (r.x() - p.x()) * (q.y() - p.y()));
        if (area > largestTriangle) {
            largestTriangle = area;
            anchor = (p + q + r) / 3;
        }
    }
    return anchor;
}

void appendLevel(FeatureLayer &layer, DetailLevel &level, const MultiPolygon &shape, bool fills)
{
    const auto first = std::uint32_t(level.xy.size() / 2);
    const auto firstFill = std::uint32_t(level.fillIndices.size());
    const auto firstLine = std::uint32_t(level.lineIndices.size());
    Triangulation triangles;
    if (fills)
        triangulate(shape, triangles);
    else
        for (const auto &polygon : shape)
            for (const auto &ring : polygon.rings)
                triangles.vertices.insert(triangles.vertices.end(), ring.begin(), ring.end());
    for (const QPointF &p : triangles.vertices) {
        level.xy.push_back(float(p.x() - layer.origin.x()));
        level.xy.push_back(float(p.y() - layer.origin.y()));
    }
    for (std::uint32_t index : triangles.indices)
        level.fillIndices.push_back(first + index);
    // Outline segments over the same vertices, ring by ring.
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    std::uint32_t start = first;
    for (const auto &polygon : shape)
        for (const auto &ring : polygon.rings) {
            const auto n = std::uint32_t(ring.size());
            for (std::uint32_t i = 0; i < n; ++i) {
                level.lineIndices.push_back(start + i);
                level.lineIndices.push_back(start + (i + 1) % n);
            }
            path.moveTo(ring[0] - layer.origin);
            for (std::uint32_t i = 1; i < n; ++i)
                path.lineTo(ring[i] - layer.origin);
            path.closeSubpath();
            start += n;
        }
    level.featureVertices.emplace_back(first, std::uint32_t(level.xy.size() / 2));
    level.featureFills.emplace_back(firstFill, std::uint32_t(level.fillIndices.size()));
    level.featureLines.emplace_back(firstLine, std::uint32_t(level.lineIndices.size()));
    level.paths.push_back(std::move(path));
}

} // namespace

int FeatureLayer::levelIndexFor(double zoom) const
{
    int wanted = int(levels.size()) - 1;
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (zoom <= levels[i].maxZoom) {
            wanted = int(i);
            break;
        }
    if (levels[std::size_t(wanted)].built)
        return wanted;
    // Not built yet (FullDetail::Later): the nearest finer level, else the nearest coarser.
    for (int i = wanted + 1; i < int(levels.size()); ++i)
        if (levels[std::size_t(i)].built)
            return i;
    for (int i = wanted - 1; i >= 0; --i)
        if (levels[std::size_t(i)].built)
            return i;
    return wanted;
}

const DetailLevel &FeatureLayer::levelFor(double zoom) const
{
    return levels[std::size_t(levelIndexFor(zoom))];
}

namespace {

// Simplified from the finest level down to the coarsest, each from the one before: a
// million-vertex layer is read in full once, not once per level. Returns the shapes of each
// simplified level, coarsest first, with the levels (not triangulated yet) in layer.levels and
// the full-detail level last.
std::vector<std::vector<MultiPolygon>> simplifyLevels(FeatureLayer &layer)
{
    std::vector<MultiPolygon> shapes;
    shapes.reserve(layer.features.size());
    for (const auto &feature : layer.features)
        shapes.push_back(feature.shape);
    std::vector<std::vector<MultiPolygon>> levelShapes;
    std::vector<double> levelZooms;
    for (auto zoom = std::rbegin(LevelZooms); zoom != std::rend(LevelZooms); ++zoom) {
        const double tolerance = TolerancePixels / WebMercator::pixelsPerWorld(*zoom);
        std::size_t kept = 0;
        for (auto &shape : shapes) {
            shape = simplify(shape, tolerance);
            kept += vertexCount(shape);
        }
        // A level that keeps nearly everything is not worth its memory: full detail instead.
        if (kept > layer.fullVertexCount * 8 / 10)
            continue;
        levelShapes.push_back(shapes);
        levelZooms.push_back(*zoom);
    }
    std::reverse(levelShapes.begin(), levelShapes.end());
    std::reverse(levelZooms.begin(), levelZooms.end());
    layer.levels.clear();
    for (double zoom : levelZooms) {
        DetailLevel level;
        level.maxZoom = zoom;
        layer.levels.push_back(std::move(level));
    }
    DetailLevel full;
    full.maxZoom = std::numeric_limits<double>::infinity();
    layer.levels.push_back(std::move(full));
    return levelShapes;
}

// Triangulates level `index` (the last one is full detail, from the features themselves).
void buildLevel(FeatureLayer &layer, std::size_t index, const std::vector<MultiPolygon> *shapes)
{
    DetailLevel &level = layer.levels[index];
    if (shapes)
        for (const auto &shape : *shapes)
            appendLevel(layer, level, shape, layer.fills);
    else
        for (const auto &feature : layer.features)
            appendLevel(layer, level, feature.shape, layer.fills);
    level.built = true;
}

void buildPendingLevels(FeatureLayer &layer)
{
    for (std::size_t i = 0; i < layer.levels.size(); ++i)
        if (!layer.levels[i].built)
            buildLevel(layer, i,
                       i + 1 < layer.levels.size() ? &(*layer.pendingShapes)[i] : nullptr);
    layer.pendingShapes.reset();
}

// The index refers to the features' shapes: built again for every copy of a layer.
void indexHits(FeatureLayer &layer)
{
    std::vector<const MultiPolygon *> outlines;
    outlines.reserve(layer.features.size());
    for (const auto &feature : layer.features)
        outlines.push_back(&feature.shape);
    layer.hits = HitIndex(outlines);
}

} // namespace

std::shared_ptr<const FeatureLayer> buildFeatureLayer(std::vector<MapFeature> features, bool fills,
                                                      FullDetail fullDetail,
                                                      const OpeningZoom &openingZoom)
{
    auto layer = std::make_shared<FeatureLayer>();
    layer->fills = fills;
    layer->features = std::move(features);
    for (auto &feature : layer->features) {
        feature.bounds = boundsOf(feature.shape);
        feature.area = areaOf(feature.shape);
        feature.labelAnchor = labelAnchorOf(feature.shape);
        layer->bounds =
            layer->bounds.isNull() ? feature.bounds : layer->bounds.united(feature.bounds);
        layer->fullVertexCount += vertexCount(feature.shape);
    }
    layer->origin = layer->bounds.topLeft();
    auto shapes =
        std::make_shared<const std::vector<std::vector<MultiPolygon>>>(simplifyLevels(*layer));
    layer->pendingShapes = shapes;
    if (fullDetail == FullDetail::Later) {
        // Only the level the opening view uses; buildPendingLevels() does the others later.
        const double zoom =
            openingZoom ? openingZoom(layer->bounds) : layer->levels.front().maxZoom;
        std::size_t opening = 0;
        while (opening + 1 < layer->levels.size() && zoom > layer->levels[opening].maxZoom)
            ++opening;
        buildLevel(*layer, opening,
                   opening + 1 < layer->levels.size() ? &(*shapes)[opening] : nullptr);
        if (layer->levels.size() == 1)
            layer->pendingShapes.reset(); // full detail was the only level
    } else {
        buildPendingLevels(*layer);
    }
    indexHits(*layer);
    return layer;
}

std::shared_ptr<const FeatureLayer> withAllLevels(const FeatureLayer &partial)
{
    auto layer = std::make_shared<FeatureLayer>(partial);
    if (layer->pendingShapes)
        buildPendingLevels(*layer);
    indexHits(*layer);
    return layer;
}

} // namespace stormcrew::map
