#pragma once

namespace stormcrew::crews {

// Travel of crews by road, estimated from straight-line distances (docs/crews.md, "Travel").
struct Travel {
    // Road distance over great-circle distance: about 1.2 for the United States (Ballou,
    // Rahardja and Sakai 2002, "Selected country circuity factors for road travel distance
    // estimation", Transportation Research Part A 36).
    static constexpr double Circuity = 1.2;
    // A line truck's average speed between depot and job, rural and town roads mixed.
    static constexpr double SpeedKmh = 50;

    // Great-circle distance on a sphere of the mean Earth radius (6,371.0088 km): within 0.5 %
    // of the ellipsoid, well inside what a road factor guesses.
    [[nodiscard]] static double haversineKm(double lon1, double lat1, double lon2, double lat2);
    [[nodiscard]] static double hours(double straightKm);
    // Between two outages inside a territory of this area: half the mean distance between two
    // random points of a square of that area (0.5214 of its side), because crews work outages
    // that lie together. Independent of the number of outages, so that more outages never
    // make travel shorter (the laws in docs/crews.md need that).
    [[nodiscard]] static double hopHours(double areaKm2);
};

} // namespace stormcrew::crews
