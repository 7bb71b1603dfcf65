#include "mappainter.h"

#include <QPainter>

namespace stormcrew::map {

namespace {

void drawLayer(QPainter &painter, const MapScene &scene, const FeatureLayer &layer,
               const std::vector<QRgb> *colours, const QColor &line)
{
    const MapViewport &view = scene.viewport;
    const QRectF visible = view.visibleWorld();
    const double s = view.pixelsPerWorld();
    const QPointF offset = view.toScreen(layer.origin);
    painter.save();
    painter.setTransform(QTransform(s, 0, 0, s, offset.x(), offset.y()), true);
    QPen pen(line, 1);
    pen.setCosmetic(true);
    painter.setPen(pen);
    const DetailLevel &level = layer.levelFor(view.zoom());
    for (std::size_t f = 0; f < layer.features.size(); ++f) {
        if (!layer.features[f].bounds.intersects(visible))
            continue;
        if (colours)
            painter.setBrush(QColor::fromRgba((*colours)[f]));
        else
            painter.setBrush(Qt::NoBrush);
        painter.drawPath(level.paths[f]);
    }
    painter.restore();
}

void drawHighlight(QPainter &painter, const MapScene &scene, int feature, const QColor &color,
                   bool filled, double width)
{
    const FeatureLayer &layer = *scene.territories;
    if (feature < 0 || std::size_t(feature) >= layer.features.size())
        return;
    const MapViewport &view = scene.viewport;
    const double s = view.pixelsPerWorld();
    const QPointF offset = view.toScreen(layer.origin);
    painter.save();
    painter.setTransform(QTransform(s, 0, 0, s, offset.x(), offset.y()), true);
    QPen pen(color, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    QColor fill = color;
    fill.setAlphaF(0.28f);
    painter.setBrush(filled ? QBrush(fill) : Qt::NoBrush);
    painter.drawPath(layer.levelFor(view.zoom()).paths[std::size_t(feature)]);
    painter.restore();
}

void drawImage(QPainter &painter, const MapScene &scene, const QImage &image, const QRectF &world)
{
    if (image.isNull())
        return;
    const QRectF target(scene.viewport.toScreen(world.topLeft()),
                        scene.viewport.toScreen(world.bottomRight()));
    painter.drawImage(target, image);
}

} // namespace

QImage paintMap(const MapScene &scene, QSize pixels, qreal devicePixelRatio)
{
    QImage image(pixels * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    drawImage(painter, scene, scene.basemap, scene.basemapWorld);
    if (scene.boundaries && scene.showBoundaries &&
        scene.viewport.zoom() >= MapScene::CountyLinesFromZoom)
        drawLayer(painter, scene, *scene.boundaries, nullptr, scene.boundaryColor);
    if (scene.states && scene.showBoundaries)
        drawLayer(painter, scene, *scene.states, nullptr, scene.stateColor);
    if (scene.territories) {
        drawLayer(painter, scene, *scene.territories, &scene.fillColours, scene.outlineColor);
        painter.setRenderHint(QPainter::Antialiasing);
        drawHighlight(painter, scene, scene.hovered, scene.hoverColor, true, 2);
        drawHighlight(painter, scene, scene.selected, scene.selectionColor, false, 3);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    drawImage(painter, scene, scene.overlay, scene.overlayWorld);
    return image;
}

} // namespace stormcrew::map
