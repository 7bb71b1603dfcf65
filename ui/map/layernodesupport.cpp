#include "layernodesupport.h"

#include "featurelayer.h"
#include "mapviewport.h"

#include <QSGGeometryNode>
#include <QSGTransformNode>

#include <algorithm>

namespace stormcrew::map {

QSGGeometryNode *geometryNode(QSGGeometry *geometry, QSGMaterial *material)
{
    auto *node = new QSGGeometryNode;
    node->setGeometry(geometry);
    node->setMaterial(material);
    node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
    return node;
}

void placeLayer(QSGTransformNode &node, const FeatureLayer &layer, const MapViewport &viewport)
{
    const double s = viewport.pixelsPerWorld();
    const QPointF offset = viewport.toScreen(layer.origin);
    QMatrix4x4 m;
    m.translate(float(offset.x()), float(offset.y()));
    m.scale(float(s), float(s));
    if (node.matrix() != m)
        node.setMatrix(m);
}

QSGGeometry *outlineGeometry(const DetailLevel &level)
{
    const int vertices = int(level.xy.size() / 2);
    auto *lines = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), vertices,
                                  int(level.lineIndices.size()), QSGGeometry::UnsignedIntType);
    lines->setDrawingMode(QSGGeometry::DrawLines);
    lines->setLineWidth(1);
    auto *p = lines->vertexDataAsPoint2D();
    for (int i = 0; i < vertices; ++i)
        p[i].set(level.xy[2 * i], level.xy[2 * i + 1]);
    std::copy(level.lineIndices.begin(), level.lineIndices.end(), lines->indexDataAsUInt());
    return lines;
}

} // namespace stormcrew::map
