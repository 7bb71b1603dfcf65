#include "zonalkernel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stormcrew::zonal {

namespace {

// One boundary edge, oriented so that the exterior encloses positive area (see ringArea).
struct Edge {
    double x0, y0, x1, y1;
    int polygon;
};

// The ring's signed area as the line integral of x dy (Green's theorem); the exact kernel
// integrates the same form, so orienting rings by its sign keeps every weight positive.
double ringArea(const std::vector<PixelPoint> &ring)
{
    double area = 0;
    const size_t n = ring.size();
    for (size_t i = 0; i < n; ++i) {
        const PixelPoint &a = ring[i];
        const PixelPoint &b = ring[(i + 1) % n];
        area += 0.5 * (a.x + b.x) * (b.y - a.y);
    }
    return area;
}

std::vector<Edge> orientedEdges(const PixelShape &shape)
{
    std::vector<Edge> edges;
    for (size_t p = 0; p < shape.size(); ++p) {
        const auto &rings = shape[p].rings;
        for (size_t r = 0; r < rings.size(); ++r) {
            const auto &ring = rings[r];
            const size_t n = ring.size();
            if (n < 3)
                continue;
            const double area = ringArea(ring);
            // Exteriors count positive, holes negative.
            const bool reverse = (r == 0) ? area < 0 : area > 0;
            for (size_t i = 0; i < n; ++i) {
                PixelPoint a = ring[i];
                PixelPoint b = ring[(i + 1) % n];
                if (a.x == b.x && a.y == b.y)
                    continue; // includes the closing point of closed rings
                if (reverse)
                    std::swap(a, b);
                edges.push_back({a.x, a.y, b.x, b.y, int(p)});
            }
        }
    }
    return edges;
}

// Which edges reach into each row of the window: a compressed row index (CSR).
struct RowBuckets {
    std::vector<int> start; // rows + 1 offsets into edges
    std::vector<int> edges;
};

RowBuckets bucketByRow(const std::vector<Edge> &edges, const PixelWindow &window)
{
    RowBuckets buckets;
    buckets.start.assign(size_t(window.rows) + 1, 0);
    auto rowRange = [&](const Edge &e, int &first, int &last) {
        const double ymin = std::min(e.y0, e.y1);
        const double ymax = std::max(e.y0, e.y1);
        first = int(std::max(std::floor(ymin), double(window.row))) - window.row;
        last = int(std::min(std::ceil(ymax), double(window.row + window.rows))) - window.row;
    };
    for (const Edge &e : edges) {
        if (e.y0 == e.y1)
            continue; // horizontal edges add nothing to either weighting
        int first, last;
        rowRange(e, first, last);
        for (int r = first; r < last; ++r)
            ++buckets.start[size_t(r) + 1];
    }
    for (int r = 0; r < window.rows; ++r)
        buckets.start[size_t(r) + 1] += buckets.start[size_t(r)];
    buckets.edges.resize(size_t(buckets.start.back()));
    std::vector<int> fill(buckets.start.begin(), buckets.start.end() - 1);
    for (size_t i = 0; i < edges.size(); ++i) {
        const Edge &e = edges[i];
        if (e.y0 == e.y1)
            continue;
        int first, last;
        rowRange(e, first, last);
        for (int r = first; r < last; ++r)
            buckets.edges[size_t(fill[size_t(r)]++)] = int(i);
    }
    return buckets;
}

// Exact weights of one row strip [row, row+1]. A pixel's covered area is the boundary integral
// of clamp(x - col, 0, 1) dy: pieces of an edge inside column k add their partial share to k
// and a full dy to every column left of k, which `left` collects and a backward sum spreads.
void exactRow(const std::vector<Edge> &edges, const int *bucket, int bucketSize, int row,
              const PixelWindow &window, std::vector<double> &partial, std::vector<double> &left,
              double *weights)
{
    const int n = window.cols;
    const double c0 = window.col;
    const double cEnd = window.col + n;
    std::fill(partial.begin(), partial.end(), 0.0);
    std::fill(left.begin(), left.end(), 0.0);
    const double top = row;
    const double bottom = row + 1.0;
    for (int b = 0; b < bucketSize; ++b) {
        const Edge &e = edges[size_t(bucket[b])];
        const double ya = std::max(std::min(e.y0, e.y1), top);
        const double yb = std::min(std::max(e.y0, e.y1), bottom);
        if (!(ya < yb))
            continue;
        const double slope = (e.x1 - e.x0) / (e.y1 - e.y0);
        const double xa = e.x0 + (ya - e.y0) * slope;
        const double xb = e.x0 + (yb - e.y0) * slope;
        const double dy = (e.y1 > e.y0) ? (yb - ya) : (ya - yb);
        const double xl = std::min(xa, xb);
        const double xr = std::max(xa, xb);
        if (xr <= c0 && xl < c0)
            continue; // wholly left of the window: covers none of its pixels
        if (xl >= cEnd) {
            left[size_t(n)] += dy; // wholly right: every pixel of the row is left of it
            continue;
        }
        const double width = xr - xl;
        if (width == 0) {
            const double k = std::floor(xl);
            partial[size_t(k - c0)] += dy * (xl - k);
            left[size_t(k - c0)] += dy;
            continue;
        }
        const double kFirst = std::max(std::floor(xl), c0);
        const double kLast = std::min(std::floor(xr), cEnd - 1);
        for (double k = kFirst; k <= kLast; k += 1.0) {
            const double lo = std::max(xl, k);
            const double hi = std::min(xr, k + 1.0);
            if (!(hi > lo))
                continue;
            const double d = dy * ((hi - lo) / width);
            partial[size_t(k - c0)] += d * (0.5 * (lo + hi) - k);
            left[size_t(k - c0)] += d;
        }
        if (xr > cEnd)
            left[size_t(n)] += dy * ((xr - std::max(xl, cEnd)) / width);
    }
    double carried = 0;
    for (int j = n - 1; j >= 0; --j) {
        carried += left[size_t(j) + 1];
        weights[j] = std::clamp(partial[size_t(j)] + carried, 0.0, 1.0);
    }
}

// Centre-in weights of one row: even-odd filling per polygon at the row's centre line, with
// GDAL's rasterisation rule (centre in (xa, xb], edges spanning [ymin, ymax)).
void centreRow(const std::vector<Edge> &edges, const int *bucket, int bucketSize, int row,
               const PixelWindow &window, std::vector<std::pair<int, double>> &crossings,
               double *weights)
{
    std::fill(weights, weights + window.cols, 0.0);
    const double y = row + 0.5;
    crossings.clear();
    for (int b = 0; b < bucketSize; ++b) {
        const Edge &e = edges[size_t(bucket[b])];
        const double ymin = std::min(e.y0, e.y1);
        const double ymax = std::max(e.y0, e.y1);
        if (y < ymin || y >= ymax)
            continue;
        crossings.emplace_back(e.polygon, e.x0 + (y - e.y0) * (e.x1 - e.x0) / (e.y1 - e.y0));
    }
    std::sort(crossings.begin(), crossings.end());
    for (size_t i = 0; i + 1 < crossings.size(); i += 2) {
        if (crossings[i].first != crossings[i + 1].first) {
            --i; // an odd count for a polygon (degenerate ring): resynchronise on the next one
            continue;
        }
        const double from = std::floor(crossings[i].second + 0.5);
        const double to = std::floor(crossings[i + 1].second + 0.5);
        const double lo = std::max(from, double(window.col));
        const double hi = std::min(to, double(window.col + window.cols));
        for (double c = lo; c < hi; c += 1.0)
            weights[size_t(c - window.col)] = 1.0;
    }
}

} // namespace

