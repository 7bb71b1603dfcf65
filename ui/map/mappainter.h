#pragma once

#include "mapscene.h"

#include <QImage>

namespace stormcrew::map {

// Draws the map with QPainter, for Qt Quick's software backend (remote desktops without a GPU),
// which does not draw custom geometry nodes. Same layers, same order, same colours.
[[nodiscard]] QImage paintMap(const MapScene &scene, QSize pixels, qreal devicePixelRatio);

} // namespace stormcrew::map
