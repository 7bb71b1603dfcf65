#pragma once

#include "mapscene.h"

#include <QSGTransformNode>

class QSGGeometryNode;

namespace stormcrew::map {

// One polygon layer in the scene graph: fills with per-vertex colours (one draw call for all
// territories), outlines as line segments, and the hovered and selected territory on top. With
// Parts::Highlights only the hovered and selected territory (the palette path draws the rest).
class VectorLayerNode : public QSGTransformNode {
public:
    enum class Parts { Outlines, FillsAndOutlines, Highlights };
    explicit VectorLayerNode(Parts parts);

    // colours: one per feature, or null for outlines only.
    void sync(const std::shared_ptr<const FeatureLayer> &layer, const MapViewport &viewport,
              const std::vector<QRgb> *colours, quint64 colourVersion, const QColor &lineColor,
              int hovered, const QColor &hoverColor, int selected, const QColor &selectionColor);

private:
    void rebuild(const DetailLevel &level);
    void recolour(const DetailLevel &level, const std::vector<QRgb> &colours);
    struct HighlightKey {
        int feature = -1, level = -1;
        double halfWidth = 0;
        QRgb color = 0;
        bool operator==(const HighlightKey &) const = default;
    };
    void syncHighlight(QSGGeometryNode *&fill, QSGGeometryNode *&outline, HighlightKey &current,
                       const HighlightKey &wanted, const DetailLevel &level, const QColor &color,
                       bool filled);

    bool m_fills;
    bool m_highlightsOnly;
    const FeatureLayer *m_layer = nullptr;
    int m_level = -1;
    quint64 m_colourVersion = ~quint64(0);
    QSGGeometryNode *m_fill = nullptr;
    QSGGeometryNode *m_lines = nullptr;
    QSGGeometryNode *m_hoverFill = nullptr, *m_hoverOutline = nullptr;
    QSGGeometryNode *m_selectionFill = nullptr, *m_selectionOutline = nullptr;
    HighlightKey m_hoverKey, m_selectionKey;
};

} // namespace stormcrew::map
