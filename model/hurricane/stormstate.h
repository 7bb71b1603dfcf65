#pragma once

#include "domain/tropicaltrack.h"

#include <vector>

namespace stormcrew::hurricane {

// The wind-field parameters of a storm at one time: where it is, how strong, how wide, how fast
// it moves. One per track fix, then interpolated in time (windfield.h).
struct StormState {
    qint64 time = 0;
    double lat = 0;
    double lon = 0;
    double vmaxMs = 0; // the track's maximum 1-minute wind, translation included
    double rmwKm = 0;
    double b = 1.5;
    double vtEastMs = 0; // translation
    double vtNorthMs = 0;
    bool fitted = false;      // RMW and B fitted to the fix's wind radii
    bool rmwFromData = false; // RMW given by the track
    double fitErrorKt = 0;    // RMS wind error of the fit at the observed radii
};

// The marine surface wind (1-minute, 10 m, m/s) at an offset from the centre (km east, north):
// the symmetric Holland profile turned 20 degrees inward, plus the translation weighted as
// Jelesnianski (1966); the symmetric maximum is the track's less half the translation speed, so
// the strongest wind of the field is about the track's.
[[nodiscard]] double surfaceWindMs(const StormState &state, double eastKm, double northKm);

// How far the wind of at least thresholdMs reaches along a compass bearing (degrees), in km;
// 0 when it is not reached.
[[nodiscard]] double windRadiusKm(const StormState &state, double thresholdMs, double bearingDeg);

// The parameters at each fix of a track: translation from the neighbouring fixes; RMW from the
// track, else Vickery & Wadhera (2008); B from Vickery & Wadhera (2008); with fitToRadii, RMW
// and B fitted to the fix's 34/50/64-kt radii where it has at least two non-zero ones. Fixes
// without a maximum wind take the nearest fixes' (linearly in time).
[[nodiscard]] std::vector<StormState> fixStates(const TropicalTrack &track, bool fitToRadii);

// Kilometres east and north of (lat0, lon0) of a point, on a local equirectangular plane.
void localOffsetKm(double lat0, double lon0, double lat, double lon, double &eastKm,
                   double &northKm);

} // namespace stormcrew::hurricane
