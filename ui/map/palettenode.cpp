#include "palettenode.h"

#include "idlayernode.h"
#include "palettematerial.h"

#include <QQuickWindow>
#include <QSGDynamicTexture>

namespace stormcrew::map {

namespace {
constexpr int PaletteWidth = 256;

QRgb premultiplied(QRgb c)
{
    return qPremultiply(c);
}
} // namespace

PaletteNode::PaletteNode() : m_material(new PaletteMaterial)
{
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 4);
    geometry->setDrawingMode(QSGGeometry::DrawTriangleStrip);
    setGeometry(geometry);
    setMaterial(m_material);
    setFlags(OwnsGeometry | OwnsMaterial | UsePreprocess);
}

void PaletteNode::preprocess()
{
    if (!m_material->ids)
        return;
    if (auto *layer = qobject_cast<QSGDynamicTexture *>(m_material->ids->texture()))
        layer->updateTexture();
}

void PaletteNode::sync(const MapScene &scene, QSizeF size, QSGTextureProvider *ids,
                       QQuickWindow *window)
{
    if (size != m_size) {
        m_size = size;
        QSGGeometry::updateTexturedRectGeometry(geometry(), QRectF(QPointF(0, 0), size),
                                                QRectF(0, 0, 1, 1));
        markDirty(DirtyGeometry);
    }
    if (ids != m_material->ids)
        m_material->ids = ids;

    const FeatureLayer *layer = scene.territories.get();
    const QRgb lines[3] = {scene.boundaryColor.rgba(), scene.stateColor.rgba(),
                           scene.outlineColor.rgba()};
    if (!m_material->colours || scene.colourVersion != m_colourVersion || layer != m_layer ||
        !std::equal(std::begin(lines), std::end(lines), std::begin(m_lines))) {
        m_colourVersion = scene.colourVersion;
        m_layer = layer;
        std::copy(std::begin(lines), std::end(lines), std::begin(m_lines));
        const std::size_t territories = layer ? layer->features.size() : 0;
        const std::size_t entries = MapIds::FirstTerritoryEntry + territories;
        const int rows = int((entries + PaletteWidth - 1) / PaletteWidth);
        QImage palette(PaletteWidth, rows, QImage::Format_ARGB32_Premultiplied);
        palette.fill(Qt::transparent);
        auto *texels = reinterpret_cast<QRgb *>(palette.bits());
        // Entry 0 (no code) stays transparent; the outline colour goes in as a uniform.
        texels[MapIds::BoundaryLine] = premultiplied(lines[0]);
        texels[MapIds::StateLine] = premultiplied(lines[1]);
        const bool coloured = scene.fillColours.size() == territories;
        for (std::size_t f = 0; f < territories; ++f)
            texels[MapIds::FirstTerritoryEntry + f] =
                premultiplied(coloured ? scene.fillColours[f] : qRgb(128, 128, 128));
        m_material->colours.reset(window->createTextureFromImage(palette));
        m_material->outline = scene.outlineColor;
        m_material->paletteWidth = PaletteWidth;
        m_material->paletteRows = rows;
    }
    // Every sync follows a change of the drawing (colours, highlight, view, layers): while a
    // gesture keeps the map as a layer, that layer must draw again, and this quad with it, even
    // when only the id texture changed.
    markDirty(DirtyMaterial);
}

} // namespace stormcrew::map
