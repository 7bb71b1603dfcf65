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

} // namespace stormcrew
