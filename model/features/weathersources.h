#pragma once

#include "domain/result.h"

#include <QString>

#include <vector>

struct sqlite3;

namespace stormcrew {

// One weather.source and the period its rows describe. The weather table has no resolution
// column, so the period is inferred: the smallest positive gap between two valid times of one
// territory, over the first valid times of every territory (3600 for hourly rows, 86400 for
// daily ones). 0 when no territory has two valid times.
struct WeatherSource {
    QString name;
    qint64 period = 0;

    [[nodiscard]] bool isSubDaily() const { return period > 0 && period < 86400; }
    [[nodiscard]] bool isDaily() const { return period == 86400; }
};

// Every source in the weather table, by name, with its period. Reads the weather_key index
// only (a few seeks per territory), never the whole table.
[[nodiscard]] Result<std::vector<WeatherSource>> readWeatherSources(sqlite3 *db,
                                                                    const QString &storePath);

} // namespace stormcrew
