#include "tracklayer.h"

#include "hurricane/trackrepository.h"
#include "maplogging.h"
#include "store/store.h"
#include "territorymap.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace stormcrew::map {

TrackLayer::TrackLayer(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void TrackLayer::setMap(TerritoryMap *map)
{
    if (m_map == map)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    if (m_map)
        connect(m_map, &TerritoryMap::viewChanged, this, [this] { update(); });
    Q_EMIT mapChanged();
    update();
}

void TrackLayer::setStorePath(const QString &path)
{
    if (m_storePath == path)
        return;
    m_storePath = path;
    Q_EMIT storePathChanged();
    reload();
}

void TrackLayer::setRevision(int revision)
{
    if (m_revision == revision)
        return;
    m_revision = revision;
    Q_EMIT storePathChanged();
    reload();
}

void TrackLayer::setStorm(const QString &storm)
{
    if (m_storm == storm)
        return;
    m_storm = storm;
    Q_EMIT stormChanged();
    reload();
}

// A track is a few dozen rows: read on the GUI thread, with a header-only check of a store the
// session has already opened and checked.
void TrackLayer::reload()
{
    m_swath = {};
    if (!m_storePath.isEmpty()) {
        auto opened = Store::open(m_storePath, Store::Access::ReadOnly, Store::Check::Header);
        if (opened) {
            hurricane::TrackRepository tracks(*opened.value());
            auto storms = tracks.all();
            if (storms && !storms.value().empty()) {
                const auto &all = storms.value();
                auto chosen = all.end() - 1; // ordered by start: the latest
                if (!m_storm.isEmpty())
                    chosen = std::find_if(all.begin(), all.end(), [this](const auto &s) {
                        return s.atcfId.compare(m_storm, Qt::CaseInsensitive) == 0 ||
                               s.name.compare(m_storm, Qt::CaseInsensitive) == 0;
                    });
                if (chosen != all.end()) {
                    const std::optional<qint64> issue =
                        chosen->hasBestTrack || chosen->forecastIssues.empty()
                            ? std::nullopt
                            : std::optional<qint64>(chosen->forecastIssues.back());
                    auto track = tracks.track(*chosen, issue);
                    if (track) {
                        const QString name =
                            chosen->name.left(1).toUpper() + chosen->name.mid(1).toLower();
                        m_swath = TrackSwath::of(
                            track.value(),
                            issue ? tr("%1 (%2), forecast").arg(name, chosen->atcfId)
                                  : tr("%1 (%2), best track").arg(name, chosen->atcfId));
                    }
                }
            }
        } else {
            qCWarning(lcMap) << "track layer:" << opened.error().toString();
        }
    }
    Q_EMIT trackChanged();
    update();
}

void TrackLayer::paint(QPainter *painter)
{
    if (!m_map || m_swath.fixes.empty())
        return;
    auto toScreen = [this](QPointF lonLat) {
        return m_map->positionOf(QGeoCoordinate(lonLat.y(), lonLat.x()));
    };
    painter->setRenderHint(QPainter::Antialiasing);
    // The swath: 34 kt pale, 50 kt orange, 64 kt red; each the union of its hourly outlines.
    const std::array<QColor, 3> fills = {QColor(255, 214, 0, 70), QColor(255, 130, 0, 90),
                                         QColor(220, 20, 20, 110)};
    for (size_t k = 0; k < 3; ++k) {
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        for (const auto &outline : m_swath.outlines[k]) {
            QPolygonF polygon;
            for (const QPointF &p : outline)
                polygon << toScreen(p);
            path.addPolygon(polygon);
            path.closeSubpath();
        }
        painter->fillPath(path, fills[k]);
    }
    // The track line and its fixes, hurricanes red, tropical storms orange, the rest grey.
    QPolygonF line;
    for (const auto &fix : m_swath.fixes)
        line << toScreen(fix.lonLat);
    painter->setPen(QPen(m_lineColor, 2));
    painter->drawPolyline(line);
    for (const auto &fix : m_swath.fixes) {
        const QColor color = fix.status == QLatin1String("HU")   ? QColor(200, 0, 0)
                             : fix.status == QLatin1String("TS") ? QColor(240, 140, 0)
                                                                 : QColor(120, 120, 120);
        painter->setPen(QPen(m_lineColor, 1));
        painter->setBrush(color);
        painter->drawEllipse(toScreen(fix.lonLat), 4.0, 4.0);
    }
}

} // namespace stormcrew::map