PixelWindow touchedWindow(const PixelShape &shape, int width, int height)
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const PixelPolygon &polygon : shape) {
        for (const auto &ring : polygon.rings) {
            for (const PixelPoint &p : ring) {
                minX = std::min(minX, p.x);
                maxX = std::max(maxX, p.x);
                minY = std::min(minY, p.y);
                maxY = std::max(maxY, p.y);
            }
        }
    }
    if (!(minX < maxX) || !(minY < maxY) || maxX <= 0 || maxY <= 0 || minX >= width ||
        minY >= height)
        return {};
    const int col0 = int(std::max(std::floor(minX), 0.0));
    const int row0 = int(std::max(std::floor(minY), 0.0));
    const int col1 = int(std::min(std::ceil(maxX), double(width)));
    const int row1 = int(std::min(std::ceil(maxY), double(height)));
    return {col0, row0, col1 - col0, row1 - row0};
}

double pixelArea(const PixelShape &shape)
{
    double area = 0;
    for (const PixelPolygon &polygon : shape) {
        for (size_t r = 0; r < polygon.rings.size(); ++r) {
            const double ring = std::abs(ringArea(polygon.rings[r]));
            area += (r == 0) ? ring : -ring;
        }
    }
    return std::max(area, 0.0);
}

void coverageRows(const PixelShape &shape, const PixelWindow &window, Weighting weighting,
                  const CoverageRowVisitor &visit)
{
    if (window.isEmpty())
        return;
    const std::vector<Edge> edges = orientedEdges(shape);
    const RowBuckets buckets = bucketByRow(edges, window);
    std::vector<double> weights(size_t(window.cols));
    std::vector<double> partial(size_t(window.cols));
    std::vector<double> left(size_t(window.cols) + 1);
    std::vector<std::pair<int, double>> crossings;
    for (int r = 0; r < window.rows; ++r) {
        const int *bucket = buckets.edges.data() + buckets.start[size_t(r)];
        const int size = buckets.start[size_t(r) + 1] - buckets.start[size_t(r)];
        if (weighting == Weighting::Exact)
            exactRow(edges, bucket, size, window.row + r, window, partial, left, weights.data());
        else
            centreRow(edges, bucket, size, window.row + r, window, crossings, weights.data());
        visit(window.row + r, weights.data());
    }
}

