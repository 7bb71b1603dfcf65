#include "mapgeometry.h"

#include <cmath>
#include <limits>

namespace stormcrew::map {

namespace {
double ringArea(const std::vector<QPointF> &ring)
{
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return std::abs(sum) / 2;
}
} // namespace

QRectF boundsOf(const MultiPolygon &shape)
{
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const auto &polygon : shape)
        for (const auto &point :
             polygon.rings.empty() ? std::vector<QPointF>{} : polygon.rings[0]) {
            minX = std::min(minX, point.x());
            minY = std::min(minY, point.y());
            maxX = std::max(maxX, point.x());
            maxY = std::max(maxY, point.y());
        }
    if (minX > maxX)
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

std::size_t vertexCount(const MultiPolygon &shape)
{
    std::size_t count = 0;
    for (const auto &polygon : shape)
        for (const auto &ring : polygon.rings)
            count += ring.size();
    return count;
}

double areaOf(const MultiPolygon &shape)
{
    double area = 0;
    for (const auto &polygon : shape)
        for (std::size_t r = 0; r < polygon.rings.size(); ++r)
            if (polygon.rings[r].size() >= 3)
                area += (r == 0 ? 1 : -1) * ringArea(polygon.rings[r]);
    return area;
}

} // namespace stormcrew::map
