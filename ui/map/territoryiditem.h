#pragma once

#include "mapscene.h"

#include <QQuickItem>

namespace stormcrew::map {

class MapContentItem;

// The id texture of the OpenGL path: the territories' fills and the lines drawn as codes
// (IdLayerNode) into the item's own layer, never shown as it is. MapContentItem's palette quad
// samples the layer and colours it. Its nodes change only when the drawing's view, level of
// detail or layers change, so a recolour leaves the layer as it is.
class TerritoryIdItem : public QQuickItem {
    Q_OBJECT

public:
    TerritoryIdItem(const MapScene &scene, MapContentItem *content);

    // Turns the layer on (OpenGL) or off (software backend, which draws no custom geometry).
    void setLayered(bool layered);

    // More territories than the id texture's codes tell apart: the map then uses the
    // vertex-colour path rather than show two territories in one colour.
    [[nodiscard]] static bool tooManyTerritories(const MapScene &scene);

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;

private:
    const MapScene &m_scene;
    MapContentItem *m_content;
    bool m_layered = false;
};

} // namespace stormcrew::map
