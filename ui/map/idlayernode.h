#pragma once

#include "mapscene.h"

#include <QSGTransformNode>

class QSGGeometryNode;

namespace stormcrew::map {

// One polygon layer drawn as codes instead of colours, into the id texture (TerritoryIdItem):
// red + 256 * green is the pixel's palette entry (a territory's fill or a line, MapIds), and
// blue is 255 where a territory outline lies over it. No blending, no antialiasing: the palette
// quad (PaletteMaterial) reads the codes back exactly and colours them, so a recolour never
// draws these triangles again.
class IdLayerNode : public QSGTransformNode {
public:
    enum class Kind { Boundaries, States, Territories };
    explicit IdLayerNode(Kind kind);

    // Draws `layer` (or nothing) at the level of detail `viewport` uses.
    void sync(const std::shared_ptr<const FeatureLayer> &layer, const MapViewport &viewport);

    // The largest number of territories the red and green channels can tell apart.
    static constexpr std::size_t MaxTerritories = 65536 - 3;

private:
    void rebuild(const DetailLevel &level);

    Kind m_kind;
    const FeatureLayer *m_layer = nullptr;
    int m_level = -1;
};

// The codes, shared by the id layer, the palette (PaletteNode) and palette.frag: red + 256 *
// green is the palette entry; entry 0 (nothing drawn) is transparent.
struct MapIds {
    static constexpr int BoundaryLine = 1, StateLine = 2;
    static constexpr int FirstTerritoryEntry = 3; // then one entry per territory, in layer order
};

} // namespace stormcrew::map
