#pragma once

#include "demogeography.h"
#include "demoweather.h"

#include <array>
#include <vector>

namespace stormcrew::demo {

// Lead times, in hours before a past storm's start, at which the demo issues a forecast of it.
inline constexpr std::array<int, 3> ForecastLeadHours{72, 48, 24};
// Forecasts are issued on the model cycles of the weather services: 00, 06, 12 and 18 UTC.
inline constexpr int ForecastCycleHours = 6;

// How wrong a forecast issued `leadHours` before a storm is, storm-wide (every territory shares
// it: a forecast misplaces and mistimes the whole storm, not each county on its own) and per
// territory. Drawn once per storm and lead from its own stream (docs/demo-data.md).
struct ForecastError {
    double gustFactor = 1;  // multiplies the storm's gusts (bias and scale)
    double rainFactor = 1;  // multiplies its rain and ice
    double shiftHours = 0;  // the forecast storm runs this much late (early when negative)
    double shiftXKm = 0;    // and is displaced by this much east ...
    double shiftYKm = 0;    // ... and north
    double territorySd = 0; // log-sd of each territory's own gust factor
    double dailyRainSd = 0; // log-sd of a forecast day's rain against what fell
};

// A forecast of one past storm as it was issued: hourly over the storm's window [start, end]
// (valid times on the hour), and daily for the days from its issue day to the day before the
// storm (the antecedent days nobody had observed yet), in the history's tenths.
struct IssuedForecast {
    int storm = 0; // index into DemoHistory::storms
    int leadHours = 0;
    qint64 issued = 0; // Unix seconds, on a ForecastCycleHours cycle
    ForecastError error;
    HourlyWeather hourly;
    std::vector<DailyWeather> daily;
};

// Every past storm's forecasts issued ForecastLeadHours before its start (rounded down to the
// cycle), from the storm's true field with that lead's errors; in storm order, then lead order.
[[nodiscard]] std::vector<IssuedForecast>
generateIssuedForecasts(const std::vector<DemoCounty> &counties, const DemoHistory &history,
                        quint64 seed);

} // namespace stormcrew::demo
