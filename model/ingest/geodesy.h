#pragma once

#include <ogr_api.h>

namespace stormcrew::geodesy {

// Measures on the WGS 84 ellipsoid (PROJ's geodesic routines, after Karney 2013), never in
// degrees. Geometries are lon/lat in WGS 84.

// Area in square kilometres of a polygon or multipolygon: outer rings minus holes. 0 for
// anything that is not polygonal.
[[nodiscard]] double areaKm2(OGRGeometryH polygonal);

// Length in kilometres of a line string or multi line string (also of the lines inside a
// geometry collection); 0 for points and polygons.
[[nodiscard]] double lengthKm(OGRGeometryH linear);

} // namespace stormcrew::geodesy
