#pragma once

#include "domain/result.h"
#include "weathersources.h"

#include <array>
#include <limits>
#include <optional>
#include <vector>

struct sqlite3;

namespace stormcrew {

// A storm (or forecast) whose weather is read. Window rows are the sub-daily rows valid in
// [windowStart, windowEnd] (both included, as docs/demo-data.md defines the storm's rows);
// antecedent days are the daily rows of the DailyLookback days before referenceDay.
struct WeatherTarget {
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    qint64 referenceDay = 0; // 00:00 UTC of the day the antecedent period ends before
};

// Days before the reference day that daily weather is read for (days since rain is capped there).
inline constexpr int DailyLookback = 60;

// What the weather says about one target in one territory, one row per valid time (an
// observation preferred, else the latest forecast issued by the as-of time).
struct TerritoryWeather {
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    // Rows of sub-daily sources in the window.
    int windowRows = 0;
    int windowForecastRows = 0; // of which forecasts
    double peakGust = NaN;      // NaN when no row has the value
    double peakWind = NaN;
    double hoursAbove20 = NaN; // hours: each row counts its source's period
    double precip = NaN;
    double snowIce = 0;
    bool snowIceReported = false; // some row has snow_mm or ice_mm

    // Daily rows of the days the window touches (the fallback without sub-daily rows).
    int dailyWindowRows = 0;
    double dailyGust = NaN;
    double dailyWind = NaN;
    double dailyPrecip = NaN;
    double dailySnowIce = 0;

    // Daily precipitation of the days before the reference day: [0] the day before, [1] the
    // day before that, ...; NaN where no daily row has it.
    std::array<double, DailyLookback> precipBefore{};

    std::optional<qint64> newestIssue; // of the forecast rows used
    quint64 sourcesUsed = 0;           // bit i: the reader's source i gave a row used here
};

// Reads the weather of many targets for every territory in one pass per territory and source
// over the weather_key index. Point in time: with asOf, an observation counts only when its
// period had ended by then (valid_time + period <= asOf), a forecast only when issued by then.
class WeatherReader {
public:
    WeatherReader(sqlite3 *db, QString storePath, std::vector<WeatherSource> sources,
                  std::optional<qint64> asOf);

    // result[target][territory], in the order given.
    [[nodiscard]] Result<std::vector<std::vector<TerritoryWeather>>>
    read(const std::vector<qint64> &territoryIds, const std::vector<WeatherTarget> &targets) const;

private:
    sqlite3 *m_db;
    QString m_storePath;
    std::vector<WeatherSource> m_sources;
    std::optional<qint64> m_asOf;
};

} // namespace stormcrew
