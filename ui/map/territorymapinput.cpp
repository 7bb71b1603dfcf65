// TerritoryMap: pointer, wheel and keyboard input, hover and selection.
#include "territorymap.h"

#include <QKeyEvent>

namespace stormcrew::map {

// --- Selection and hover ----------------------------------------------------------------------

qint64 TerritoryMap::selectedTerritory() const
{
    return m_selectedId;
}

void TerritoryMap::setSelectedTerritory(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    m_scene.selected = indexOf(id);
    redraw();
    Q_EMIT selectionChanged();
}

QString TerritoryMap::selectedName() const
{
    return territoryName(m_selectedId);
}

void TerritoryMap::setSelectedIndex(int index, bool activated)
{
    const qint64 id = index < 0 ? -1 : m_scene.territories->features[std::size_t(index)].id;
    setSelectedTerritory(id);
    if (activated && id >= 0)
        Q_EMIT territoryActivated(id);
}

qint64 TerritoryMap::hoveredTerritory() const
{
    return m_scene.hovered < 0 ? -1
                               : m_scene.territories->features[std::size_t(m_scene.hovered)].id;
}

QString TerritoryMap::hoveredName() const
{
    return m_scene.hovered < 0 ? QString()
                               : m_scene.territories->features[std::size_t(m_scene.hovered)].name;
}

QString TerritoryMap::hoveredCode() const
{
    return m_scene.hovered < 0 ? QString()
                               : m_scene.territories->features[std::size_t(m_scene.hovered)].code;
}

QVariant TerritoryMap::hoveredValue() const
{
    const auto value = m_choropleth.valueOf(hoveredTerritory());
    return value ? QVariant(*value) : QVariant();
}

void TerritoryMap::setHovered(int index, QPointF position)
{
    m_hoverPosition = position;
    if (index != m_scene.hovered) {
        m_scene.hovered = index;
        redraw();
    }
    Q_EMIT hoverChanged();
}

// --- Input ------------------------------------------------------------------------------------

void TerritoryMap::keyPressEvent(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 0.5 : 0.125;
    const QPointF middle(width() / 2, height() / 2);
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(width() * step, 0);
        break;
    case Qt::Key_Right:
        panBy(-width() * step, 0);
        break;
    case Qt::Key_Up:
        panBy(0, height() * step);
        break;
    case Qt::Key_Down:
        panBy(0, -height() * step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(zoomLevel() + 1, middle);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAround(zoomLevel() - 1, middle);
        break;
    case Qt::Key_Home:
        fitToTerritories();
        break;
    case Qt::Key_Escape:
        if (m_selectedId < 0) {
            event->ignore();
            return;
        }
        setSelectedTerritory(-1);
        break;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        // Steps through the territories in code order, keeping the chosen one in view.
        const int count = territoryCount();
        if (count == 0)
            break;
        const int current = m_scene.selected;
        const int next =
            current < 0 ? (event->key() == Qt::Key_PageDown ? 0 : count - 1)
                        : (current + (event->key() == Qt::Key_PageDown ? 1 : -1) + count) % count;
        setSelectedIndex(next, true);
        const MapFeature &feature = m_scene.territories->features[std::size_t(next)];
        if (!m_scene.viewport.visibleWorld().contains(feature.labelAnchor)) {
            m_scene.viewport.setCenter(feature.labelAnchor);
            viewUpdated();
        }
        break;
    }
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void TerritoryMap::mousePressEvent(QMouseEvent *event)
{
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = m_lastDragPosition = event->position();
    forceActiveFocus(Qt::MouseFocusReason);
    event->accept();
}

void TerritoryMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPointF position = event->position();
    if (!m_dragging && (position - m_pressPosition).manhattanLength() > 4) {
        m_dragging = true;
        setKeepMouseGrab(true);
    }
    if (m_dragging) {
        panBy(position.x() - m_lastDragPosition.x(), position.y() - m_lastDragPosition.y());
        m_lastDragPosition = position;
    }
}

void TerritoryMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressed && !m_dragging && m_scene.territories)
        setSelectedIndex(
            m_scene.territories->hits.shapeAt(m_scene.viewport.toWorld(event->position())), true);
    m_pressed = m_dragging = false;
    setKeepMouseGrab(false);
}

void TerritoryMap::mouseUngrabEvent()
{
    m_pressed = m_dragging = false;
}

void TerritoryMap::hoverEnterEvent(QHoverEvent *event)
{
    // Qt also sends this when the window appears under a resting pointer: no highlight until the
    // pointer moves, so that a territory is not singled out by where the cursor happened to be.
    m_enterPosition = event->position();
}

void TerritoryMap::hoverMoveEvent(QHoverEvent *event)
{
    const QPointF position = event->position();
    if (position == m_enterPosition && m_scene.hovered < 0)
        return;
    setHovered(m_scene.territories
                   ? m_scene.territories->hits.shapeAt(m_scene.viewport.toWorld(position))
                   : -1,
               position);
}

void TerritoryMap::hoverLeaveEvent(QHoverEvent *)
{
    setHovered(-1, m_hoverPosition);
}

void TerritoryMap::wheelEvent(QWheelEvent *event)
{
    double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        steps = event->pixelDelta().y() / 100.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomAround(zoomLevel() + steps * 0.5, event->position());
    event->accept();
}

} // namespace stormcrew::map
