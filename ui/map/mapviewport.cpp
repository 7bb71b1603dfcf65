#include "mapviewport.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::map {

double MapViewport::pixelsPerWorld() const
{
    return WebMercator::pixelsPerWorld(m_zoom);
}

void MapViewport::setCenter(QPointF world)
{
    m_center = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
}

void MapViewport::setZoom(double zoom)
{
    if (std::isfinite(zoom))
        m_zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
}

QPointF MapViewport::toScreen(QPointF world) const
{
    const double s = pixelsPerWorld();
    return {(world.x() - m_center.x()) * s + m_size.width() / 2,
            (world.y() - m_center.y()) * s + m_size.height() / 2};
}

QPointF MapViewport::toWorld(QPointF screen) const
{
    const double s = pixelsPerWorld();
    return {(screen.x() - m_size.width() / 2) / s + m_center.x(),
            (screen.y() - m_size.height() / 2) / s + m_center.y()};
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(m_size.width(), m_size.height())));
}

void MapViewport::panBy(QPointF pixels)
{
    setCenter(m_center - pixels / pixelsPerWorld());
}

void MapViewport::zoomAround(double zoom, QPointF anchor)
{
    const QPointF world = toWorld(anchor);
    setZoom(zoom);
    // Put `world` back under the anchor.
    const QPointF moved = toScreen(world);
    panBy(anchor - moved);
}

void MapViewport::fit(const QRectF &world, double margin)
{
    if (world.isNull() || m_size.isEmpty())
        return;
    const double w = std::max(m_size.width() - 2 * margin, 16.0);
    const double h = std::max(m_size.height() - 2 * margin, 16.0);
    const double sx = w / std::max(world.width(), 1e-12), sy = h / std::max(world.height(), 1e-12);
    setZoom(WebMercator::zoomForPixelsPerWorld(std::min(sx, sy)));
    setCenter(world.center());
}

} // namespace stormcrew::map