double ZonalStatistics::coverage() const
{
    if (shapeArea <= 0)
        return 0;
    return std::clamp(validWeight / shapeArea, 0.0, 1.0);
}

ZonalAccumulator::ZonalAccumulator(const ZonalOptions &options)
    : m_nodata(options.nodata), m_threshold(options.threshold)
{}

void ZonalAccumulator::addRow(const double *values, const double *weights, int count)
{
    const bool hasNodata = m_nodata.has_value();
    const double nodata = m_nodata.value_or(0);
    const bool hasThreshold = m_threshold.has_value();
    const double threshold = m_threshold.value_or(0);
    for (int i = 0; i < count; ++i) {
        const double w = weights[i];
        if (w <= 0)
            continue;
        const double v = values[i];
        if (std::isnan(v) || (hasNodata && v == nodata))
            continue;
        m_weight += w;
        m_weightedSum += w * v;
        if (hasThreshold && v > threshold)
            m_weightAbove += w;
        if (!m_hasMaximum || v > m_maximum) {
            m_maximum = v;
            m_hasMaximum = true;
        }
    }
}

ZonalStatistics ZonalAccumulator::result(double shapeArea) const
{
    ZonalStatistics stats;
    stats.validWeight = m_weight;
    stats.shapeArea = shapeArea;
    if (m_weight > 0) {
        stats.mean = m_weightedSum / m_weight;
        stats.fractionAbove = m_weightAbove / m_weight;
        stats.maximum = m_maximum;
    }
    return stats;
}

ZonalStatistics zonalStatistics(const PixelShape &shape, const double *raster, int width,
                                int height, const ZonalOptions &options)
{
    const PixelWindow window = touchedWindow(shape, width, height);
    ZonalAccumulator accumulator(options);
    coverageRows(shape, window, options.weighting, [&](int row, const double *weights) {
        accumulator.addRow(raster + size_t(row) * size_t(width) + size_t(window.col), weights,
                           window.cols);
    });
    return accumulator.result(pixelArea(shape));
}

} // namespace stormcrew::zonal
