#include "territoryiditem.h"

#include "idlayernode.h"
#include "mapcontentitem.h"

namespace stormcrew::map {

namespace {
class IdSceneNode : public QSGNode {
public:
    IdSceneNode()
        : boundaries(new IdLayerNode(IdLayerNode::Kind::Boundaries))
        , states(new IdLayerNode(IdLayerNode::Kind::States))
        , territories(new IdLayerNode(IdLayerNode::Kind::Territories))
    {
        // Bottom to top, as the colour path: county lines, state lines, territories.
        appendChildNode(boundaries);
        appendChildNode(states);
        appendChildNode(territories);
    }
    IdLayerNode *boundaries, *states, *territories;
};
} // namespace

TerritoryIdItem::TerritoryIdItem(const MapScene &scene, MapContentItem *content)
    : QQuickItem(content), m_scene(scene), m_content(content)
{
    setFlag(ItemHasContents);
    // Only the layer is used, through the palette quad; the item itself never shows.
    setOpacity(0);
}

void TerritoryIdItem::setLayered(bool layered)
{
    if (layered == m_layered)
        return;
    m_layered = layered;
    auto *layer = qvariant_cast<QObject *>(property("layer"));
    if (!layer)
        return;
    layer->setProperty("smooth", false);
    layer->setProperty("enabled", layered);
    update();
}

bool TerritoryIdItem::tooManyTerritories(const MapScene &scene)
{
    return scene.territories && scene.territories->features.size() > IdLayerNode::MaxTerritories;
}

QSGNode *TerritoryIdItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!m_layered || width() <= 0 || height() <= 0 || tooManyTerritories(m_scene)) {
        delete old;
        return nullptr;
    }
    auto *node = static_cast<IdSceneNode *>(old);
    if (!node)
        node = new IdSceneNode;
    const MapViewport &view = m_content->viewport();
    const bool counties = m_scene.showBoundaries && view.zoom() >= MapScene::CountyLinesFromZoom;
    node->boundaries->sync(counties ? m_scene.boundaries : nullptr, view);
    node->states->sync(m_scene.showBoundaries ? m_scene.states : nullptr, view);
    node->territories->sync(m_scene.territories, view);
    return node;
}

} // namespace stormcrew::map
