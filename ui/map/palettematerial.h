#pragma once

#include <QColor>
#include <QPointer>
#include <QSGMaterial>
#include <QSGTextureProvider>

#include <memory>

namespace stormcrew::map {

// The territories' fills on screen: one quad that looks each pixel's territory up in the id
// texture (drawn once per view, see TerritoryIdItem) and takes its colour from the palette
// texture (one texel per territory and line kind). A recolour replaces only the palette.
class PaletteMaterial : public QSGMaterial {
public:
    PaletteMaterial();
    [[nodiscard]] QSGMaterialType *type() const override;
    [[nodiscard]] QSGMaterialShader *createShader(QSGRendererInterface::RenderMode) const override;
    [[nodiscard]] int compare(const QSGMaterial *other) const override;

    QPointer<QSGTextureProvider> ids;    // the id layer's texture (owned by its item)
    std::unique_ptr<QSGTexture> colours; // the palette
    int paletteWidth = 1, paletteRows = 1;
    QColor outline; // drawn over the entry's colour where the blue channel says outline
};

// Territory outlines into the id texture: writes only the blue channel (255: outline), so the
// fill's id below stays.
class IdOutlineMaterial : public QSGMaterial {
public:
    explicit IdOutlineMaterial(const QColor &code);
    [[nodiscard]] QSGMaterialType *type() const override;
    [[nodiscard]] QSGMaterialShader *createShader(QSGRendererInterface::RenderMode) const override;
    [[nodiscard]] int compare(const QSGMaterial *other) const override;

    QColor code;
};

} // namespace stormcrew::map
