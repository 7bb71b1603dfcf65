// TerritoryMap: what the layers show: the choropleth's values and palette, colours, rasters.
#include "territorymap.h"

#include "maplogging.h"
#include "rasterlayer.h"

namespace stormcrew::map {

// --- Values -----------------------------------------------------------------------------------

void TerritoryMap::setValues(const QVariantMap &idToValue)
{
    QHash<qint64, double> values;
    values.reserve(idToValue.size());
    for (auto it = idToValue.constBegin(); it != idToValue.constEnd(); ++it) {
        bool idOk = false, valueOk = false;
        const qint64 id = it.key().toLongLong(&idOk);
        const double value = it.value().toDouble(&valueOk);
        if (idOk && valueOk && !it.value().isNull())
            values.insert(id, value);
    }
    m_choropleth.setValues(std::move(values));
    applyColours();
    Q_EMIT valuesChanged();
    Q_EMIT hoverChanged();
    m_labelTimer.start();
}

void TerritoryMap::clearValues()
{
    setValues({});
}

void TerritoryMap::setValueRange(double minimum, double maximum)
{
    m_choropleth.setRange(minimum, maximum);
    applyColours();
    Q_EMIT valuesChanged();
}

void TerritoryMap::setValuePalette(Palette palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    m_choropleth.setRamp(palette == Palette::Viridis       ? ColorRamp::Name::Viridis
                         : palette == Palette::Cividis     ? ColorRamp::Name::Cividis
                         : palette == Palette::Categorical ? ColorRamp::Name::Categories
                                                           : ColorRamp::Name::PurpleOrange);
    applyColours();
    Q_EMIT valuesChanged();
}

QList<QColor> TerritoryMap::paletteColors() const
{
    return m_choropleth.ramp().samples(9);
}

void TerritoryMap::applyColours()
{
    if (m_scene.territories)
        m_scene.fillColours = m_choropleth.colours(*m_scene.territories, m_neutralColor.rgba());
    else
        m_scene.fillColours.clear();
    ++m_scene.colourVersion;
    redraw();
}

// --- Colours ----------------------------------------------------------------------------------

void TerritoryMap::setNeutralColor(const QColor &color)
{
    if (color == m_neutralColor)
        return;
    m_neutralColor = color;
    applyColours();
    Q_EMIT coloursChanged();
}

#define STORMCREW_MAP_COLOUR_SETTER(Setter, member)                                                \
    void TerritoryMap::Setter(const QColor &color)                                                 \
    {                                                                                              \
        if (color == m_scene.member)                                                               \
            return;                                                                                \
        m_scene.member = color;                                                                    \
        redraw();                                                                                  \
        Q_EMIT coloursChanged();                                                                   \
    }
STORMCREW_MAP_COLOUR_SETTER(setOutlineColor, outlineColor)
STORMCREW_MAP_COLOUR_SETTER(setBoundaryColor, boundaryColor)
STORMCREW_MAP_COLOUR_SETTER(setStateColor, stateColor)
STORMCREW_MAP_COLOUR_SETTER(setSelectionColor, selectionColor)
STORMCREW_MAP_COLOUR_SETTER(setHoverColor, hoverColor)
#undef STORMCREW_MAP_COLOUR_SETTER

// --- Rasters ----------------------------------------------------------------------------------

QString TerritoryMap::basemapSource() const
{
    return m_basemap->path();
}

void TerritoryMap::setBasemapSource(const QString &path)
{
    if (path == m_basemap->path())
        return;
    m_basemap->setPath(path);
    m_scene.showBoundaries = true;
    Q_EMIT basemapChanged();
}

QString TerritoryMap::basemapError() const
{
    return m_basemap->error();
}

QString TerritoryMap::overlaySource() const
{
    return m_overlay->path();
}

void TerritoryMap::setOverlaySource(const QString &path)
{
    if (path == m_overlay->path())
        return;
    m_overlay->setPath(path);
    Q_EMIT overlayChanged();
}

QString TerritoryMap::overlayError() const
{
    return m_overlay->error();
}

bool TerritoryMap::overlayReady() const
{
    return m_overlay->isReady();
}

void TerritoryMap::setOverlayOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_overlayOpacity)
        return;
    m_overlayOpacity = opacity;
    applyOverlayStyling();
    Q_EMIT overlayChanged();
}

void TerritoryMap::applyOverlayStyling()
{
    RasterSource::Styling gust;
    gust.ramped = true;
    gust.opacity = m_overlayOpacity;
    gust.minimum = m_overlayMinimum;
    gust.maximum = m_overlayMaximum;
    m_overlay->setStyling(gust);
}

QVariant TerritoryMap::overlayGrid() const
{
    return m_overlay->grid() ? QVariant::fromValue(m_overlay->grid()) : QVariant();
}

void TerritoryMap::setOverlayGrid(const QVariant &grid)
{
    const auto shared = grid.value<SharedWeatherGrid>();
    if (shared == m_overlay->grid())
        return;
    m_overlay->setGrid(shared);
    Q_EMIT overlayChanged();
}

void TerritoryMap::setOverlayRange(double minimum, double maximum)
{
    if ((minimum == m_overlayMinimum || (qIsNaN(minimum) && qIsNaN(m_overlayMinimum))) &&
        (maximum == m_overlayMaximum || (qIsNaN(maximum) && qIsNaN(m_overlayMaximum))))
        return;
    m_overlayMinimum = minimum;
    m_overlayMaximum = maximum;
    applyOverlayStyling();
    Q_EMIT overlayChanged();
}

double TerritoryMap::overlayMinimum() const
{
    return qIsNaN(m_overlayMinimum) ? m_overlay->bandMinimum() : m_overlayMinimum;
}

double TerritoryMap::overlayMaximum() const
{
    return qIsNaN(m_overlayMaximum) ? m_overlay->bandMaximum() : m_overlayMaximum;
}

QString TerritoryMap::overlayUnit() const
{
    return m_overlay->unit();
}

QList<QColor> TerritoryMap::overlayColors() const
{
    return ColorRamp(ColorRamp::Name::YellowOrangeRed).samples(9);
}

} // namespace stormcrew::map
