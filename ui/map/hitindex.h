#pragma once

#include "mapgeometry.h"

#include <vector>

namespace stormcrew::map {

// Finds the shape under a point: a uniform grid over the shapes' boxes narrows the candidates,
// an even-odd point-in-polygon test over every ring (holes and islands included) decides.
// The shapes are referenced, not copied: they must outlive the index.
class HitIndex {
public:
    HitIndex() = default;
    explicit HitIndex(const std::vector<const MultiPolygon *> &shapes, int cellsAcross = 256);

    // The index of the shape containing the point (world units), or -1.
    [[nodiscard]] int shapeAt(QPointF point) const;

    [[nodiscard]] static bool contains(const MultiPolygon &shape, QPointF point);

private:
    [[nodiscard]] int cellOf(double v, double origin, double size, int count) const;

    std::vector<const MultiPolygon *> m_shapes;
    std::vector<QRectF> m_bounds;
    QRectF m_extent;
    int m_columns = 0, m_rows = 0;
    double m_cellWidth = 0, m_cellHeight = 0;
    std::vector<std::uint32_t> m_cellStart; // m_columns * m_rows + 1 offsets into m_entries
    std::vector<std::uint32_t> m_entries;
};

} // namespace stormcrew::map
