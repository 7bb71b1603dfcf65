#pragma once

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace stormcrew::map {

// A polygon's rings in world units (see WebMercator): the first is the outer boundary, the
// others are holes. Rings are not closed (the last point is not a copy of the first).
struct Polygon {
    std::vector<std::vector<QPointF>> rings;
};

// What a territory or a boundary feature is drawn and hit-tested from.
using MultiPolygon = std::vector<Polygon>;

// Triangles of a (multi)polygon: vertices and indices into them, three per triangle.
struct Triangulation {
    std::vector<QPointF> vertices;
    std::vector<std::uint32_t> indices;
};

[[nodiscard]] QRectF boundsOf(const MultiPolygon &shape);
[[nodiscard]] std::size_t vertexCount(const MultiPolygon &shape);
// Twice the signed area would need an orientation; this is the absolute area of outers minus holes.
[[nodiscard]] double areaOf(const MultiPolygon &shape);

} // namespace stormcrew::map
