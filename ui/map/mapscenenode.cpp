#include "mapscenenode.h"

#include "palettenode.h"
#include "vectorlayernode.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

namespace stormcrew::map {

MapSceneNode::MapSceneNode()
    : m_basemapSlot(new QSGNode)
    , m_overlaySlot(new QSGNode)
    , m_boundaries(new VectorLayerNode(VectorLayerNode::Parts::Outlines))
    , m_states(new VectorLayerNode(VectorLayerNode::Parts::Outlines))
    , m_territories(new VectorLayerNode(VectorLayerNode::Parts::FillsAndOutlines))
    , m_paletteSlot(new QSGNode)
    , m_highlights(new VectorLayerNode(VectorLayerNode::Parts::Highlights))
{
    // Bottom to top: basemap raster, county and state outlines, territories (vertex colours, or
    // the palette quad that holds all three), hover and selection, gust overlay.
    appendChildNode(m_basemapSlot);
    appendChildNode(m_boundaries);
    appendChildNode(m_states);
    appendChildNode(m_territories);
    appendChildNode(m_paletteSlot);
    appendChildNode(m_highlights);
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

void MapSceneNode::sync(const MapScene &scene, QSizeF size, QSGTextureProvider *ids,
                        QQuickWindow *window)
{
    syncImage(m_basemap, m_basemapSlot, scene.basemap, scene.basemapWorld, scene.basemapVersion,
              m_basemapVersion, scene, window);
    const bool vertexColours = ids == nullptr;
    const bool counties =
        scene.showBoundaries && scene.viewport.zoom() >= MapScene::CountyLinesFromZoom;
    const std::shared_ptr<const FeatureLayer> none;
    m_boundaries->sync(vertexColours && counties ? scene.boundaries : none, scene.viewport, nullptr,
                       0, scene.boundaryColor, -1, {}, -1, {});
    m_states->sync(vertexColours && scene.showBoundaries ? scene.states : none, scene.viewport,
                   nullptr, 0, scene.stateColor, -1, {}, -1, {});
    m_territories->sync(vertexColours ? scene.territories : none, scene.viewport,
                        &scene.fillColours, scene.colourVersion, scene.outlineColor, scene.hovered,
                        scene.hoverColor, scene.selected, scene.selectionColor);
    if (vertexColours) {
        if (m_palette) {
            m_paletteSlot->removeChildNode(m_palette);
            delete m_palette;
            m_palette = nullptr;
        }
    } else {
        if (!m_palette) {
            m_palette = new PaletteNode;
            m_paletteSlot->appendChildNode(m_palette);
        }
        m_palette->sync(scene, size, ids, window);
    }
    m_highlights->sync(vertexColours ? none : scene.territories, scene.viewport, nullptr, 0,
                       scene.outlineColor, scene.hovered, scene.hoverColor, scene.selected,
                       scene.selectionColor);
    syncImage(m_overlay, m_overlaySlot, scene.overlay, scene.overlayWorld, scene.overlayVersion,
              m_overlayVersion, scene, window);
}

} // namespace stormcrew::map
