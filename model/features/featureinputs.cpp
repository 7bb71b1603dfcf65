#include "featureinputs.h"

#include "store/sqlite.h"

#include <QDate>

#include <limits>

namespace stormcrew {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double doubleOrNaN(sqlite3_stmt *stmt, int column)
{
    return sqlite3_column_type(stmt, column) == SQLITE_NULL ? NaN
                                                            : sqlite3_column_double(stmt, column);
}

Error sqlError(sqlite3 *db, const QString &path)
{
    return Error{sqlite::lastError(db), path, 0, {}};
}

} // namespace

Result<std::vector<FeatureTerritory>> readFeatureTerritories(sqlite3 *db, const QString &path)
{
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT id, code, name, min_lat, max_lat, min_lon, max_lon, customers, "
                           "overhead_km, canopy_fraction, last_trimmed FROM territory ORDER BY "
                           "code"));
    if (!stmt)
        return sqlError(db, path);
    std::vector<FeatureTerritory> territories;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        FeatureTerritory t;
        t.id = sqlite3_column_int64(stmt.get(), 0);
        t.code = sqlite::columnText(stmt.get(), 1);
        t.name = sqlite::columnText(stmt.get(), 2);
        t.latitude =
            (sqlite3_column_double(stmt.get(), 3) + sqlite3_column_double(stmt.get(), 4)) / 2;
        t.longitude =
            (sqlite3_column_double(stmt.get(), 5) + sqlite3_column_double(stmt.get(), 6)) / 2;
        t.customers = doubleOrNaN(stmt.get(), 7);
        t.overheadKm = doubleOrNaN(stmt.get(), 8);
        t.canopy = doubleOrNaN(stmt.get(), 9);
        const QDate trimmed =
            QDate::fromString(sqlite::columnText(stmt.get(), 10).left(10), Qt::ISODate);
        if (trimmed.isValid())
            t.lastTrimmed = (trimmed.toJulianDay() - 2440588) * 86400;
        territories.push_back(std::move(t));
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, path);
    return territories;
}

Result<std::vector<FeatureTarget>> readStorms(sqlite3 *db, const QString &path,
                                              std::optional<qint64> id)
{
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT id, code, kind, start_time, end_time FROM storm WHERE ?1 IS "
                           "NULL OR id = ?1 ORDER BY start_time, id"));
    if (!stmt)
        return sqlError(db, path);
    if (id)
        sqlite3_bind_int64(stmt.get(), 1, *id);
    std::vector<FeatureTarget> storms;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        FeatureTarget s;
        s.stormId = sqlite3_column_int64(stmt.get(), 0);
        s.code = sqlite::columnText(stmt.get(), 1);
        s.kind = sqlite::columnText(stmt.get(), 2);
        s.start = sqlite3_column_int64(stmt.get(), 3);
        s.end = sqlite3_column_int64(stmt.get(), 4);
        storms.push_back(std::move(s));
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, path);
    return storms;
}

Result<std::optional<FeatureTarget>> readLatestForecast(sqlite3 *db, const QString &path,
                                                        std::optional<qint64> asOf)
{
    // issued_time has no index: one scan of the table, grouped over the forecast rows only.
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT issued_time, min(valid_time), max(valid_time) FROM weather "
                           "WHERE issued_time IS NOT NULL AND (?1 IS NULL OR issued_time <= ?1) "
                           "GROUP BY issued_time ORDER BY issued_time DESC LIMIT 1"));
    auto kind = sqlite::prepare(
        db, QStringLiteral("SELECT k.value FROM setting k JOIN setting i ON i.key = "
                           "'demo.forecast_issued_time' WHERE k.key = 'demo.forecast_kind' AND "
                           "i.value = ?1"));
    if (!stmt || !kind)
        return sqlError(db, path);
    if (asOf)
        sqlite3_bind_int64(stmt.get(), 1, *asOf);
    const int rc = sqlite3_step(stmt.get());
    if (rc == SQLITE_DONE)
        return std::optional<FeatureTarget>();
    if (rc != SQLITE_ROW)
        return sqlError(db, path);
    FeatureTarget forecast;
    forecast.code = QStringLiteral("forecast");
    forecast.issued = sqlite3_column_int64(stmt.get(), 0);
    forecast.start = sqlite3_column_int64(stmt.get(), 1);
    forecast.end = sqlite3_column_int64(stmt.get(), 2);
    // The demo records which kind of storm its forecast brings; other forecasts do not say.
    const QByteArray issued = QByteArray::number(*forecast.issued);
    sqlite3_bind_text(kind.get(), 1, issued.constData(), int(issued.size()), SQLITE_TRANSIENT);
    forecast.kind = sqlite3_step(kind.get()) == SQLITE_ROW ? sqlite::columnText(kind.get(), 0)
                                                           : QStringLiteral("other");
    return std::optional<FeatureTarget>(std::move(forecast));
}

Result<NdviSeries> readNdvi(sqlite3 *db, const QString &path, std::optional<qint64> asOf)
{
    // The day as Unix seconds in SQL, so that the as-of filter is an integer comparison.
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT territory_id, day, value FROM (SELECT territory_id, "
                           "CAST(strftime('%s', observed_date) AS INTEGER) AS day, value FROM "
                           "territory_ndvi WHERE value IS NOT NULL) WHERE ?1 IS NULL OR day + "
                           "86400 <= ?1 ORDER BY territory_id, day"));
    if (!stmt)
        return sqlError(db, path);
    if (asOf)
        sqlite3_bind_int64(stmt.get(), 1, *asOf);
    NdviSeries series;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        series[sqlite3_column_int64(stmt.get(), 0)].push_back(
            {sqlite3_column_int64(stmt.get(), 1), sqlite3_column_double(stmt.get(), 2)});
    if (rc != SQLITE_DONE)
        return sqlError(db, path);
    return series;
}

Result<OutageCounts> readOutages(sqlite3 *db, const QString &path, std::optional<qint64> stormId)
{
    auto outcomes = sqlite::prepare(
        db, QStringLiteral("SELECT storm_id, territory_id, outages FROM storm_outcome WHERE ?1 "
                           "IS NULL OR storm_id = ?1"));
    auto incidents = sqlite::prepare(
        db, QStringLiteral("SELECT storm_id, territory_id, count(*) FROM incident WHERE "
                           "storm_id IS NOT NULL AND territory_id IS NOT NULL AND (?1 IS NULL OR "
                           "storm_id = ?1) GROUP BY storm_id, territory_id"));
    if (!outcomes || !incidents)
        return sqlError(db, path);
    OutageCounts counts;
    if (stormId) {
        sqlite3_bind_int64(outcomes.get(), 1, *stormId);
        sqlite3_bind_int64(incidents.get(), 1, *stormId);
    }
    int rc;
    while ((rc = sqlite3_step(outcomes.get())) == SQLITE_ROW)
        counts[sqlite3_column_int64(outcomes.get(), 0)][sqlite3_column_int64(outcomes.get(), 1)] =
            sqlite3_column_double(outcomes.get(), 2);
    if (rc != SQLITE_DONE)
        return sqlError(db, path);
    while ((rc = sqlite3_step(incidents.get())) == SQLITE_ROW) // outcomes win where both exist
        counts[sqlite3_column_int64(incidents.get(), 0)].emplace(
            sqlite3_column_int64(incidents.get(), 1), sqlite3_column_double(incidents.get(), 2));
    if (rc != SQLITE_DONE)
        return sqlError(db, path);
    return counts;
}

} // namespace stormcrew
