#include "hitindex.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::map {

HitIndex::HitIndex(const std::vector<const MultiPolygon *> &shapes, int cellsAcross)
    : m_shapes(shapes)
{
    m_bounds.reserve(shapes.size());
    for (const MultiPolygon *shape : shapes) {
        m_bounds.push_back(boundsOf(*shape));
        m_extent = m_extent.isNull() ? m_bounds.back() : m_extent.united(m_bounds.back());
    }
    if (m_extent.isEmpty())
        return;
    const double aspect = m_extent.height() / m_extent.width();
    m_columns = cellsAcross;
    m_rows = std::clamp(int(std::ceil(cellsAcross * aspect)), 1, 4 * cellsAcross);
    m_cellWidth = m_extent.width() / m_columns;
    m_cellHeight = m_extent.height() / m_rows;

    // Two passes (count, then fill) into one flat array: compact and cache-friendly.
    std::vector<std::uint32_t> counts(std::size_t(m_columns) * m_rows + 1, 0);
    auto forCells = [this](const QRectF &box, auto &&visit) {
        const int x0 = cellOf(box.left(), m_extent.left(), m_cellWidth, m_columns);
        const int x1 = cellOf(box.right(), m_extent.left(), m_cellWidth, m_columns);
        const int y0 = cellOf(box.top(), m_extent.top(), m_cellHeight, m_rows);
        const int y1 = cellOf(box.bottom(), m_extent.top(), m_cellHeight, m_rows);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                visit(std::size_t(y) * m_columns + x);
    };
    for (const QRectF &box : m_bounds)
        forCells(box, [&](std::size_t cell) { ++counts[cell + 1]; });
    for (std::size_t i = 1; i < counts.size(); ++i)
        counts[i] += counts[i - 1];
    m_cellStart = counts;
    m_entries.resize(counts.back());
    for (std::uint32_t s = 0; s < m_bounds.size(); ++s)
        forCells(m_bounds[s], [&](std::size_t cell) { m_entries[counts[cell]++] = s; });
}

int HitIndex::cellOf(double v, double origin, double size, int count) const
{
    return std::clamp(int((v - origin) / size), 0, count - 1);
}

bool HitIndex::contains(const MultiPolygon &shape, QPointF point)
{
    bool inside = false;
    const double px = point.x(), py = point.y();
    for (const auto &polygon : shape)
        for (const auto &ring : polygon.rings)
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const QPointF &a = ring[i], &b = ring[j];
                if ((a.y() > py) != (b.y() > py) &&
                    px < (b.x() - a.x()) * (py - a.y()) / (b.y() - a.y()) + a.x())
                    inside = !inside;
            }
    return inside;
}

int HitIndex::shapeAt(QPointF point) const
{
    if (m_columns == 0 || !m_extent.contains(point))
        return -1;
    const int x = cellOf(point.x(), m_extent.left(), m_cellWidth, m_columns);
    const int y = cellOf(point.y(), m_extent.top(), m_cellHeight, m_rows);
    const std::size_t cell = std::size_t(y) * m_columns + x;
    for (std::uint32_t e = m_cellStart[cell]; e < m_cellStart[cell + 1]; ++e) {
        const std::uint32_t s = m_entries[e];
        if (m_bounds[s].contains(point) && contains(*m_shapes[s], point))
            return int(s);
    }
    return -1;
}

} // namespace stormcrew::map
