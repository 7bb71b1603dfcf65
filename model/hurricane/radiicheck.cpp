#include "radiicheck.h"

#include "hollandprofile.h"
#include "stormstate.h"

#include <cmath>

namespace stormcrew::hurricane {

RadiiComparison compareRadii(const TropicalTrack &track, bool fitToRadii)
{
    RadiiComparison result;
    const std::vector<StormState> states = fixStates(track, fitToRadii);
    constexpr std::array<double, 4> bearings = {45.0, 135.0, 225.0, 315.0};
    for (size_t i = 0; i < track.points.size(); ++i) {
        const TrackPoint &fix = track.points[i];
        for (int t = 0; t < 3; ++t) {
            if (!fix.radii[t])
                continue;
            const double threshold = TrackPoint::RadiiThresholdsKt[t] * MsPerKnot;
            for (int q = 0; q < 4; ++q) {
                const double observed = (*fix.radii[t])[q];
                if (observed <= 0)
                    continue;
                const double modelled =
                    windRadiusKm(states[i], threshold, bearings[q]) / KmPerNauticalMile;
                RadiiError &error = result.byThreshold[t];
                ++error.count;
                error.meanAbsoluteNm += std::abs(modelled - observed);
                error.biasNm += modelled - observed;
            }
        }
    }
    for (RadiiError &error : result.byThreshold) {
        if (error.count > 0) {
            error.meanAbsoluteNm /= error.count;
            error.biasNm /= error.count;
        }
    }
    return result;
}

} // namespace stormcrew::hurricane
