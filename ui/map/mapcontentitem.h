#pragma once

#include "mapscene.h"

#include <QQuickItem>

namespace stormcrew::map {

class TerritoryIdItem;

// What the map draws (basemap, outlines, territories, highlights, overlay), as a child item of
// TerritoryMap with a viewport of its own: the view it was last drawn for. While a pan or zoom
// gesture lasts, TerritoryMap moves and scales this item (through a plain parent item, its
// frame, created here) instead of drawing the map again; with
// OpenGL the item is a layer while the gesture lasts (one texture, shown as one quad), with the
// software backend it is already one image. When the gesture settles the item is drawn again
// for the current view.
class MapContentItem : public QQuickItem {
    Q_OBJECT

public:
    // `scene` is the map's; it outlives this item (its frame is a child of `parent`).
    MapContentItem(const MapScene &scene, QQuickItem *parent);

    [[nodiscard]] const MapViewport &viewport() const { return m_viewport; }
    // Draws again for `viewport`, unmoved and unscaled.
    void drawFor(const MapViewport &viewport);
    // Places the last drawing where it belongs in `current`: a translation and a scale.
    void follow(const MapViewport &current);
    // Draws again for the same view (colours, highlight, layers changed).
    void redraw();

    // Emitted after the first frame that draws territories, once per arm().
    void armShownSignal() { m_shownSignalPending = true; }

Q_SIGNALS:
    // The backend that draws: "opengl" or "software" (queued from the render thread).
    void renderPathFound(const QString &path);
    void territoriesShown();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;

private:
    void useRenderPath(const QString &path);
    // Keeps the drawing as one texture (OpenGL): during gestures, and always on the former path.
    void setLayered(bool layered);

    const MapScene &m_scene;
    MapViewport m_viewport;
    QQuickItem *m_frame;
    TerritoryIdItem *m_ids;
    // STORMCREW_MAP_VERTEX_COLOURS=1: the former OpenGL path (vertex colours rewritten and
    // every triangle drawn again on a recolour), for the bench's comparison.
    bool m_vertexColours;
    QString m_renderPath;
    bool m_shownSignalPending = false;
};

} // namespace stormcrew::map
