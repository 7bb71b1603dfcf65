#pragma once

#include "demogeography.h"
#include "stormfield.h"

#include <QString>

#include <vector>

namespace stormcrew::demo {

// The demo history's calendar: storms from the first to the last year, whatever day it is now.
inline constexpr int HistoryFirstYear = 2019;
inline constexpr int HistoryLastYear = 2025;
// Hourly observations run from this many hours before a storm's start to as many after its end.
inline constexpr int WindowMarginHours = 3;
// The generating model's antecedent precipitation: the days before a storm's start day it sums.
inline constexpr int AntecedentDays = 14;
// Daily observations cover this many days before each storm's start day (and its days), and
// before the forecast's issue day, so that the engine's 30-day antecedent precipitation is
// complete. Every day draws from its own stream: the days beyond AntecedentDays move nothing.
inline constexpr int DailyHistoryDays = 30;

// A past storm: its pattern and field, and its span (Unix seconds UTC, on the hour).
struct DemoStorm {
    QString code;
    QString name;
    StormPattern pattern = StormPattern::Derecho;
    StormField field;
    qint64 start = 0;
    qint64 end = 0; // start + the field's hours, rounded up to the hour
    // Multiplies the rain of the three weeks before it: dry (0.1), usual (1) or wet (2.6).
    double antecedentRegime = 1;
};

// Hourly observations of one storm window for every territory, in tenths of the store's units
// (m/s, mm, degrees C): integers, so that the files, the store and the covariates agree exactly.
// A row at valid time v describes the hour [v, v + 1 h).
struct HourlyWeather {
    qint64 firstHour = 0;
    int hours = 0;
    int territories = 0;
    bool hasIce = false;
    std::vector<qint16> gust;
    std::vector<qint16> wind;
    std::vector<qint16> precip;
    std::vector<qint16> temp;
    std::vector<qint16> ice;

    [[nodiscard]] std::size_t at(int territory, int hour) const
    {
        return std::size_t(territory) * std::size_t(hours) + std::size_t(hour);
    }
};

// One day's observations for every territory, in tenths: daily maximum gust, mean wind, total
// precipitation, mean temperature. The row's valid time is the day's 00:00 UTC.
struct DailyWeather {
    qint64 day = 0; // Unix seconds of 00:00 UTC
    std::vector<qint16> gust;
    std::vector<qint16> wind;
    std::vector<qint16> precip;
    std::vector<qint16> temp;
};

// Everything observed in the history: storms in time order, their hourly windows (same order)
// and the daily observations, in day order.
struct DemoHistory {
    std::vector<DemoStorm> storms;
    std::vector<HourlyWeather> hourly;
    std::vector<DailyWeather> daily;
};

// Schedules the storms (counts per pattern, seasons, at least four days apart) and observes them.
[[nodiscard]] DemoHistory generateHistory(const std::vector<DemoCounty> &counties, quint64 seed);

// The incoming storm: an hourly gridded forecast on a regular WGS 84 grid over Kentucky.
struct ForecastGrid {
    double west = -89.8;
    double north = 39.4;
    double cellDegrees = 0.05;
    int width = 162;
    int height = 62;
    int steps = 72;            // valid times issued + 1 h ... issued + steps h
    qint64 issued = 0;         // Unix seconds, on the hour
    std::vector<float> gust;   // m/s, [step][row from the north][column]
    std::vector<float> wind;   // m/s
    std::vector<float> precip; // mm in the hour starting at the valid time
};

struct DemoForecast {
    ForecastGrid grid;
    StormPattern pattern = StormPattern::WinterWind;
    qint64 stormStart = 0;
    double stormHours = 0;
    // Daily observations of the DailyHistoryDays days before the issue day (antecedent wetness).
    std::vector<DailyWeather> recent;
};

// The forecast issued at `issued` (rounded down to the hour); its pattern suits the season.
[[nodiscard]] DemoForecast generateForecast(const std::vector<DemoCounty> &counties, quint64 seed,
                                            qint64 issued);

// The extent the storm fields are drawn over: the counties with a 30 km margin.
[[nodiscard]] KmExtent fieldExtent(const std::vector<DemoCounty> &counties);

// The climate the generator draws around, shared by the observations and the forecasts.
// 1 in mid-January, 0 in mid-July.
[[nodiscard]] double winterness(qint64 time);
// Kentucky's climatological daily mean temperature (degrees C): about 1 C in January, 25 C in
// July.
[[nodiscard]] double dailyClimatology(qint64 time);
// The same at an hour of the day: warmest in the late afternoon (21 UTC).
[[nodiscard]] double climatology(qint64 time);
// The expected gust (m/s) away from any storm: windier in winter and in the afternoon.
[[nodiscard]] double calmGust(qint64 time);
// The counties' centroids in LocalKm, in the counties' order.
[[nodiscard]] std::vector<LocalKm> centroids(const std::vector<DemoCounty> &counties);

} // namespace stormcrew::demo
