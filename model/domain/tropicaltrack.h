#pragma once

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace stormcrew {

// Wind radii of one threshold (34, 50 or 64 kt) by quadrant, in nautical miles: NE, SE, SW, NW.
// nullopt when the source does not give them; 0 in a quadrant the wind does not reach.
using QuadrantRadii = std::optional<std::array<double, 4>>;

// One fix of a tropical-cyclone track: best-track analysis or a forecast position.
struct TrackPoint {
    qint64 validTime = 0; // Unix seconds, UTC
    double lat = 0;
    double lon = 0;
    std::optional<double> maxWindKt; // 1-minute sustained at 10 m
    std::optional<double> minPressureHpa;
    QString status;                     // TD, TS, HU, EX, ...
    QString record;                     // HURDAT2 record identifier (L = landfall), empty when none
    std::array<QuadrantRadii, 3> radii; // 34, 50, 64 kt
    std::optional<double> rmwNm;        // radius of maximum wind, when given

    static constexpr std::array<int, 3> RadiiThresholdsKt = {34, 50, 64};
};

// A track as one source gives it: a storm's best track (issuedTime empty) or one advisory's
// forecast track (issuedTime = the advisory's time), points in time order.
struct TropicalTrack {
    QString atcfId; // basin + number + season, e.g. AL092024
    QString name;   // HELENE; "UNNAMED" when the source has no name
    std::optional<qint64> issuedTime;
    std::vector<TrackPoint> points;

    [[nodiscard]] QString basin() const { return atcfId.left(2); }
    [[nodiscard]] int season() const { return atcfId.right(4).toInt(); }
};

} // namespace stormcrew
