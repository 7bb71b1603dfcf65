#include "leafon.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;

// Floor division, so that times before 1970 land on the right day.
qint64 unixDay(qint64 time)
{
    return time >= 0 ? time / SecondsPerDay : (time - SecondsPerDay + 1) / SecondsPerDay;
}

// 1.0 at 1 January 00:00 UTC of the time's year, fractional.
double dayOfYear(qint64 time)
{
    const qint64 day = unixDay(time);
    const QDate date = QDate::fromJulianDay(day + UnixEpochJulianDay);
    const qint64 newYear = QDate(date.year(), 1, 1).toJulianDay() - UnixEpochJulianDay;
    return double(time - newYear * SecondsPerDay) / double(SecondsPerDay) + 1.0;
}

// 0 before centre - RampDays/2, 1 after centre + RampDays/2, linear between.
double ramp(double day, double centre)
{
    return std::clamp((day - centre) / leafon::RampDays + 0.5, 0.0, 1.0);
}

} // namespace

LeafOnCalendar leafOnCalendar(double latitude)
{
    using namespace leafon;
    const double lat = std::clamp(std::fabs(latitude), MinLatitude, MaxLatitude);
    const double shift = DaysPerDegree * (lat - ReferenceLatitude);
    return {ReferenceGreenUp + shift, ReferenceLeafFall - shift};
}

double leafOn(double latitude, qint64 time)
{
    if (std::isnan(latitude))
        return std::nan("");
    const LeafOnCalendar calendar = leafOnCalendar(latitude);
    double day = dayOfYear(time);
    if (latitude < 0) // the southern hemisphere's seasons run half a year later
        day = std::fmod(day - 1 + 365.25 / 2, 365.25) + 1;
    return std::min(ramp(day, calendar.greenUp), 1.0 - ramp(day, calendar.leafFall));
}

QString leafOnSourceKey(LeafOnSource source)
{
    switch (source) {
    case LeafOnSource::Calendar:
        break;
    case LeafOnSource::NdviSeasonal:
        return QStringLiteral("ndvi_seasonal");
    case LeafOnSource::NdviFixed:
        return QStringLiteral("ndvi_fixed");
    }
    return QStringLiteral("calendar");
}

std::optional<NdviLeafOn> leafOnFromNdvi(std::span<const NdviComposite> series, qint64 time)
{
    using namespace leafon;
    const double maxDistance = NdviMaxDistanceDays * double(SecondsPerDay);
    const auto next = std::upper_bound(
        series.begin(), series.end(), time,
        [](qint64 t, const NdviComposite &composite) { return t < composite.day; });
    const NdviComposite *before =
        next != series.begin() && double(time - std::prev(next)->day) <= maxDistance
            ? &*std::prev(next)
            : nullptr;
    const NdviComposite *after =
        next != series.end() && double(next->day - time) <= maxDistance ? &*next : nullptr;
    double greenness = 0;
    if (before && after)
        greenness = before->value + (after->value - before->value) * double(time - before->day) /
                                        double(after->day - before->day);
    else if (before || after)
        greenness = (before ? before : after)->value;
    else
        return std::nullopt;

    // The territory's own season: the composites within a year either side.
    const double window = NdviSeasonWindowDays * double(SecondsPerDay);
    int count = 0;
    qint64 first = 0, last = 0;
    double low = INFINITY, high = -INFINITY;
    for (const NdviComposite &c : series) {
        if (std::fabs(double(c.day - time)) > window)
            continue;
        first = count == 0 ? c.day : first;
        last = c.day;
        ++count;
        low = std::min(low, c.value);
        high = std::max(high, c.value);
    }
    const bool seasonal = count >= NdviSeasonMinComposites &&
                          double(last - first) >= NdviSeasonMinSpanDays * double(SecondsPerDay) &&
                          high - low >= NdviSeasonMinAmplitude;
    if (!seasonal) {
        low = NdviDormant;
        high = NdviFullLeaf;
    }
    return NdviLeafOn{std::clamp((greenness - low) / (high - low), 0.0, 1.0), greenness,
                      seasonal ? LeafOnSource::NdviSeasonal : LeafOnSource::NdviFixed};
}

} // namespace stormcrew
