#pragma once

#include <QPointF>
#include <QRectF>

namespace stormcrew::map {

// Spherical Web Mercator (EPSG:3857) in normalised world units: x and y run from 0 to 1 across
// the world, x eastwards from 180° W, y southwards from 85.0511° N, as slippy-map tiles count.
// Exact closed-form formulas, no PROJ: the map only ever needs this one projection.
namespace WebMercator {

inline constexpr double MaxLatitude = 85.051128779806592; // atan(sinh(pi))
inline constexpr double EarthRadius = 6378137.0;          // metres, WGS 84 semi-major axis
inline constexpr double TileSize = 256.0;                 // pixels across the world at zoom 0

[[nodiscard]] QPointF project(double lon, double lat);
[[nodiscard]] QPointF unproject(QPointF world); // x = longitude, y = latitude

// Ground metres per world unit at a latitude (the scale factor of Mercator is 1 / cos(lat)).
[[nodiscard]] double metresPerWorldUnit(double lat);

// Metres in EPSG:3857 coordinates (what GDAL warps to) from world units and back.
[[nodiscard]] QPointF toEpsg3857(QPointF world);
[[nodiscard]] QPointF fromEpsg3857(QPointF metres);

// Pixels per world unit at a zoom level (zoom 0: the world is one 256-pixel tile).
[[nodiscard]] double pixelsPerWorld(double zoom);
[[nodiscard]] double zoomForPixelsPerWorld(double pixels);

} // namespace WebMercator
} // namespace stormcrew::map
