#pragma once

#include <QtGlobal>

namespace stormcrew::demo {

// Calendar arithmetic on Unix seconds (UTC), exact and without time-zone lookups, for the
// generator's hundreds of thousands of timestamps (Howard Hinnant's civil-date algorithms).
struct CivilDate {
    int year = 1970;
    int month = 1;
    int day = 1;
};

inline constexpr qint64 SecondsPerHour = 3600;
inline constexpr qint64 SecondsPerDay = 86400;

[[nodiscard]] constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

[[nodiscard]] constexpr CivilDate civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400) + (m <= 2), m, d};
}

[[nodiscard]] constexpr qint64 unixTime(int y, int m, int d, int hour = 0)
{
    return daysFromCivil(y, m, d) * SecondsPerDay + hour * SecondsPerHour;
}

// Floor division of Unix seconds into days (also before 1970).
[[nodiscard]] constexpr qint64 dayOf(qint64 seconds)
{
    return seconds >= 0 ? seconds / SecondsPerDay : (seconds - SecondsPerDay + 1) / SecondsPerDay;
}

[[nodiscard]] constexpr CivilDate dateOf(qint64 seconds)
{
    return civilFromDays(dayOf(seconds));
}

// Day of the year, 0-based, of Unix seconds.
[[nodiscard]] constexpr int dayOfYear(qint64 seconds)
{
    const CivilDate date = dateOf(seconds);
    return int(dayOf(seconds) - daysFromCivil(date.year, 1, 1));
}

// Writes value as exactly `width` decimal digits (zero-padded) at p; returns the end.
inline char *writeDigits(char *p, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

// "2023-03-03" into buffer (at least 10 bytes, not terminated); returns the length (10).
inline int formatIsoDate(const CivilDate &date, char *buffer)
{
    char *p = writeDigits(buffer, date.year, 4);
    *p++ = '-';
    p = writeDigits(p, date.month, 2);
    *p++ = '-';
    p = writeDigits(p, date.day, 2);
    return int(p - buffer);
}

// "2023-03-03T18:05:00Z" into buffer (at least 20 bytes, not terminated); returns the length
// (20). Years 0-9999.
inline int formatIsoUtc(qint64 seconds, char *buffer)
{
    const qint64 inDay = seconds - dayOf(seconds) * SecondsPerDay;
    char *p = buffer + formatIsoDate(dateOf(seconds), buffer);
    *p++ = 'T';
    p = writeDigits(p, inDay / 3600, 2);
    *p++ = ':';
    p = writeDigits(p, inDay / 60 % 60, 2);
    *p++ = ':';
    p = writeDigits(p, inDay % 60, 2);
    *p++ = 'Z';
    return int(p - buffer);
}

} // namespace stormcrew::demo
