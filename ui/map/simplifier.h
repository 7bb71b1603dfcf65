#pragma once

#include "mapgeometry.h"

namespace stormcrew::map {

// Douglas-Peucker simplification of polygon rings, for the map's levels of detail. `tolerance`
// is in world units. Holes and islands that collapse below three points are dropped, but a
// shape never vanishes: when every outer ring collapses, the largest is kept as it was.
[[nodiscard]] std::vector<QPointF> simplifyRing(const std::vector<QPointF> &ring, double tolerance);
[[nodiscard]] MultiPolygon simplify(const MultiPolygon &shape, double tolerance);

} // namespace stormcrew::map
