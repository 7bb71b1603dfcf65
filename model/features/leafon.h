#pragma once

#include <QtGlobal>

namespace stormcrew {

// When deciduous trees carry leaves at a latitude: the days of the year (1 = 1 January 00:00 UTC,
// fractional) at which spring green-up and autumn leaf fall are half done. docs/model.md gives
// the sources (MODIS MCD12Q2 for the Ohio Valley, Hopkins' bioclimatic law for the shift).
struct LeafOnCalendar {
    double greenUp = 0;  // leaf-on rises from 0 to 1 over the RampDays around this day
    double leafFall = 0; // and falls back to 0 around this one
};

namespace leafon {
// Reference latitude, and the half-way days of green-up and leaf fall there (MODIS MCD12Q2
// mid-green-up and mid-green-down of deciduous forest in Kentucky and Tennessee: late April,
// late October).
inline constexpr double ReferenceLatitude = 37.0;
inline constexpr double ReferenceGreenUp = 110.0;  // 20 April
inline constexpr double ReferenceLeafFall = 298.0; // 25 October
// Hopkins' bioclimatic law: spring comes about 4 days later per degree northwards; autumn is
// taken to come as much earlier.
inline constexpr double DaysPerDegree = 4.0;
// Green-up and leaf fall each take this many days (a linear ramp centred on their day).
inline constexpr double RampDays = 20.0;
// The linear shift is used between these latitudes; beyond them the nearest edge's calendar.
inline constexpr double MinLatitude = 29.0;
inline constexpr double MaxLatitude = 45.0;
} // namespace leafon

// The calendar at a latitude (degrees; south of the equator the same by absolute latitude, its
// days counted from 1 July).
[[nodiscard]] LeafOnCalendar leafOnCalendar(double latitude);

// Leaf-on, 0 (bare) .. 1 (full leaf), at a latitude and a time (Unix seconds UTC). Never rises
// with latitude at a fixed time in the northern hemisphere. NaN when the latitude is NaN.
[[nodiscard]] double leafOn(double latitude, qint64 time);

} // namespace stormcrew
