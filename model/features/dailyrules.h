#pragma once

#include <span>

namespace stormcrew {

// The rules that turn daily precipitation before a storm into features, as pure functions of
// precipBefore (mm; [0] the day before the reference day, [1] the day before that, ...; NaN for
// a day without a daily row).

// The share of days that may be missing from an antecedent period: they count as the mean of
// the others. With more missing the feature is missing (NaN).
inline constexpr int AntecedentMissingDivisor = 5; // at most a fifth
inline constexpr double SignificantRainMm = 10.0;
inline constexpr int DaysSinceRainCap = 60;

// Precipitation of the `days` days before, mm; NaN when more than a fifth of them are missing.
[[nodiscard]] double antecedentPrecip(std::span<const double> precipBefore, int days,
                                      bool *filled = nullptr);

struct DaysSinceRain {
    double days = 0;         // NaN when the day before has no daily row
    bool lowerBound = false; // no day with >= 10 mm in the gap-free days before: at least `days`
};

// Days from the last day with at least 10 mm to the reference day (the day before = 1), at most
// 60. Only the gap-free run of days before counts.
[[nodiscard]] DaysSinceRain daysSinceRain(std::span<const double> precipBefore);

} // namespace stormcrew
