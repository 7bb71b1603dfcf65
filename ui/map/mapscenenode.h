#pragma once

#include "mapscene.h"

#include <QSGNode>

class QQuickWindow;
class QSGImageNode;
class QSGGeometryNode;
class QSGTextureProvider;

namespace stormcrew::map {

class PaletteNode;
class VectorLayerNode;

// The map in the OpenGL (RHI) scene graph: raster layers as textured quads; the territories and
// lines as one quad that colours the id texture through the palette (PaletteNode), the hovered
// and selected territory on top. Without an id texture (`ids` null: the bench's comparison with
// the former path) the polygon layers are vertex-coloured geometry recoloured in place.
class MapSceneNode : public QSGNode {
public:
    MapSceneNode();
    void sync(const MapScene &scene, QSizeF size, QSGTextureProvider *ids, QQuickWindow *window);

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
    QSGNode *m_paletteSlot;
    PaletteNode *m_palette = nullptr;
    VectorLayerNode *m_highlights;
};

} // namespace stormcrew::map
