#include "trackswath.h"

#include "hurricane/hollandprofile.h"
#include "hurricane/windfield.h"

#include <cmath>

namespace stormcrew::map {

TrackSwath TrackSwath::of(const TropicalTrack &track, const QString &label)
{
    using namespace stormcrew::hurricane;
    TrackSwath swath;
    swath.label = label;
    for (const TrackPoint &point : track.points)
        swath.fixes.push_back({QPointF(point.lon, point.lat), point.status});
    if (track.points.size() < 2)
        return swath;
    clearUpperVectorState();
    const std::vector<StormState> fixes = fixStates(track, true);
    constexpr int Bearings = 16;
    constexpr double KmPerDegree = 111.195;
    constexpr double RadiansPerDegree = 3.14159265358979323846 / 180.0;
    size_t segment = 0;
    for (qint64 t = fixes.front().time; t <= fixes.back().time; t += 3600) {
        while (segment + 2 < fixes.size() && fixes[segment + 1].time < t)
            ++segment;
        const StormState state = interpolate(fixes[segment], fixes[segment + 1], t);
        for (int k = 0; k < 3; ++k) {
            const double threshold = TrackPoint::RadiiThresholdsKt[size_t(k)] * MsPerKnot;
            std::vector<QPointF> outline;
            bool reached = false;
            for (int i = 0; i < Bearings; ++i) {
                const double bearing = 360.0 * i / Bearings;
                const double r = windRadiusKm(state, threshold, bearing);
                reached = reached || r > 0;
                const double east = r * std::sin(bearing * RadiansPerDegree);
                const double north = r * std::cos(bearing * RadiansPerDegree);
                outline.emplace_back(
                    state.lon + east / (KmPerDegree * std::cos(state.lat * RadiansPerDegree)),
                    state.lat + north / KmPerDegree);
            }
            if (reached)
                swath.outlines[size_t(k)].push_back(std::move(outline));
        }
    }
    return swath;
}

} // namespace stormcrew::map
