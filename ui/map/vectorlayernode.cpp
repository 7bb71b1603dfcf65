#include "vectorlayernode.h"

#include "layernodesupport.h"

#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>

#include <cmath>

namespace stormcrew::map {

namespace {

QSGFlatColorMaterial *flatMaterial(const QColor &color)
{
    auto *material = new QSGFlatColorMaterial;
    material->setColor(color);
    return material;
}

void setFlatColor(QSGGeometryNode *node, const QColor &color)
{
    auto *material = static_cast<QSGFlatColorMaterial *>(node->material());
    if (material->color() != color) {
        material->setColor(color);
        node->markDirty(QSGNode::DirtyMaterial);
    }
}

void removeAndDelete(QSGNode *parent, QSGGeometryNode *&node)
{
    if (!node)
        return;
    parent->removeChildNode(node);
    delete node;
    node = nullptr;
}

} // namespace

VectorLayerNode::VectorLayerNode(Parts parts)
    : m_fills(parts != Parts::Outlines), m_highlightsOnly(parts == Parts::Highlights)
{}

void VectorLayerNode::sync(const std::shared_ptr<const FeatureLayer> &layer,
                           const MapViewport &viewport, const std::vector<QRgb> *colours,
                           quint64 colourVersion, const QColor &lineColor, int hovered,
                           const QColor &hoverColor, int selected, const QColor &selectionColor)
{
    if (!layer) {
        removeAllChildNodes();
        m_fill = m_lines = m_hoverFill = m_hoverOutline = nullptr;
        m_selectionFill = m_selectionOutline = nullptr;
        m_layer = nullptr;
        m_level = -1;
        m_hoverKey = m_selectionKey = {};
        return;
    }
    placeLayer(*this, *layer, viewport);
    const double s = viewport.pixelsPerWorld();
    const int levelIndex = layer->levelIndexFor(viewport.zoom());
    const DetailLevel &level = layer->levels[std::size_t(levelIndex)];
    if (layer.get() != m_layer || levelIndex != m_level) {
        m_layer = layer.get();
        m_level = levelIndex;
        if (!m_highlightsOnly)
            rebuild(level);
        m_colourVersion = ~quint64(0);
    }
    if (m_fill && colours && colourVersion != m_colourVersion &&
        colours->size() == layer->features.size()) {
        recolour(level, *colours);
        m_colourVersion = colourVersion;
    }
    if (m_lines)
        setFlatColor(m_lines, lineColor);

    const double halfWidth = 1.5 / s; // a 3-pixel outline
    syncHighlight(m_hoverFill, m_hoverOutline, m_hoverKey,
                  {hovered, levelIndex, halfWidth * 0.67, hoverColor.rgba()}, level, hoverColor,
                  true);
    syncHighlight(m_selectionFill, m_selectionOutline, m_selectionKey,
                  {selected, levelIndex, halfWidth, selectionColor.rgba()}, level, selectionColor,
                  false);
}

void VectorLayerNode::rebuild(const DetailLevel &level)
{
    removeAndDelete(this, m_fill);
    removeAndDelete(this, m_lines);
    const int vertices = int(level.xy.size() / 2);
    if (m_fills) {
        auto *geometry =
            new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), vertices,
                            int(level.fillIndices.size()), QSGGeometry::UnsignedIntType);
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        auto *v = geometry->vertexDataAsColoredPoint2D();
        for (int i = 0; i < vertices; ++i)
            v[i].set(level.xy[2 * i], level.xy[2 * i + 1], 128, 128, 128, 255);
        std::copy(level.fillIndices.begin(), level.fillIndices.end(), geometry->indexDataAsUInt());
        m_fill = geometryNode(geometry, new OpaqueVertexColorMaterial);
        prependChildNode(m_fill);
    }
    m_lines = geometryNode(outlineGeometry(level), flatMaterial(Qt::gray));
    if (m_fill)
        insertChildNodeAfter(m_lines, m_fill);
    else
        prependChildNode(m_lines);
}

void VectorLayerNode::recolour(const DetailLevel &level, const std::vector<QRgb> &colours)
{
    auto *v = m_fill->geometry()->vertexDataAsColoredPoint2D();
    for (std::size_t f = 0; f < colours.size(); ++f) {
        const QRgb c = colours[f];
        const auto r = uchar(qRed(c)), g = uchar(qGreen(c)), b = uchar(qBlue(c)),
                   a = uchar(qAlpha(c));
        const auto [begin, end] = level.featureVertices[f];
        for (std::uint32_t i = begin; i < end; ++i) {
            v[i].r = r;
            v[i].g = g;
            v[i].b = b;
            v[i].a = a;
        }
    }
    m_fill->markDirty(QSGNode::DirtyGeometry);
}

void VectorLayerNode::syncHighlight(QSGGeometryNode *&fill, QSGGeometryNode *&outline,
                                    HighlightKey &current, const HighlightKey &wanted,
                                    const DetailLevel &level, const QColor &color, bool filled)
{
    if (current == wanted && (wanted.feature < 0 || outline))
        return;
    current = wanted;
    removeAndDelete(this, fill);
    removeAndDelete(this, outline);
    if (wanted.feature < 0 || std::size_t(wanted.feature) >= level.featureLines.size())
        return;
    if (filled && m_fills) {
        const auto [begin, end] = level.featureFills[std::size_t(wanted.feature)];
        auto *geometry =
            new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), int(end - begin));
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        auto *p = geometry->vertexDataAsPoint2D();
        for (std::uint32_t i = begin; i < end; ++i) {
            const std::uint32_t v = level.fillIndices[i];
            p[i - begin].set(level.xy[2 * v], level.xy[2 * v + 1]);
        }
        QColor translucent = color;
        translucent.setAlphaF(0.28f);
        fill = geometryNode(geometry, flatMaterial(translucent));
        appendChildNode(fill);
    }
    // A wide outline: one quad (two triangles) per segment, widened in world units for this
    // zoom level; rebuilt only when the zoom, the level or the feature changes.
    const auto [begin, end] = level.featureLines[std::size_t(wanted.feature)];
    const int segments = int(end - begin) / 2;
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), segments * 6);
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    auto *p = geometry->vertexDataAsPoint2D();
    const double w = wanted.halfWidth;
    for (int s = 0; s < segments; ++s) {
        const std::uint32_t a = level.lineIndices[begin + 2 * s];
        const std::uint32_t b = level.lineIndices[begin + 2 * s + 1];
        const double ax = level.xy[2 * a], ay = level.xy[2 * a + 1];
        const double bx = level.xy[2 * b], by = level.xy[2 * b + 1];
        double dx = bx - ax, dy = by - ay;
        const double length = std::hypot(dx, dy);
        if (length > 0) {
            dx /= length;
            dy /= length;
        }
        // Extend each segment by the half width so that corners have no notch.
        const double nx = -dy * w, ny = dx * w, ex = dx * w, ey = dy * w;
        const float x0 = float(ax - ex + nx), y0 = float(ay - ey + ny);
        const float x1 = float(ax - ex - nx), y1 = float(ay - ey - ny);
        const float x2 = float(bx + ex + nx), y2 = float(by + ey + ny);
        const float x3 = float(bx + ex - nx), y3 = float(by + ey - ny);
        auto *q = p + 6 * s;
        q[0].set(x0, y0);
        q[1].set(x1, y1);
        q[2].set(x2, y2);
        q[3].set(x2, y2);
        q[4].set(x1, y1);
        q[5].set(x3, y3);
    }
    outline = geometryNode(geometry, flatMaterial(color));
    appendChildNode(outline);
}

} // namespace stormcrew::map
