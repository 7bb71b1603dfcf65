#include "stormstate.h"

#include "hollandprofile.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::hurricane {

namespace {
constexpr double KmPerDegree = 111.195;
constexpr double Pi = 3.14159265358979323846;
constexpr double InflowRadians = 20.0 * Pi / 180.0;

// The quadrant bearings of the wind radii: NE, SE, SW, NW.
constexpr std::array<double, 4> QuadrantBearings = {45.0, 135.0, 225.0, 315.0};

// RMW and B that best put the thresholds' winds at the observed radii (least squares in the
// wind, over a grid: RMW 8..200 km log-spaced, B 0.8..2.5). A measured RMW is kept and only B
// fitted.
void fitToRadii(StormState &state, const TrackPoint &fix, bool keepRmw)
{
    struct Target {
        double rKm;
        double bearing;
        double thresholdMs;
    };
    std::vector<Target> targets;
    for (int t = 0; t < 3; ++t) {
        if (!fix.radii[t])
            continue;
        for (int q = 0; q < 4; ++q) {
            if ((*fix.radii[t])[q] > 0)
                targets.push_back({(*fix.radii[t])[q] * KmPerNauticalMile, QuadrantBearings[q],
                                   TrackPoint::RadiiThresholdsKt[t] * MsPerKnot});
        }
    }
    if (targets.size() < 2)
        return;
    auto cost = [&](const StormState &trial) {
        double sum = 0;
        for (const Target &target : targets) {
            const double rad = target.bearing * Pi / 180.0;
            const double v =
                surfaceWindMs(trial, target.rKm * std::sin(rad), target.rKm * std::cos(rad));
            sum += (v - target.thresholdMs) * (v - target.thresholdMs);
        }
        return sum;
    };
    // Coarse grid (RMW factor 1.24, B by 0.15), then a fine one around its best (RMW factor 1.024,
    // B by 0.025): close to the optimum of the fine grid over the whole range at a quarter of
    // its cost.
    double bestCost = INFINITY;
    StormState best = state;
    auto search = [&](double rmwLow, double rmwFactor, int rmwSteps, double bLow, double bStep,
                      int bSteps) {
        StormState trial = state;
        for (int i = 0; i < rmwSteps; ++i) {
            trial.rmwKm =
                keepRmw ? state.rmwKm : std::clamp(rmwLow * std::pow(rmwFactor, i), 8.0, 200.0);
            for (int j = 0; j < bSteps; ++j) {
                trial.b = std::clamp(bLow + bStep * j, 0.8, 2.5);
                const double c = cost(trial);
                if (c < bestCost) {
                    bestCost = c;
                    best = trial;
                }
            }
            if (keepRmw)
                break;
        }
    };
    search(8.0, std::pow(25.0, 1.0 / 15.0), 16, 0.8, 0.15, 13);
    const StormState coarse = best;
    search(coarse.rmwKm / 1.24, std::pow(1.24 * 1.24, 1.0 / 18.0), 19, coarse.b - 0.15, 0.025, 13);
    state.rmwKm = best.rmwKm;
    state.b = best.b;
    state.fitted = true;
    state.fitErrorKt = std::sqrt(bestCost / double(targets.size())) / MsPerKnot;
}
} // namespace

void localOffsetKm(double lat0, double lon0, double lat, double lon, double &eastKm,
                   double &northKm)
{
    eastKm = (lon - lon0) * KmPerDegree * std::cos((lat0 + lat) * 0.5 * Pi / 180.0);
    northKm = (lat - lat0) * KmPerDegree;
}

double surfaceWindMs(const StormState &state, double eastKm, double northKm)
{
    const double r = std::sqrt(eastKm * eastKm + northKm * northKm);
    if (r < 1e-6)
        return 0;
    const double vt = std::hypot(state.vtEastMs, state.vtNorthMs);
    const double vmaxSym = std::max(state.vmaxMs - 0.5 * vt, 0.5 * state.vmaxMs);
    const double symmetric = hollandWind(r, vmaxSym, state.rmwKm, state.b);
    // Cyclonic: counter-clockwise in the north, clockwise in the south; turned inward.
    const double sense = state.lat >= 0 ? 1.0 : -1.0;
    const double tx = -sense * northKm / r;
    const double ty = sense * eastKm / r;
    const double c = std::cos(InflowRadians);
    const double s = std::sin(InflowRadians);
    const double ux = c * tx - s * eastKm / r;
    const double uy = c * ty - s * northKm / r;
    const double w = translationWeight(r, state.rmwKm);
    const double vx = symmetric * ux + w * state.vtEastMs;
    const double vy = symmetric * uy + w * state.vtNorthMs;
    return std::sqrt(vx * vx + vy * vy);
}

