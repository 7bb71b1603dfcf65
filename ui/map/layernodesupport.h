#pragma once

#include <QSGVertexColorMaterial>

class QSGGeometry;
class QSGGeometryNode;
class QSGMaterial;
class QSGTransformNode;

namespace stormcrew::map {

struct DetailLevel;
struct FeatureLayer;
class MapViewport;

// What the territory layer's two drawing paths share: the colour path (VectorLayerNode) and
// the id texture of the palette path (IdLayerNode).

// Opaque fills: without blending, llvmpipe (and any GPU) writes each pixel once instead of
// reading it back, and a code in the id texture is never mixed with another territory's.
class OpaqueVertexColorMaterial : public QSGVertexColorMaterial {
public:
    OpaqueVertexColorMaterial() { setFlag(Blending, false); }
};

// A node that owns its geometry and material.
[[nodiscard]] QSGGeometryNode *geometryNode(QSGGeometry *geometry, QSGMaterial *material);

// Puts the layer's vertices, which are relative to its origin, on screen: the matrix is computed
// in double precision up to the final float one.
void placeLayer(QSGTransformNode &node, const FeatureLayer &layer, const MapViewport &viewport);

// The level's outlines as one-pixel lines, in the layer's coordinates.
[[nodiscard]] QSGGeometry *outlineGeometry(const DetailLevel &level);

} // namespace stormcrew::map
