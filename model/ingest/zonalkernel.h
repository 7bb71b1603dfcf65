#pragma once

#include <functional>
#include <optional>
#include <vector>

namespace stormcrew::zonal {

// A point in a raster's pixel space: x is the column, y the row; pixel (c, r) is the unit square
// [c, c+1] x [r, r+1]. An affine geotransform maps areas proportionally, so fractions of pixel
// area computed here are fractions of ground area in the raster's CRS.
struct PixelPoint {
    double x = 0;
    double y = 0;
};

// One polygon in pixel space: the first ring is the exterior, the others are holes. Rings may
// be closed or open and wound either way; the kernel orients them itself.
struct PixelPolygon {
    std::vector<std::vector<PixelPoint>> rings;
};

// A territory: one or more polygons (a multipolygon's parts).
using PixelShape = std::vector<PixelPolygon>;

// How a pixel that the boundary cuts counts.
enum class Weighting {
    Exact,    // the exact fraction of the pixel's area inside the shape (0..1)
    CentreIn, // 1 when the pixel's centre is inside, else 0 (what GDAL's rasterize and
              // rasterio.features.geometry_mask do without all_touched)
};

// A rectangle of pixels: columns [col, col + cols), rows [row, row + rows).
struct PixelWindow {
    int col = 0;
    int row = 0;
    int cols = 0;
    int rows = 0;

    [[nodiscard]] bool isEmpty() const { return cols <= 0 || rows <= 0; }
};

// The pixels of a width x height raster that the shape's bounding box touches; empty when the
// shape lies outside the raster.
[[nodiscard]] PixelWindow touchedWindow(const PixelShape &shape, int width, int height);

// The shape's area in pixel units (holes subtracted), whatever the rings' winding.
[[nodiscard]] double pixelArea(const PixelShape &shape);

// Receives one row of the window at a time: weights[i] belongs to column window.col + i.
using CoverageRowVisitor = std::function<void(int row, const double *weights)>;

// Computes each pixel's weight in the window, row by row from top to bottom. Exact weighting
// integrates the boundary edge by edge (Green's theorem per row strip), so the cost grows with
// the window's area plus the number of boundary pixels, and interior pixels come out as 1.
void coverageRows(const PixelShape &shape, const PixelWindow &window, Weighting weighting,
                  const CoverageRowVisitor &visit);

// Weighted statistics of the valid pixels (not NaN, not nodata) a shape covers.
struct ZonalStatistics {
    double validWeight = 0;   // sum of the weights of valid pixels (pixel units)
    double shapeArea = 0;     // the shape's area (pixel units), the denominator of coverage
    double mean = 0;          // weighted mean; meaningless when validWeight is 0
    double fractionAbove = 0; // weighted share of valid area above the threshold
    double maximum = 0;       // largest valid value with a positive weight

    [[nodiscard]] bool hasValue() const { return validWeight > 0; }
    // Share of the shape's area covered by valid pixels, 0..1.
    [[nodiscard]] double coverage() const;
};

struct ZonalOptions {
    Weighting weighting = Weighting::Exact;
    std::optional<double> nodata;
    std::optional<double> threshold; // fractionAbove counts values strictly above it
};

// Accumulates weighted values row by row; the streaming half of zonal statistics.
class ZonalAccumulator {
public:
    explicit ZonalAccumulator(const ZonalOptions &options);

    void addRow(const double *values, const double *weights, int count);
    [[nodiscard]] ZonalStatistics result(double shapeArea) const;

private:
    std::optional<double> m_nodata;
    std::optional<double> m_threshold;
    double m_weight = 0;
    double m_weightedSum = 0;
    double m_weightAbove = 0;
    double m_maximum = 0;
    bool m_hasMaximum = false;
};

// Zonal statistics of a shape over a whole raster held in memory (row-major, width x height).
[[nodiscard]] ZonalStatistics zonalStatistics(const PixelShape &shape, const double *raster,
                                              int width, int height, const ZonalOptions &options);

} // namespace stormcrew::zonal
