#include "weathersources.h"

#include "store/sqlite.h"

#include <algorithm>
#include <map>

namespace stormcrew {

namespace {

// Distinct valid times read per territory and source to find the period: enough to see two
// neighbours of a regular series, few enough to stay an index seek.
constexpr int PeriodSample = 64;

} // namespace

Result<std::vector<WeatherSource>> readWeatherSources(sqlite3 *db, const QString &storePath)
{
    const auto failed = [&] { return Error{sqlite::lastError(db), storePath, 0, {}}; };
    auto territories = sqlite::prepare(db, QStringLiteral("SELECT id FROM territory ORDER BY id"));
    // Skip-scan of weather_key(territory_id, source, ...): the next source of a territory.
    auto nextSource = sqlite::prepare(
        db, QStringLiteral("SELECT source FROM weather WHERE territory_id = ?1 AND source > ?2 "
                           "ORDER BY source LIMIT 1"));
    auto times = sqlite::prepare(
        db, QStringLiteral("SELECT DISTINCT valid_time FROM weather WHERE territory_id = ?1 AND "
                           "source = ?2 ORDER BY valid_time LIMIT ?3"));
    if (!territories || !nextSource || !times)
        return failed();

    std::map<QString, qint64> periods; // 0 = not known yet
    int rc;
    while ((rc = sqlite3_step(territories.get())) == SQLITE_ROW) {
        const qint64 territory = sqlite3_column_int64(territories.get(), 0);
        QByteArray after; // "" sorts before every source name
        while (true) {
            sqlite3_reset(nextSource.get());
            sqlite3_bind_int64(nextSource.get(), 1, territory);
            sqlite3_bind_text(nextSource.get(), 2, after.constData(), int(after.size()),
                              SQLITE_TRANSIENT);
            const int step = sqlite3_step(nextSource.get());
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_ROW)
                return failed();
            const QString source = sqlite::columnText(nextSource.get(), 0);
            after = source.toUtf8();

            sqlite3_reset(times.get());
            sqlite3_bind_int64(times.get(), 1, territory);
            sqlite3_bind_text(times.get(), 2, after.constData(), int(after.size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_int(times.get(), 3, PeriodSample);
            qint64 &period = periods[source];
            qint64 previous = 0;
            bool first = true;
            int timeStep;
            while ((timeStep = sqlite3_step(times.get())) == SQLITE_ROW) {
                const qint64 valid = sqlite3_column_int64(times.get(), 0);
                if (!first && valid > previous)
                    period = period == 0 ? valid - previous : std::min(period, valid - previous);
                previous = valid;
                first = false;
            }
            if (timeStep != SQLITE_DONE)
                return failed();
        }
    }
    if (rc != SQLITE_DONE)
        return failed();

    std::vector<WeatherSource> sources;
    for (const auto &[name, period] : periods)
        sources.push_back({name, period});
    return sources;
}

} // namespace stormcrew
