#pragma once

#include "trackswath.h"

#include <QColor>
#include <QPointer>
#include <QQuickPaintedItem>

namespace stormcrew::map {

class TerritoryMap;

// A tropical storm's track (its fixes and the line through them) and the swath of its modelled
// 34/50/64-kt winds, drawn over the TerritoryMap it follows (QPainter: the same picture in the
// OpenGL and the software backend). Reads the store's tropical storms (docs/hurricane.md); draws
// nothing when the store has none.
class TrackLayer : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(stormcrew::map::TerritoryMap *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    // Changing it (e.g. to the session's territory count) reads the store again after an import.
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY storePathChanged)
    // The storm's ATCF id or name; empty: the tropical storm that started last.
    Q_PROPERTY(QString storm READ storm WRITE setStorm NOTIFY stormChanged)
    Q_PROPERTY(bool hasTrack READ hasTrack NOTIFY trackChanged)
    Q_PROPERTY(QString label READ label NOTIFY trackChanged)
    Q_PROPERTY(QColor lineColor MEMBER m_lineColor NOTIFY colorsChanged)

public:
    explicit TrackLayer(QQuickItem *parent = nullptr);

    [[nodiscard]] TerritoryMap *map() const { return m_map; }
    void setMap(TerritoryMap *map);
    [[nodiscard]] QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    [[nodiscard]] int revision() const { return m_revision; }
    void setRevision(int revision);
    [[nodiscard]] QString storm() const { return m_storm; }
    void setStorm(const QString &storm);
    [[nodiscard]] bool hasTrack() const { return !m_swath.fixes.empty(); }
    [[nodiscard]] QString label() const { return m_swath.label; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void mapChanged();
    void storePathChanged();
    void stormChanged();
    void trackChanged();
    void colorsChanged();

private:
    void reload();

    QPointer<TerritoryMap> m_map;
    QString m_storePath;
    int m_revision = 0;
    QString m_storm;
    TrackSwath m_swath;
    QColor m_lineColor = QColor(30, 30, 30);
};

} // namespace stormcrew::map
