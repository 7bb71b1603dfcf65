#pragma once

#include "mapscene.h"

#include <QSGNode>

class QQuickWindow;
class QSGImageNode;
class QSGGeometryNode;

namespace stormcrew::map {

class VectorLayerNode;

// The map in the OpenGL (RHI) scene graph: raster layers as textured quads, polygon layers as
// geometry uploaded once per level of detail, moved by their transform while panning and
// recoloured in place when the values change.
class MapSceneNode : public QSGNode {
public:
    MapSceneNode();
    void sync(const MapScene &scene, QQuickWindow *window);

private:
    void syncImage(QSGImageNode *&node, QSGNode *slot, const QImage &image, const QRectF &world,
                   quint64 version, quint64 &uploaded, const MapScene &scene, QQuickWindow *window);

    QSGNode *m_basemapSlot;
    QSGNode *m_overlaySlot;
    QSGImageNode *m_basemap = nullptr;
    QSGImageNode *m_overlay = nullptr;
    quint64 m_basemapVersion = 0, m_overlayVersion = 0;
    VectorLayerNode *m_boundaries;
    VectorLayerNode *m_states;
    VectorLayerNode *m_territories;
};

} // namespace stormcrew::map
