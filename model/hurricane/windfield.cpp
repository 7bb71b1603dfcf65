#include "windfield.h"

#include "hollandprofile.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace stormcrew::hurricane {

namespace {
constexpr double KmPerDegree = 111.195;
constexpr double RadiansPerDegree = 3.14159265358979323846 / 180.0;

// The hot loop's plane: east-west scaled by the mean of the two latitudes' cosines (equal to the
// cosine of the mean latitude to second order), so each point's cosine is computed once.
inline void fastOffsetKm(const StormState &state, double cosState, const SamplePoint &point,
                         double cosPoint, double &eastKm, double &northKm)
{
    eastKm = (point.lon - state.lon) * KmPerDegree * 0.5 * (cosState + cosPoint);
    northKm = (point.lat - state.lat) * KmPerDegree;
}

// surfaceWindMs in single precision with the per-step terms computed once: the hot loop's form
// (expf and logf are about twice as fast as exp and log; the winds agree to well under 0.01 m/s,
// which bench_windfield checks against numpy's double precision).
struct PreparedStep {
    float vmaxSym;
    float rmw;
    float b;
    float vtEast;
    float vtNorth;
    float sense;
};

PreparedStep prepare(const StormState &state)
{
    const double vt = std::hypot(state.vtEastMs, state.vtNorthMs);
    return {float(std::max(state.vmaxMs - 0.5 * vt, 0.5 * state.vmaxMs)),
            float(state.rmwKm),
            float(state.b),
            float(state.vtEastMs),
            float(state.vtNorthMs),
            state.lat >= 0 ? 1.0f : -1.0f};
}

inline float preparedWind(const PreparedStep &s, float east, float north)
{
    const float r = std::sqrt(east * east + north * north);
    if (r < 1e-6f)
        return 0;
    const float x = std::exp(s.b * std::log(s.rmw / r));
    const float symmetric = s.vmaxSym * std::sqrt(x * std::exp(1.0f - x));
    const float inv = 1.0f / r;
    const float tx = -s.sense * north * inv;
    const float ty = s.sense * east * inv;
    // cos and sin of the 20-degree inflow angle.
    constexpr float c = 0.93969262f;
    constexpr float sn = 0.34202014f;
    const float ux = c * tx - sn * east * inv;
    const float uy = c * ty - sn * north * inv;
    const float w = s.rmw * r / (s.rmw * s.rmw + r * r);
    const float vx = symmetric * ux + w * s.vtEast;
    const float vy = symmetric * uy + w * s.vtNorth;
    return std::sqrt(vx * vx + vy * vy);
}

// Beyond this distance from the centre a territory's wind is not evaluated (it is below a few
// m/s for any Atlantic storm, and the profile says little there).
constexpr double MaxDistanceKm = 1500.0;

// The centre's state at each step, with the landfall decay applied.
std::vector<StormState> steps(const std::vector<StormState> &fixes,
                              const std::vector<SamplePoint> &points,
                              const std::vector<double> &cosines, const WindFieldOptions &options,
                              qint64 firstHour, int &overLand)
{
    std::vector<StormState> result;
    const qint64 step = qint64(options.stepMinutes) * 60;
    const qint64 last = fixes.back().time;
    size_t segment = 0;
    bool ashore = false;
    qint64 landfall = 0;
    double landfallWind = 0;
    overLand = 0;
    const double land2 = options.landDistanceKm * options.landDistanceKm;
    for (qint64 t = firstHour; t <= last; t += step) {
        if (t < fixes.front().time)
            continue;
        while (segment + 1 < fixes.size() && fixes[segment + 1].time < t)
            ++segment;
        StormState state = segment + 1 < fixes.size()
                               ? interpolate(fixes[segment], fixes[segment + 1], t)
                               : fixes[segment];
        const double cosState = std::cos(state.lat * RadiansPerDegree);
        bool land = false;
        for (size_t p = 0; p < points.size() && !land; ++p) {
            if (std::abs(points[p].lat - state.lat) > 1.0)
                continue;
            double east = 0;
            double north = 0;
            fastOffsetKm(state, cosState, points[p], cosines[p], east, north);
            land = east * east + north * north < land2;
        }
        if (land) {
            ++overLand;
            if (!ashore) {
                ashore = true;
                landfall = t;
                landfallWind = state.vmaxMs;
            }
            state.vmaxMs = std::min(
                state.vmaxMs, kaplanDeMariaDecayMs(landfallWind, double(t - landfall) / 3600.0));
        } else {
            ashore = false;
        }
        result.push_back(state);
    }
    return result;
}
} // namespace