double windRadiusKm(const StormState &state, double thresholdMs, double bearingDeg)
{
    const double rad = bearingDeg * Pi / 180.0;
    const double sx = std::sin(rad);
    const double sy = std::cos(rad);
    auto wind = [&](double r) { return surfaceWindMs(state, r * sx, r * sy); };
    // Outward from the radius of maximum wind in 2-km steps, then bisection.
    double inner = state.rmwKm;
    if (wind(inner) < thresholdMs)
        return 0;
    double outer = inner;
    while (wind(outer) >= thresholdMs) {
        inner = outer;
        outer += 2.0;
        if (outer > 2000.0)
            return 2000.0;
    }
    for (int i = 0; i < 30; ++i) {
        const double mid = 0.5 * (inner + outer);
        (wind(mid) >= thresholdMs ? inner : outer) = mid;
    }
    return 0.5 * (inner + outer);
}

std::vector<StormState> fixStates(const TropicalTrack &track, bool fitToRadiiWanted)
{
    const auto &points = track.points;
    std::vector<StormState> states(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        StormState &state = states[i];
        const TrackPoint &fix = points[i];
        state.time = fix.validTime;
        state.lat = fix.lat;
        state.lon = fix.lon;
        // Translation from the neighbouring fixes (centred where both exist).
        const size_t from = i > 0 ? i - 1 : i;
        const size_t to = i + 1 < points.size() ? i + 1 : i;
        if (to > from && points[to].validTime > points[from].validTime) {
            double east = 0;
            double north = 0;
            localOffsetKm(points[from].lat, points[from].lon, points[to].lat, points[to].lon, east,
                          north);
            const double seconds = double(points[to].validTime - points[from].validTime);
            state.vtEastMs = east * 1000.0 / seconds;
            state.vtNorthMs = north * 1000.0 / seconds;
        }
    }
    // Maximum wind: the fix's, else interpolated between the nearest fixes that have one.
    for (size_t i = 0; i < points.size(); ++i) {
        if (points[i].maxWindKt) {
            states[i].vmaxMs = *points[i].maxWindKt * MsPerKnot;
            continue;
        }
        std::optional<size_t> before;
        std::optional<size_t> after;
        for (size_t j = i; j-- > 0;)
            if (points[j].maxWindKt) {
                before = j;
                break;
            }
        for (size_t j = i + 1; j < points.size(); ++j)
            if (points[j].maxWindKt) {
                after = j;
                break;
            }
        if (before && after) {
            const double f = double(points[i].validTime - points[*before].validTime) /
                             double(points[*after].validTime - points[*before].validTime);
            states[i].vmaxMs =
                MsPerKnot * (*points[*before].maxWindKt * (1 - f) + *points[*after].maxWindKt * f);
        } else if (before || after) {
            states[i].vmaxMs = *points[before ? *before : *after].maxWindKt * MsPerKnot;
        }
    }
    for (size_t i = 0; i < points.size(); ++i) {
        StormState &state = states[i];
        const TrackPoint &fix = points[i];
        const double vmaxKt = state.vmaxMs / MsPerKnot;
        const double drop = fix.minPressureHpa
                                ? std::max(AmbientPressureHpa - *fix.minPressureHpa, 1.0)
                                : pressureDropFromWindHpa(vmaxKt);
        state.rmwFromData = fix.rmwNm.has_value();
        state.rmwKm = fix.rmwNm ? *fix.rmwNm * KmPerNauticalMile
                                : std::clamp(vickeryWadheraRmwKm(drop, fix.lat), 8.0, 200.0);
        state.b = vickeryWadheraB(state.rmwKm, fix.lat);
        if (fitToRadiiWanted)
            fitToRadii(state, fix, state.rmwFromData);
    }
    return states;
}

} // namespace stormcrew::hurricane
