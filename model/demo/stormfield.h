#pragma once

#include "demogeography.h"

#include <QString>

#include <cmath>
#include <limits>
#include <vector>

namespace stormcrew::demo {

class DemoRandom;

// How a storm's weather is laid out in space and time; several patterns share a store kind
// (a squall line is stored as a 'derecho').
enum class StormPattern { Derecho, SquallLine, Thunderstorms, WinterWind, IceStorm, Tropical };
inline constexpr int StormPatternCount = 6;

// The store's storm kind of a pattern: derecho, thunderstorm, winter_wind, ice, tropical.
[[nodiscard]] QString storeKind(StormPattern pattern);
// Words for generated storm names ("Derecho", "Squall line", ...); data, not interface text.
[[nodiscard]] QString patternLabel(StormPattern pattern);

// The weather a storm adds at one place and moment.
struct FieldSample {
    double gust = 0;       // m/s, before the background wind is added
    double precipRate = 0; // mm/h
    double iceRate = 0;    // mm/h of radial ice accretion
    double tempOffset = 0; // degrees C added to the climatology
    // When set, the temperature itself (ice storms hold a shallow cold layer near 0 C).
    double tempAbsolute = std::numeric_limits<double>::quiet_NaN();
};

// The rectangle, in LocalKm, the storm fields are drawn over (Kentucky with a margin).
struct KmExtent {
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
};

// A storm's weather as a function of place and time: a moving line (derecho, squall line), a
// cluster of moving cells (thunderstorms), a broad field (winter wind), a freezing-rain band with
// wind behind it (ice), a decaying track (tropical remnant). Times are hours from the storm's
// start; the storm lasts `hours`.
struct StormField {
    StormPattern pattern = StormPattern::Derecho;
    double hours = 0;

    // Moving line and track: motion direction (unit vector), speed, where the line starts.
    double dirX = 1;
    double dirY = 0;
    double speedKmh = 60;
    double startPos = 0;
    double pathLength = 1;
    double peak = 25;        // m/s at the strongest point
    double halfWidthKm = 30; // behind a line; radius of a track
    double lateralCentre = 0;
    double lateralWidth = 200;
    double lateralFloor = 0.5;
    double lifeCentre = 0.5; // where along its path the line is strongest (0..1)
    double rainPeak = 20;    // mm/h

    // Winter wind: ramps and the axis the wind strengthens along.
    double rampUp = 6;
    double plateau = 10;
    double rampDown = 6;
    double gradX = 0;
    double gradY = 1;

    // Ice: the band's offset and width across it, and the hours of freezing rain.
    double bandOffset = 0;
    double bandWidth = 70;
    double freezingHours = 12;

    // Tropical remnant: the centre at the start.
    double originX = 0;
    double originY = 0;
    double decayHours = 40;

    struct Cell {
        double x = 0;
        double y = 0;
        double vx = 0;
        double vy = 0;
        double birth = 0;
        double life = 2;
        double radius = 20;
        double peak = 25;
    };
    std::vector<Cell> cells;
};

// Draws a storm of the pattern over the extent (its `hours` follow from the draw).
[[nodiscard]] StormField drawStormField(StormPattern pattern, const KmExtent &extent,
                                        DemoRandom &random);

// The strongest gust the storm's design allows (its peak, or its strongest cell's), m/s.
[[nodiscard]] double fieldStrength(const StormField &field);

// The storm's weather at the point and time (hours from its start; outside the storm it fades
// to nothing).
[[nodiscard]] FieldSample sampleField(const StormField &field, LocalKm point, double hours);

// The strongest gust of the hour starting at `hours`, taken over four quarter-hour instants so
// that a fast line or cell cannot slip between two samples (broad fields: the middle of the
// hour); rain and ice are the hour's mean rates.
[[nodiscard]] FieldSample sampleHour(const StormField &field, LocalKm point, double hours);

} // namespace stormcrew::demo
