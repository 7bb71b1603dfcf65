#include "palettematerial.h"

#include <QSGMaterialShader>
#include <QSGTexture>

#include <cstring>

namespace stormcrew::map {

namespace {

class PaletteShader : public QSGMaterialShader {
public:
    PaletteShader()
    {
        setShaderFileName(VertexStage, QStringLiteral(":/stormcrew/map/shaders/palette.vert.qsb"));
        setShaderFileName(FragmentStage,
                          QStringLiteral(":/stormcrew/map/shaders/palette.frag.qsb"));
    }

    bool updateUniformData(RenderState &state, QSGMaterial *newMaterial, QSGMaterial *) override
    {
        QByteArray *buffer = state.uniformData();
        Q_ASSERT(buffer->size() >= 100);
        if (state.isMatrixDirty()) {
            const QMatrix4x4 m = state.combinedMatrix();
            std::memcpy(buffer->data(), m.constData(), 64);
        }
        // std140: mat4 at 0, vec4 outlineColour at 64, vec4 paletteMap at 80, qt_Opacity at 96
        // (palette.frag). A code c / 255 in red (green) is the palette's column (row) c, whose
        // centre is at (c + 0.5) / width (rows).
        const auto *material = static_cast<PaletteMaterial *>(newMaterial);
        const QColor &o = material->outline;
        const float a = o.alphaF();
        const float w = float(material->paletteWidth), h = float(material->paletteRows);
        const float values[9] = {o.redF() * a,   o.greenF() * a, o.blueF() * a, a,
                                 255.0f / w,     255.0f / h,     0.5f / w,      0.5f / h,
                                 state.opacity()};
        std::memcpy(buffer->data() + 64, values, sizeof values);
        return true;
    }

    void updateSampledImage(RenderState &state, int binding, QSGTexture **texture,
                            QSGMaterial *newMaterial, QSGMaterial *) override
    {
        auto *material = static_cast<PaletteMaterial *>(newMaterial);
        QSGTexture *t = nullptr;
        if (binding == 1 && material->ids)
            t = material->ids->texture();
        else if (binding == 2)
            t = material->colours.get();
        if (t) {
            // Ids are codes, not colours: never blended between texels.
            t->setFiltering(QSGTexture::Nearest);
            t->setMipmapFiltering(QSGTexture::None);
            // Uploads a new palette (the layer's texture is drawn, not uploaded).
            t->commitTextureOperations(state.rhi(), state.resourceUpdateBatch());
        }
        *texture = t;
    }
};

class IdOutlineShader : public QSGMaterialShader {
public:
    IdOutlineShader()
    {
        setShaderFileName(VertexStage, QStringLiteral(":/stormcrew/map/shaders/idline.vert.qsb"));
        setShaderFileName(FragmentStage, QStringLiteral(":/stormcrew/map/shaders/idline.frag.qsb"));
        setFlag(UpdatesGraphicsPipelineState);
    }

    bool updateUniformData(RenderState &state, QSGMaterial *newMaterial, QSGMaterial *) override
    {
        QByteArray *buffer = state.uniformData();
        Q_ASSERT(buffer->size() >= 80);
        if (state.isMatrixDirty()) {
            const QMatrix4x4 m = state.combinedMatrix();
            std::memcpy(buffer->data(), m.constData(), 64);
        }
        const QColor &c = static_cast<IdOutlineMaterial *>(newMaterial)->code;
        const float colour[4] = {c.redF(), c.greenF(), c.blueF(), c.alphaF()};
        std::memcpy(buffer->data() + 64, colour, sizeof colour);
        return true;
    }

    bool updateGraphicsPipelineState(RenderState &, GraphicsPipelineState *ps, QSGMaterial *,
                                     QSGMaterial *) override
    {
        ps->blendEnable = false;
        ps->colorWrite = GraphicsPipelineState::B;
        return true;
    }
};

} // namespace

PaletteMaterial::PaletteMaterial()
{
    setFlag(Blending, true);
}

QSGMaterialType *PaletteMaterial::type() const
{
    static QSGMaterialType type;
    return &type;
}

QSGMaterialShader *PaletteMaterial::createShader(QSGRendererInterface::RenderMode) const
{
    return new PaletteShader;
}

int PaletteMaterial::compare(const QSGMaterial *other) const
{
    const auto *o = static_cast<const PaletteMaterial *>(other);
    if (ids != o->ids)
        return ids.data() < o->ids.data() ? -1 : 1;
    if (colours != o->colours)
        return colours.get() < o->colours.get() ? -1 : 1;
    return 0;
}

IdOutlineMaterial::IdOutlineMaterial(const QColor &code) : code(code)
{
    // In the renderer's blended pass, drawn after (over) the opaque fills in stacking order; the
    // pipeline state then turns blending off and masks every channel but blue.
    setFlag(Blending, true);
}

QSGMaterialType *IdOutlineMaterial::type() const
{
    static QSGMaterialType type;
    return &type;
}

QSGMaterialShader *IdOutlineMaterial::createShader(QSGRendererInterface::RenderMode) const
{
    return new IdOutlineShader;
}

int IdOutlineMaterial::compare(const QSGMaterial *other) const
{
    const auto *o = static_cast<const IdOutlineMaterial *>(other);
    return code == o->code ? 0 : (code.rgba() < o->code.rgba() ? -1 : 1);
}

} // namespace stormcrew::map
