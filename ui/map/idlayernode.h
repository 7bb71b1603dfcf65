#pragma once

#include "mapscene.h"

#include <QSGTransformNode>

class QSGGeometryNode;

namespace stormcrew::map {

// One polygon layer drawn as codes instead of colours, into the id texture (TerritoryIdItem):
// a territory's fill writes its index + 1 in red + 256 * green (blue 0), a line writes its kind
// in blue (MapIds). No blending, no antialiasing: the palette quad (PaletteMaterial) reads the
// codes back exactly and colours them, so a recolour never draws these triangles again.
class IdLayerNode : public QSGTransformNode {
public:
    enum class Kind { Boundaries, States, Territories };
    explicit IdLayerNode(Kind kind);

    // Draws `layer` (or nothing) at the level of detail `viewport` uses.
    void sync(const std::shared_ptr<const FeatureLayer> &layer, const MapViewport &viewport);

    // The largest number of territories the red and green channels can tell apart.
    static constexpr std::size_t MaxTerritories = 65535;

private:
    void rebuild(const DetailLevel &level);

    Kind m_kind;
    const FeatureLayer *m_layer = nullptr;
    int m_level = -1;
};

// The blue channel's codes, shared by the id layer and the palette shader (palette.frag).
struct MapIds {
    static constexpr int BoundaryLine = 1, StateLine = 2, Outline = 3;
    // Palette entries: the three line colours, then one per territory.
    static constexpr int FirstTerritoryEntry = 3;
};

} // namespace stormcrew::map
