#include "trackimporter.h"

#include "domain/tropicaltrack.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "trackreader.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace stormcrew {

namespace {
void bindOptional(sqlite3_stmt *stmt, int index, const std::optional<double> &value)
{
    if (value)
        sqlite3_bind_double(stmt, index, *value);
    else
        sqlite3_bind_null(stmt, index);
}
} // namespace

TrackImporter::TrackImporter(Store &store) : m_store(store)
{}

QString TrackImporter::displayName(const QString &name)
{
    if (name.isEmpty())
        return name;
    return name.left(1).toUpper() + name.mid(1).toLower();
}

Result<ImportReport> TrackImporter::run(const QString &file, const QString &stormFilter,
                                        RejectPolicy policy)
{
    ImportReport report(QStringLiteral("track"), file);
    auto read = TrackReader::read(file, report);
    if (!read)
        return read.error();
    std::vector<TropicalTrack> tracks = std::move(read.value().tracks);
    if (!stormFilter.isEmpty()) {
        QStringList available;
        for (const auto &track : tracks)
            available.append(track.atcfId + QLatin1Char(' ') + displayName(track.name));
        std::erase_if(tracks, [&](const TropicalTrack &track) {
            return track.atcfId.compare(stormFilter, Qt::CaseInsensitive) != 0 &&
                   track.name.compare(stormFilter, Qt::CaseInsensitive) != 0;
        });
        if (tracks.empty()) {
            available.removeDuplicates();
            return Error{tr("holds no storm '%1'; it holds: %2")
                             .arg(stormFilter, available.join(QStringLiteral(", "))),
                         file,
                         0,
                         {}};
        }
    }
    report.note(tr("Format: %1.").arg(TrackReader::formatName(read.value().format)));

    ImportTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    const QString source = QFileInfo(file).fileName();
    int best = 0;
    int forecasts = 0;
    for (const TropicalTrack &track : tracks) {
        if (track.points.empty())
            continue;
        if (auto written = write(track, source); !written)
            return written.error();
        (track.issuedTime ? forecasts : best) += 1;
    }
    report.note(tr("%n best track(s)", nullptr, best) + QStringLiteral(", ") +
                tr("%n forecast track(s)", nullptr, forecasts) + QLatin1Char('.'));
    if (auto finished = transaction.finish(report, policy);
        !finished && ImportTransaction::accepts(report, policy))
        return finished.error();
    return report;
}

Result<void> TrackImporter::write(const TropicalTrack &track, const QString &source)
{
    sqlite3 *db = m_store.handle();
    auto fail = [&](const QString &what) {
        return Error{tr("%1 could not be written: %2").arg(what, sqlite::lastError(db)),
                     m_store.path(),
                     0,
                     {}};
    };
    // The storm row: its window covers every fix known of it (best track and forecasts).
    const qint64 first = track.points.front().validTime;
    const qint64 last = track.points.back().validTime;
    auto storm = sqlite::prepare(
        db, QStringLiteral("INSERT INTO storm(code, name, kind, start_time, end_time, source) "
                           "VALUES(?1, ?2, 'tropical', ?3, ?4, ?5) ON CONFLICT(code) DO UPDATE "
                           "SET name = excluded.name, kind = 'tropical', "
                           "start_time = min(start_time, excluded.start_time), "
                           "end_time = max(end_time, excluded.end_time) RETURNING id"));
    if (!storm)
        return fail(track.atcfId);
    sqlite::bindText(storm.get(), 1, track.atcfId);
    sqlite::bindText(storm.get(), 2, tr("%1 (%2)").arg(displayName(track.name), track.atcfId));
    sqlite3_bind_int64(storm.get(), 3, first);
    sqlite3_bind_int64(storm.get(), 4, last);
    sqlite::bindText(storm.get(), 5, source);
    if (sqlite3_step(storm.get()) != SQLITE_ROW)
        return fail(track.atcfId);
    const qint64 stormId = sqlite3_column_int64(storm.get(), 0);

    auto tropical = sqlite::prepare(
        db, QStringLiteral("INSERT INTO tropical_storm(storm_id, atcf_id, name, basin, season, "
                           "source, imported_time) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                           "ON CONFLICT(atcf_id) DO UPDATE SET name = CASE WHEN excluded.name "
                           "= 'UNNAMED' THEN name ELSE excluded.name END, source = "
                           "excluded.source, imported_time = excluded.imported_time RETURNING id"));
    if (!tropical)
        return fail(track.atcfId);
    sqlite3_bind_int64(tropical.get(), 1, stormId);
    sqlite::bindText(tropical.get(), 2, track.atcfId);
    sqlite::bindText(tropical.get(), 3, track.name);
    sqlite::bindText(tropical.get(), 4, track.basin());
    sqlite3_bind_int64(tropical.get(), 5, track.season());
    sqlite::bindText(tropical.get(), 6, source);
    sqlite3_bind_int64(tropical.get(), 7, QDateTime::currentSecsSinceEpoch());
    if (sqlite3_step(tropical.get()) != SQLITE_ROW)
        return fail(track.atcfId);
    const qint64 tropicalId = sqlite3_column_int64(tropical.get(), 0);

    // The same track imported again replaces its points.
    auto clear = sqlite::prepare(db, QStringLiteral("DELETE FROM track_point WHERE "
                                                    "tropical_storm_id = ?1 AND "
                                                    "coalesce(issued_time, -1) = ?2"));
    if (!clear)
        return fail(track.atcfId);
    sqlite3_bind_int64(clear.get(), 1, tropicalId);
    sqlite3_bind_int64(clear.get(), 2, track.issuedTime.value_or(-1));
    if (sqlite3_step(clear.get()) != SQLITE_DONE)
        return fail(track.atcfId);

    auto insert = sqlite::prepare(
        db, QStringLiteral("INSERT INTO track_point(tropical_storm_id, issued_time, valid_time, "
                           "lat, lon, max_wind_kt, min_pressure_hpa, status, record, "
                           "r34_ne, r34_se, r34_sw, r34_nw, r50_ne, r50_se, r50_sw, r50_nw, "
                           "r64_ne, r64_se, r64_sw, r64_nw, rmw_nm, source) VALUES(?1, ?2, ?3, "
                           "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                           "?18, ?19, ?20, ?21, ?22, ?23)"));
    if (!insert)
        return fail(track.atcfId);
    for (const TrackPoint &point : track.points) {
        sqlite3_stmt *stmt = insert.get();
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        sqlite3_bind_int64(stmt, 1, tropicalId);
        if (track.issuedTime)
            sqlite3_bind_int64(stmt, 2, *track.issuedTime);
        sqlite3_bind_int64(stmt, 3, point.validTime);
        sqlite3_bind_double(stmt, 4, point.lat);
        sqlite3_bind_double(stmt, 5, point.lon);
        bindOptional(stmt, 6, point.maxWindKt);
        bindOptional(stmt, 7, point.minPressureHpa);
        sqlite::bindText(stmt, 8, point.status);
        sqlite::bindText(stmt, 9, point.record);
        for (int t = 0; t < 3; ++t) {
            for (int q = 0; q < 4; ++q) {
                if (point.radii[t])
                    sqlite3_bind_double(stmt, 10 + 4 * t + q, (*point.radii[t])[q]);
            }
        }
        bindOptional(stmt, 22, point.rmwNm);
        sqlite::bindText(stmt, 23, source);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return fail(track.atcfId);
    }
    return {};
}

} // namespace stormcrew
