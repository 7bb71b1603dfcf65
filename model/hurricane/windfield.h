#pragma once

#include "domain/tropicaltrack.h"
#include "stormstate.h"

#include <QString>

#include <vector>

namespace stormcrew::hurricane {

// Where a territory's wind is sampled: its centroid (docs/hurricane.md).
struct SamplePoint {
    qint64 territoryId = 0;
    QString code;
    double lat = 0;
    double lon = 0;
};

struct WindFieldOptions {
    int stepMinutes = 15;
    // 3-second gust over 1-minute sustained wind at 10 m over land (Harper et al. 2010, WMO
    // TD-1555: 1.2-1.3 off-sea to open land exposure).
    double gustFactor = 1.25;
    // A territory's sustained wind over the marine field's: the coastal reduction of Kaplan &
    // DeMaria (1995), R = 0.9.
    double exposureFactor = 0.9;
    bool fitToRadii = true;
    // The centre is over land when a territory's sample point lies this close (landfall decay).
    double landDistanceKm = 50;
};

// Hour-by-hour winds of one territory and their summary.
struct TerritoryWind {
    qint64 territoryId = 0;
    QString code;
    std::vector<float> hourlyWindMs; // the highest sustained wind of each hour's steps
    double peakWindMs = 0;
    double peakGustMs = 0;
    int hoursGust20 = 0; // hours with a gust of at least 20 m/s (the engine's threshold)
    int hoursWind34kt = 0;
    int hoursWind64kt = 0;
};

// A storm's wind field over the territories: hour h covers [firstHour + 3600 h, + 3600).
struct WindField {
    qint64 firstHour = 0;
    int hours = 0;
    std::vector<TerritoryWind> territories;
    std::vector<StormState> fixes; // the parameters at the track's fixes
    int fittedFixes = 0;
    int overLandSteps = 0;
    int steps = 0;
    double gustFactor = 1.25;
};

// The track interpolated every stepMinutes (positions, intensity, RMW, B and translation
// linearly between fixes), the maximum wind held to Kaplan & DeMaria's decay while the centre is
// over land, and the field sampled at every territory's point. Pure: no store, no Qt GUI.
[[nodiscard]] WindField computeWindField(const TropicalTrack &track,
                                         const std::vector<SamplePoint> &points,
                                         const WindFieldOptions &options = {});

// The state between two fixes, linearly in time.
[[nodiscard]] StormState interpolate(const StormState &a, const StormState &b, qint64 time);

} // namespace stormcrew::hurricane
