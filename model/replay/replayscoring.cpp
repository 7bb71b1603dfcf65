#include "replayscoring.h"

#include "engine/predictor.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace stormcrew::replay {

void ReplayScoring::scoreTerritory(TerritoryReplay &t)
{
    t.signedError = t.mean - t.actual;
    t.relative.reset();
    if (t.actual > 0)
        t.relative = t.signedError / t.actual;
    t.inInterval = t.actual >= t.p10 && t.actual <= t.p90;
}

double ReplayScoring::logScore(double y, double mu, double theta)
{
    mu = std::max(mu, 1e-12);
    if (!std::isfinite(theta))
        return -(y * std::log(mu) - mu - std::lgamma(y + 1));
    return -(std::lgamma(y + theta) - std::lgamma(theta) - std::lgamma(y + 1) +
             theta * std::log(theta / (theta + mu)) + y * std::log(mu / (theta + mu)));
}

double ReplayScoring::deviance(double y, double mu, double theta)
{
    mu = std::max(mu, 1e-12);
    const double first = y > 0 ? y * std::log(y / mu) : 0.0;
    if (!std::isfinite(theta))
        return 2 * (first - (y - mu));
    return 2 * (first - (y + theta) * std::log((y + theta) / (mu + theta)));
}

HeldOutRow ReplayScoring::heldOutRow(const TerritoryReplay &t, const Predictive &p)
{
    HeldOutRow row;
    row.observed = t.actual;
    row.mean = t.mean;
    row.logScore = logScore(t.actual, p.mean, p.theta);
    row.deviance = deviance(t.actual, p.mean, p.theta);
    constexpr std::array<double, 4> levels{0.05, 0.25, 0.75, 0.95};
    std::array<double, 4> q{};
    Predictor::negativeBinomialQuantiles(p.mean, p.theta, levels, q);
    if (std::isfinite(p.customers))
        for (double &v : q)
            v = std::min(v, p.customers);
    row.lo90 = q[0];
    row.lo50 = q[1];
    row.hi50 = q[2];
    row.hi90 = q[3];
    row.lo80 = t.p10;
    row.hi80 = t.p90;
    return row;
}

std::vector<TimelineHour> ReplayScoring::timeline(const std::vector<OutageSpan> &incidents,
                                                  qint64 from, qint64 until)
{
    constexpr qint64 Hour = 3600;
    const qint64 first = from - ((from % Hour) + Hour) % Hour;
    std::vector<TimelineHour> hours;
    for (qint64 time = first; time <= until; time += Hour)
        hours.push_back({time, 0, 0, 0});
    if (hours.empty())
        return hours;
    // Differences per hour, summed up afterwards: began in hour h adds to h's "out" until the
    // hour its restoration falls in (restored by the end of an hour: no longer out at its end).
    std::vector<int> outDelta(hours.size() + 1, 0);
    int before = 0;
    for (const OutageSpan &span : incidents) {
        if (span.start < first) {
            ++before;
        }
        const qint64 startIndex = span.start < first ? 0 : (span.start - first) / Hour;
        if (startIndex >= qint64(hours.size()))
            continue;
        if (span.start >= first)
            ++hours[std::size_t(startIndex)].began;
        ++outDelta[std::size_t(startIndex)];
        if (span.end) {
            // Out at the end of hour h when end > h's end, i.e. restored in hour (end - 1)/H.
            const qint64 restoredIndex = (*span.end - first + Hour - 1) / Hour - 1;
            const qint64 stop = std::max(startIndex, restoredIndex);
            if (stop < qint64(hours.size()))
                --outDelta[std::size_t(stop)];
        }
    }
    int cumulative = before;
    int out = 0;
    for (std::size_t h = 0; h < hours.size(); ++h) {
        cumulative += hours[h].began;
        hours[h].cumulative = cumulative;
        out += outDelta[h];
        hours[h].out = out;
    }
    return hours;
}

} // namespace stormcrew::replay
