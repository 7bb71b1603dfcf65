#include "idlayernode.h"

#include "layernodesupport.h"
#include "palettematerial.h"

#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>

namespace stormcrew::map {

namespace {

QColor entryCode(int entry)
{
    return QColor(entry & 0xff, entry >> 8, 0, 255);
}

} // namespace

IdLayerNode::IdLayerNode(Kind kind) : m_kind(kind)
{}

void IdLayerNode::sync(const std::shared_ptr<const FeatureLayer> &layer,
                       const MapViewport &viewport)
{
    if (!layer) {
        removeAllChildNodes();
        m_layer = nullptr;
        m_level = -1;
        return;
    }
    placeLayer(*this, *layer, viewport); // as the colour path (VectorLayerNode) places it
    const int levelIndex = layer->levelIndexFor(viewport.zoom());
    if (layer.get() != m_layer || levelIndex != m_level) {
        m_layer = layer.get();
        m_level = levelIndex;
        rebuild(layer->levels[std::size_t(levelIndex)]);
    }
}

void IdLayerNode::rebuild(const DetailLevel &level)
{
    removeAllChildNodes();
    const int vertices = int(level.xy.size() / 2);
    if (m_kind == Kind::Territories) {
        auto *geometry =
            new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), vertices,
                            int(level.fillIndices.size()), QSGGeometry::UnsignedIntType);
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        auto *v = geometry->vertexDataAsColoredPoint2D();
        for (std::size_t f = 0; f < level.featureVertices.size(); ++f) {
            // At most MaxTerritories (TerritoryIdItem): the entry fits red and green.
            const std::size_t id = f + MapIds::FirstTerritoryEntry;
            const auto r = uchar(id & 0xff), g = uchar(id >> 8);
            const auto [begin, end] = level.featureVertices[f];
            for (std::uint32_t i = begin; i < end; ++i)
                v[i].set(level.xy[2 * i], level.xy[2 * i + 1], r, g, 0, 255);
        }
        std::copy(level.fillIndices.begin(), level.fillIndices.end(), geometry->indexDataAsUInt());
        appendChildNode(geometryNode(geometry, new OpaqueVertexColorMaterial));
    }
    QSGMaterial *material = nullptr;
    if (m_kind == Kind::Territories) {
        material = new IdOutlineMaterial(QColor(0, 0, 255, 255));
    } else {
        auto *flat = new QSGFlatColorMaterial;
        flat->setColor(
            entryCode(m_kind == Kind::States ? MapIds::StateLine : MapIds::BoundaryLine));
        material = flat;
    }
    appendChildNode(geometryNode(outlineGeometry(level), material));
}

} // namespace stormcrew::map
