#include "mapscenenode.h"

#include "vectorlayernode.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

namespace stormcrew::map {

MapSceneNode::MapSceneNode()
    : m_basemapSlot(new QSGNode)
    , m_overlaySlot(new QSGNode)
    , m_boundaries(new VectorLayerNode(false))
    , m_states(new VectorLayerNode(false))
    , m_territories(new VectorLayerNode(true))
{
    // Bottom to top: basemap raster, county and state outlines, territories, gust overlay.
    appendChildNode(m_basemapSlot);
    appendChildNode(m_boundaries);
    appendChildNode(m_states);
    appendChildNode(m_territories);
    appendChildNode(m_overlaySlot);
}

void MapSceneNode::syncImage(QSGImageNode *&node, QSGNode *slot, const QImage &image,
                             const QRectF &world, quint64 version, quint64 &uploaded,
                             const MapScene &scene, QQuickWindow *window)
{
    if (image.isNull()) {
        if (node) {
            slot->removeChildNode(node);
            delete node;
            node = nullptr;
        }
        return;
    }
    if (!node) {
        node = window->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
        slot->appendChildNode(node);
        uploaded = ~version;
    }
    if (uploaded != version) {
        node->setTexture(window->createTextureFromImage(image));
        uploaded = version;
    }
    const QRectF screen(scene.viewport.toScreen(world.topLeft()),
                        scene.viewport.toScreen(world.bottomRight()));
    if (node->rect() != screen)
        node->setRect(screen);
}

void MapSceneNode::sync(const MapScene &scene, QQuickWindow *window)
{
    syncImage(m_basemap, m_basemapSlot, scene.basemap, scene.basemapWorld, scene.basemapVersion,
              m_basemapVersion, scene, window);
    const bool counties =
        scene.showBoundaries && scene.viewport.zoom() >= MapScene::CountyLinesFromZoom;
    m_boundaries->sync(counties ? scene.boundaries : nullptr, scene.viewport, nullptr, 0,
                       scene.boundaryColor, -1, {}, -1, {});
    m_states->sync(scene.showBoundaries ? scene.states : nullptr, scene.viewport, nullptr, 0,
                   scene.stateColor, -1, {}, -1, {});
    m_territories->sync(scene.territories, scene.viewport, &scene.fillColours, scene.colourVersion,
                        scene.outlineColor, scene.hovered, scene.hoverColor, scene.selected,
                        scene.selectionColor);
    syncImage(m_overlay, m_overlaySlot, scene.overlay, scene.overlayWorld, scene.overlayVersion,
              m_overlayVersion, scene, window);
}

} // namespace stormcrew::map
