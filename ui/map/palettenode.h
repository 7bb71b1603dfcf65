#pragma once

#include "mapscene.h"

#include <QSGGeometryNode>

class QQuickWindow;
class QSGTextureProvider;

namespace stormcrew::map {

class PaletteMaterial;

// The territories, their outlines and the boundary lines of the OpenGL path as one quad: the
// id texture (TerritoryIdItem's layer) coloured through the palette (PaletteMaterial). A
// recolour uploads the palette, one texel per territory, and nothing else.
class PaletteNode : public QSGGeometryNode {
public:
    PaletteNode();
    void sync(const MapScene &scene, QSizeF size, QSGTextureProvider *ids, QQuickWindow *window);
    // Brings the id layer up to date before the quad samples it.
    void preprocess() override;

private:
    PaletteMaterial *m_material;
    QSizeF m_size;
    quint64 m_colourVersion = ~quint64(0);
    const FeatureLayer *m_layer = nullptr;
    QRgb m_lines[3] = {};
};

} // namespace stormcrew::map