StormState interpolate(const StormState &a, const StormState &b, qint64 time)
{
    if (b.time <= a.time)
        return a;
    const double f = std::clamp(double(time - a.time) / double(b.time - a.time), 0.0, 1.0);
    auto mix = [f](double x, double y) { return x + (y - x) * f; };
    StormState s = a;
    s.time = time;
    s.lat = mix(a.lat, b.lat);
    s.lon = mix(a.lon, b.lon);
    s.vmaxMs = mix(a.vmaxMs, b.vmaxMs);
    s.rmwKm = mix(a.rmwKm, b.rmwKm);
    s.b = mix(a.b, b.b);
    s.vtEastMs = mix(a.vtEastMs, b.vtEastMs);
    s.vtNorthMs = mix(a.vtNorthMs, b.vtNorthMs);
    return s;
}

WindField computeWindField(const TropicalTrack &track, const std::vector<SamplePoint> &points,
                           const WindFieldOptions &options)
{
    WindField field;
    field.gustFactor = options.gustFactor;
    if (track.points.empty())
        return field;
    clearUpperVectorState();
    field.fixes = fixStates(track, options.fitToRadii);
    field.fittedFixes = int(std::count_if(field.fixes.begin(), field.fixes.end(),
                                          [](const StormState &s) { return s.fitted; }));
    field.firstHour = track.points.front().validTime - track.points.front().validTime % 3600;
    const qint64 lastHour = track.points.back().validTime - track.points.back().validTime % 3600;
    field.hours = int((lastHour - field.firstHour) / 3600) + 1;
    std::vector<double> cosines(points.size());
    for (size_t p = 0; p < points.size(); ++p)
        cosines[p] = std::cos(points[p].lat * RadiansPerDegree);
    const std::vector<StormState> centre =
        steps(field.fixes, points, cosines, options, field.firstHour, field.overLandSteps);
    field.steps = int(centre.size());

    field.territories.resize(points.size());
    for (size_t p = 0; p < points.size(); ++p) {
        TerritoryWind &out = field.territories[p];
        out.territoryId = points[p].territoryId;
        out.code = points[p].code;
        out.hourlyWindMs.assign(size_t(field.hours), 0.0f);
    }
    const double maxDistance2 = MaxDistanceKm * MaxDistanceKm;
    const double maxLatitudeGap = MaxDistanceKm / 111.0;
    std::vector<double> stepCosines(centre.size());
    std::vector<size_t> stepHours(centre.size());
    std::vector<PreparedStep> prepared(centre.size());
    for (size_t s = 0; s < centre.size(); ++s) {
        prepared[s] = prepare(centre[s]);
        stepCosines[s] = std::cos(centre[s].lat * RadiansPerDegree);
        stepHours[s] = size_t((centre[s].time - field.firstHour) / 3600);
    }
    // Territories in blocks, each block over every step: blocks write disjoint slots, so they run
    // in parallel.
    constexpr size_t BlockSize = 64;
    std::vector<size_t> blocks;
    for (size_t begin = 0; begin < points.size(); begin += BlockSize)
        blocks.push_back(begin);
    QtConcurrent::blockingMap(blocks, [&](size_t begin) {
        clearUpperVectorState();
        const size_t end = std::min(begin + BlockSize, points.size());
        for (size_t s = 0; s < centre.size(); ++s) {
            const StormState &state = centre[s];
            for (size_t p = begin; p < end; ++p) {
                const SamplePoint &point = points[p];
                if (std::abs(point.lat - state.lat) > maxLatitudeGap)
                    continue;
                double east = 0;
                double north = 0;
                fastOffsetKm(state, stepCosines[s], point, cosines[p], east, north);
                if (east * east + north * north > maxDistance2)
                    continue;
                const float wind = float(options.exposureFactor) *
                                   preparedWind(prepared[s], float(east), float(north));
                float &slot = field.territories[p].hourlyWindMs[stepHours[s]];
                slot = std::max(slot, wind);
            }
        }
    });
    const double gust20 = 20.0;
    for (TerritoryWind &out : field.territories) {
        for (const float wind : out.hourlyWindMs) {
            out.peakWindMs = std::max(out.peakWindMs, double(wind));
            out.hoursGust20 += wind * options.gustFactor >= gust20 ? 1 : 0;
            out.hoursWind34kt += wind >= 34 * MsPerKnot ? 1 : 0;
            out.hoursWind64kt += wind >= 64 * MsPerKnot ? 1 : 0;
        }
        out.peakGustMs = out.peakWindMs * options.gustFactor;
    }
    return field;
}

} // namespace stormcrew::hurricane
