#pragma once

#include "featurelayer.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>

class QPainter;

namespace stormcrew::briefing {

// The briefing's map, drawn as vectors: the store's territories coloured as the control
// centre's map colours them (viridis from 0 to the largest value, the neutral fill where there is
// no value) over the shipped state outlines, the hardest-hit territories named.
class BriefingMap {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::briefing::BriefingMap)

public:
    // Reads the territories of the store (its own read-only connection) and the state outlines.
    // Blocking: call it on a worker thread.
    [[nodiscard]] static Result<BriefingMap> load(const QString &storePath);

    [[nodiscard]] int territoryCount() const { return int(m_territories.size()); }
    // Height over width of the territories' extent as drawn (with its margin).
    [[nodiscard]] double aspectRatio() const
    {
        return m_bounds.width() > 0 ? m_bounds.height() / m_bounds.width() : 1.0;
    }

    // Draws the territories into area (device units), fitted with their aspect kept. Labels
    // the given territory ids. maximum is the top of the colour scale.
    void paint(QPainter &painter, const QRectF &area, const QHash<qint64, double> &values,
               double maximum, const QList<qint64> &labelled) const;

    // A horizontal colour bar from 0 to maximum with its title and a swatch for "no value".
    static void paintLegend(QPainter &painter, const QRectF &area, const QString &title,
                            double maximum);

private:
    std::vector<map::MapFeature> m_territories;
    std::vector<map::MapFeature> m_states;
    QRectF m_bounds; // of the territories, world units
};

} // namespace stormcrew::briefing
