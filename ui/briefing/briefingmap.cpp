#include "briefingmap.h"

#include "colorramp.h"
#include "featureloader.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stormcrew::briefing {

namespace {

const QString kStates = QStringLiteral(":/qt/qml/Stormcrew/map/us_states.geojson");
// The light theme's map colours (Theme.qml): paper is light whatever the screen shows.
const QColor kBackground(0xdf, 0xe6, 0xec);
const QColor kLand(0xf4, 0xf6, 0xf8);
const QColor kNeutral(0xbc, 0xc7, 0xd1);
const QColor kOutline(0xff, 0xff, 0xff);
const QColor kState(0x7a, 0x87, 0x94);
const QColor kText(0x1f, 0x23, 0x28);

QPainterPath pathOf(const map::MultiPolygon &shape, const QTransform &toDevice)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const map::Polygon &polygon : shape)
        for (const auto &ring : polygon.rings) {
            if (ring.size() < 3)
                continue;
            QPolygonF device;
            device.reserve(qsizetype(ring.size()) + 1);
            for (const QPointF &p : ring)
                device << toDevice.map(p);
            device << device.constFirst();
            path.addPolygon(device);
        }
    return path;
}

QColor colourOf(double value, double maximum)
{
    static const map::ColorRamp ramp(map::ColorRamp::Name::Viridis);
    return ramp.at(std::clamp(value / std::max(1.0, maximum), 0.0, 1.0));
}

} // namespace

Result<BriefingMap> BriefingMap::load(const QString &storePath)
{
    auto territories = map::FeatureLoader::territories(storePath);
    if (!territories)
        return territories.error();
    if (territories.value().empty())
        return Error{tr("has no territories to draw on the briefing's map; import territories "
                        "first"),
                     storePath,
                     0,
                     {}};
    BriefingMap result;
    // The map's own layer building gives each territory its bounds and a label point inside it.
    const auto layer = map::buildFeatureLayer(std::move(territories).value(), false);
    result.m_territories = layer->features;
    result.m_bounds = layer->bounds;
    // The states give the territories their setting; without them the map still stands.
    const QRectF near = result.m_bounds.adjusted(-0.01, -0.01, 0.01, 0.01);
    if (auto states = map::FeatureLoader::vectorFile(kStates))
        for (map::MapFeature &f : states.value())
            if (map::boundsOf(f.shape).intersects(near))
                result.m_states.push_back(std::move(f));
    return result;
}

void BriefingMap::paint(QPainter &painter, const QRectF &area, const QHash<qint64, double> &values,
                        double maximum, const QList<qint64> &labelled) const
{
    painter.save();
    painter.setClipRect(area);
    painter.fillRect(area, kBackground);
    if (!(m_bounds.width() > 0 && m_bounds.height() > 0)) {
        painter.restore();
        return;
    }
    // World units are conformal (Web Mercator): one scale for x and y keeps the shapes true.
    const QRectF world = m_bounds.adjusted(-0.04 * m_bounds.width(), -0.04 * m_bounds.height(),
                                           0.04 * m_bounds.width(), 0.04 * m_bounds.height());
    const double scale = std::min(area.width() / world.width(), area.height() / world.height());
    QTransform toDevice;
    toDevice.translate(area.center().x(), area.center().y());
    toDevice.scale(scale, scale);
    toDevice.translate(-world.center().x(), -world.center().y());
    const double unit = area.width() / 800.0; // line widths follow the map's size

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kLand);
    for (const map::MapFeature &state : m_states)
        painter.drawPath(pathOf(state.shape, toDevice));

    painter.setPen(QPen(kOutline, 0.6 * unit));
    for (const map::MapFeature &t : m_territories) {
        const auto value = values.constFind(t.id);
        painter.setBrush(value == values.constEnd() || !std::isfinite(*value)
                             ? kNeutral
                             : colourOf(*value, maximum));
        painter.drawPath(pathOf(t.shape, toDevice));
    }

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kState, 1.4 * unit));
    for (const map::MapFeature &state : m_states)
        painter.drawPath(pathOf(state.shape, toDevice));

    // Names of the hardest-hit territories, with a halo that keeps them readable on any fill.
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    font.setWeight(QFont::DemiBold);
    for (const map::MapFeature &t : m_territories) {
        if (!labelled.contains(t.id))
            continue;
        const QPointF at = toDevice.map(t.labelAnchor);
        QPainterPath text;
        text.addText(0, 0, font, t.name);
        text.translate(at - text.boundingRect().center());
        // Bevel joins: round ones make QStroker divide by zero on the glyphs' tiny segments.
        painter.strokePath(text, QPen(QColor(255, 255, 255, 220), 3 * unit, Qt::SolidLine,
                                      Qt::FlatCap, Qt::BevelJoin));
        painter.fillPath(text, kText);
    }
    painter.restore();
    painter.save();
    painter.setPen(QPen(kNeutral.darker(130), 0.8 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    painter.restore();
}

void BriefingMap::paintLegend(QPainter &painter, const QRectF &area, const QString &title,
                              double maximum)
{
    painter.save();
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double line = metrics.height();
    painter.setPen(kText);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    const double swatch = metrics.horizontalAdvance(QStringLiteral("MM"));
    const QString none = tr("no prediction");
    const double noneWidth = swatch + metrics.horizontalAdvance(none) + line;
    const QRectF bar(area.left(), area.top() + 1.2 * line, area.width() - noneWidth - line,
                     0.8 * line);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    const map::ColorRamp ramp(map::ColorRamp::Name::Viridis);
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, ramp.at(i / 10.0));
    painter.fillRect(bar, gradient);
    const QLocale locale;
    const double top = std::max(1.0, maximum);
    for (int i = 0; i <= 4; ++i) {
        const double x = bar.left() + bar.width() * i / 4.0;
        painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 0.25 * line));
        const QString label = locale.toString(top * i / 4.0, 'f', top < 20 ? 1 : 0);
        const double w = metrics.horizontalAdvance(label);
        const double left = std::clamp(x - w / 2, bar.left(), bar.right() - w);
        painter.drawText(QRectF(left, bar.bottom() + 0.3 * line, w + 1, line),
                         Qt::AlignLeft | Qt::AlignTop, label);
    }
    const QRectF noneBox(bar.right() + line, bar.top(), swatch, bar.height());
    painter.fillRect(noneBox, kNeutral);
    painter.drawText(QRectF(noneBox.right() + 0.4 * line, noneBox.top() - 0.2 * line,
                            metrics.horizontalAdvance(none) + line, line),
                     Qt::AlignLeft | Qt::AlignVCenter, none);
    painter.restore();
}

} // namespace stormcrew::briefing
