#pragma once

#include "featuretable.h"

#include <QString>

#include <optional>
#include <span>

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

// One NDVI composite of a territory (territory_ndvi): the day it stands for and its greenness.
struct NdviComposite {
    qint64 day = 0;   // 00:00 UTC of observed_date, Unix seconds
    double value = 0; // -1..1
};

namespace leafon {
// A composite further than this from the storm is not used (two 16-day MODIS periods).
inline constexpr double NdviMaxDistanceDays = 32.0;
// The territory's own season (composites within a year either side of the storm) scales NDVI
// when it has this many composites over at least this span with at least this amplitude.
inline constexpr double NdviSeasonWindowDays = 365.0;
inline constexpr int NdviSeasonMinComposites = 6;
inline constexpr double NdviSeasonMinSpanDays = 180.0;
inline constexpr double NdviSeasonMinAmplitude = 0.1;
// Otherwise this dormant / full-leaf pair (deciduous forest of the eastern US; docs/model.md).
inline constexpr double NdviDormant = 0.3;
inline constexpr double NdviFullLeaf = 0.8;
} // namespace leafon

struct NdviLeafOn {
    double leafOn = 0;    // 0..1
    double greenness = 0; // the NDVI interpolated to the storm's time
    LeafOnSource source = LeafOnSource::NdviSeasonal;
};

// Stable names of the sources, as `stormcrew-cli features` prints them: "calendar",
// "ndvi_seasonal", "ndvi_fixed".
[[nodiscard]] QString leafOnSourceKey(LeafOnSource source);

// Leaf-on from a territory's NDVI composites (sorted by day, only those known at the as-of
// time) at a time: NDVI interpolated linearly between the composites either side (the nearer
// one alone when only it lies within NdviMaxDistanceDays), then scaled to 0..1 by the
// territory's seasonal minimum and maximum, or by the fixed pair when its series is too short.
// nullopt when no composite lies within NdviMaxDistanceDays: the calendar rule applies.
[[nodiscard]] std::optional<NdviLeafOn> leafOnFromNdvi(std::span<const NdviComposite> series,
                                                       qint64 time);

} // namespace stormcrew
