#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace stormcrew::map {

// Where the map looks: a centre in world units, a zoom level and the size of the item in
// pixels. Pure arithmetic, shared by the item, its renderers and the tests.
class MapViewport {
public:
    static constexpr double MinimumZoom = 1.0;
    static constexpr double MaximumZoom = 14.0; // float vertices stay sub-pixel up to here

    [[nodiscard]] QPointF center() const { return m_center; }
    [[nodiscard]] double zoom() const { return m_zoom; }
    [[nodiscard]] QSizeF size() const { return m_size; }
    [[nodiscard]] double pixelsPerWorld() const;

    void setCenter(QPointF world);
    void setZoom(double zoom);
    void setSize(QSizeF size) { m_size = size; }

    [[nodiscard]] QPointF toScreen(QPointF world) const;
    [[nodiscard]] QPointF toWorld(QPointF screen) const;
    [[nodiscard]] QRectF visibleWorld() const;

    void panBy(QPointF pixels);
    // Zooms to `zoom` keeping the world point under `anchor` (pixels) where it is.
    void zoomAround(double zoom, QPointF anchor);
    // Shows the whole of `world` with a margin in pixels on every side.
    void fit(const QRectF &world, double margin);

private:
    QPointF m_center{0.5, 0.5};
    double m_zoom = 3;
    QSizeF m_size{256, 256};
};

} // namespace stormcrew::map
