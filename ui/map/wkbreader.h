#pragma once

#include "mapgeometry.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace stormcrew::map {

// Reads a WGS 84 Polygon or MultiPolygon from (ISO or extended) WKB, as the store keeps
// territory outlines, into projected world units. Z and M values are dropped; a ring's
// closing point is removed. Returns nothing (and says why in `error`) for anything else.
[[nodiscard]] std::optional<MultiPolygon> readWkb(const QByteArray &wkb, QString *error = nullptr);

} // namespace stormcrew::map
