#include "simplifier.h"

#include <cmath>

namespace stormcrew::map {

namespace {

double segmentDistanceSquared(QPointF p, QPointF a, QPointF b)
{
    double x = a.x(), y = a.y();
    const double dx = b.x() - x, dy = b.y() - y;
    if (dx != 0 || dy != 0) {
        const double t = ((p.x() - x) * dx + (p.y() - y) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
            x = b.x();
            y = b.y();
        } else if (t > 0) {
            x += dx * t;
            y += dy * t;
        }
    }
    const double ex = p.x() - x, ey = p.y() - y;
    return ex * ex + ey * ey;
}

// Marks the points to keep between first and last (iteratively, rings can be long).
void douglasPeucker(const std::vector<QPointF> &points, std::size_t first, std::size_t last,
                    double toleranceSquared, std::vector<char> &keep)
{
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = toleranceSquared;
        std::size_t index = 0;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = segmentDistanceSquared(points[i], points[a], points[b]);
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        if (index) {
            keep[index] = 1;
            stack.push_back({a, index});
            stack.push_back({index, b});
        }
    }
}

} // namespace

std::vector<QPointF> simplifyRing(const std::vector<QPointF> &ring, double tolerance)
{
    const std::size_t n = ring.size();
    if (n <= 4 || tolerance <= 0)
        return ring;
    // Anchor at the first point and the point farthest from it, so the ring keeps its extent.
    std::size_t far = 0;
    double farthest = -1;
    for (std::size_t i = 1; i < n; ++i) {
        const double dx = ring[i].x() - ring[0].x(), dy = ring[i].y() - ring[0].y();
        if (dx * dx + dy * dy > farthest) {
            farthest = dx * dx + dy * dy;
            far = i;
        }
    }
    std::vector<QPointF> closed = ring;
    closed.push_back(ring[0]);
    std::vector<char> keep(n + 1, 0);
    keep[0] = keep[far] = keep[n] = 1;
    const double t2 = tolerance * tolerance;
    douglasPeucker(closed, 0, far, t2, keep);
    douglasPeucker(closed, far, n, t2, keep);
    std::vector<QPointF> out;
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i])
            out.push_back(ring[i]);
    return out;
}

MultiPolygon simplify(const MultiPolygon &shape, double tolerance)
{
    MultiPolygon out;
    const Polygon *largest = nullptr;
    double largestArea = -1;
    for (const auto &polygon : shape) {
        const double area = areaOf(MultiPolygon{Polygon{{polygon.rings[0]}}});
        if (area > largestArea) {
            largestArea = area;
            largest = &polygon;
        }
        Polygon simplified;
        for (const auto &ring : polygon.rings) {
            auto reduced = simplifyRing(ring, tolerance);
            if (reduced.size() < 3) {
                if (simplified.rings.empty())
                    break; // the outer ring collapsed: drop the island with its holes
                continue;
            }
            simplified.rings.push_back(std::move(reduced));
        }
        if (!simplified.rings.empty())
            out.push_back(std::move(simplified));
    }
    if (out.empty() && largest)
        out.push_back(Polygon{{largest->rings[0]}});
    return out;
}

} // namespace stormcrew::map
