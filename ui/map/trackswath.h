#pragma once

#include "domain/tropicaltrack.h"

#include <QPointF>
#include <QString>

#include <array>
#include <vector>

namespace stormcrew::map {

// What the map draws of a tropical storm: its fixes, and the swath its modelled 34-, 50- and
// 64-kt winds swept (the wind field of model/hurricane, docs/hurricane.md), in lon/lat degrees.
struct TrackSwath {
    QString label; // "Helene (AL092024), best track"
    struct Fix {
        QPointF lonLat;
        QString status; // TD, TS, HU, ...
    };
    std::vector<Fix> fixes;
    // Per threshold (34, 50, 64 kt): one outline per hour of the track, 16 bearings each; their
    // union (winding fill) is the swath.
    std::array<std::vector<std::vector<QPointF>>, 3> outlines;

    // The swath of a track: hourly states interpolated between the fixes (RMW and B fitted to the
    // radii), and at each the extent of each threshold's marine wind along 16 bearings.
    [[nodiscard]] static TrackSwath of(const TropicalTrack &track, const QString &label);
};

} // namespace stormcrew::map
