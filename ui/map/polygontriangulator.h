#pragma once

#include "mapgeometry.h"

namespace stormcrew::map {

// Triangulates polygons with holes by ear clipping: holes are bridged into the outer ring, ears
// are found through a z-order curve index, and self-touching or slightly invalid rings are cured
// locally or split, as in Mapbox's earcut (ISC licence), whose algorithm this follows.
// Appends to `out`: the rings' points as vertices, three indices per triangle.
void triangulate(const Polygon &polygon, Triangulation &out);
void triangulate(const MultiPolygon &shape, Triangulation &out);

} // namespace stormcrew::map
