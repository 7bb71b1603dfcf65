#pragma once

#include "domain/tropicaltrack.h"

#include <array>

namespace stormcrew::hurricane {

// How far the modelled 34/50/64-kt winds of a track fall from the track's own wind radii.
struct RadiiError {
    int count = 0;             // quadrant radii compared (observed radius > 0)
    double meanAbsoluteNm = 0; // mean |modelled - observed|, n mi
    double biasNm = 0;         // mean (modelled - observed), n mi
};

struct RadiiComparison {
    std::array<RadiiError, 3> byThreshold; // 34, 50, 64 kt
};

// Every fix and quadrant with a positive radius: the modelled radius along the quadrant's
// middle bearing (45, 135, 225, 315 degrees) against the observed one. fitToRadii as in
// fixStates: true measures how well the fitted profile holds the radii, false how well the
// empirical RMW and B alone predict them.
[[nodiscard]] RadiiComparison compareRadii(const TropicalTrack &track, bool fitToRadii);

} // namespace stormcrew::hurricane
