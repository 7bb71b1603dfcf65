#pragma once

#include "demoforecasts.h"
#include "demooutages.h"
#include "demoutility.h"
#include "demoweather.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew::demo {

// The demo's tables as CSV files in exactly the columns the importers read
// (docs/data-formats.md, docs/ingest-rasters-weather.md): UTF-8, a header line, times in ISO
// 8601 UTC with Z, numbers with a dot, text with commas quoted.
class DemoCsvFiles {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::demo::DemoCsvFiles)

public:
    // code, customers, overhead_km, underground_km, poles, last_trimmed, depot
    [[nodiscard]] static Result<void> writeAssets(const QString &path, const DemoUtility &utility);

    // territory, valid_time, issued_time (empty), gust_ms, wind_ms, precip_mm, temp_c, ice_mm:
    // every storm's hourly window.
    [[nodiscard]] static Result<void>
    writeHourlyWeather(const QString &path, const DemoUtility &utility, const DemoHistory &history);

    // territory, valid_time, issued_time (empty), gust_ms, wind_ms, precip_mm, temp_c: one row
    // per territory and day.
    [[nodiscard]] static Result<void> writeDailyWeather(const QString &path,
                                                        const DemoUtility &utility,
                                                        const std::vector<DailyWeather> &days);

    // The past storms' forecasts as issued: territory, valid_time, issued_time, gust_ms,
    // wind_ms, precip_mm, temp_c, ice_mm hourly over each storm's window; and the same columns
    // but ice_mm daily for the days between each issue and its storm.
    [[nodiscard]] static Result<void>
    writeIssuedForecasts(const QString &hourlyPath, const QString &dailyPath,
                         const DemoUtility &utility, const std::vector<IssuedForecast> &forecasts);

    // id, start, end, customers, cause, lat, lon
    [[nodiscard]] static Result<void> writeIncidents(const QString &path,
                                                     const DemoUtility &utility,
                                                     const DemoHistory &history,
                                                     const DemoOutages &outages);

    // code, name, kind, start, end
    [[nodiscard]] static Result<void> writeStorms(const QString &path, const DemoHistory &history);

    // The id an incident has in the file and the store: "<storm code>-<territory>-<n>".
    [[nodiscard]] static QString incidentId(const DemoHistory &history, const DemoUtility &utility,
                                            const DemoIncident &incident);
};

} // namespace stormcrew::demo
