#pragma once

#include "featurelayer.h"
#include "mapviewport.h"

#include <QColor>
#include <QImage>

#include <memory>
#include <vector>

namespace stormcrew::map {

// Everything one frame of the map shows. The item keeps it up to date on the GUI thread; the
// renderers (scene graph nodes for OpenGL, QPainter for the software backend) read it while the
// GUI thread waits for the render sync.
struct MapScene {
    MapViewport viewport;
    std::shared_ptr<const FeatureLayer> territories;
    std::shared_ptr<const FeatureLayer> boundaries; // county outlines
    std::shared_ptr<const FeatureLayer> states;     // state outlines, drawn stronger
    bool showBoundaries = true;
    // County lines only from this zoom on: across a whole country they are clutter, and the
    // cost of drawing them (under territories that hide most of them) buys nothing.
    static constexpr double CountyLinesFromZoom = 6.0;
    std::vector<QRgb> fillColours; // per territory
    quint64 colourVersion = 0;
    QColor outlineColor{Qt::white};
    QColor boundaryColor{Qt::gray};
    QColor stateColor{Qt::darkGray};
    QColor selectionColor{Qt::blue};
    QColor hoverColor{Qt::black};
    int selected = -1; // index into territories->features
    int hovered = -1;
    QImage basemap;
    QRectF basemapWorld;
    quint64 basemapVersion = 0;
    QImage overlay;
    QRectF overlayWorld;
    quint64 overlayVersion = 0;
};

} // namespace stormcrew::map
