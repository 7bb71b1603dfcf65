#include "trackrepository.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <ogr_api.h>

#include <memory>

namespace stormcrew::hurricane {

namespace {
struct GeometryDestroyer {
    void operator()(OGRGeometryH geometry) const { OGR_G_DestroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;

std::optional<double> optionalDouble(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(stmt, column);
}
} // namespace

TrackRepository::TrackRepository(const Store &store) : m_store(store)
{}

Result<std::vector<TropicalStormInfo>> TrackRepository::all() const
{
    sqlite3 *db = m_store.handle();
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT s.id, t.atcf_id, t.name, s.start_time, s.end_time, t.id "
                           "FROM tropical_storm t JOIN storm s ON s.id = t.storm_id "
                           "ORDER BY s.start_time, t.atcf_id"));
    auto issues = sqlite::prepare(
        db, QStringLiteral("SELECT DISTINCT coalesce(issued_time, -1) FROM track_point WHERE "
                           "tropical_storm_id = ?1 ORDER BY 1"));
    if (!stmt || !issues)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    std::vector<TropicalStormInfo> result;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        TropicalStormInfo info;
        info.stormId = sqlite3_column_int64(stmt.get(), 0);
        info.atcfId = sqlite::columnText(stmt.get(), 1);
        info.name = sqlite::columnText(stmt.get(), 2);
        info.start = sqlite3_column_int64(stmt.get(), 3);
        info.end = sqlite3_column_int64(stmt.get(), 4);
        sqlite3_reset(issues.get());
        sqlite3_bind_int64(issues.get(), 1, sqlite3_column_int64(stmt.get(), 5));
        while (sqlite3_step(issues.get()) == SQLITE_ROW) {
            const qint64 issued = sqlite3_column_int64(issues.get(), 0);
            if (issued < 0)
                info.hasBestTrack = true;
            else
                info.forecastIssues.push_back(issued);
        }
        result.push_back(std::move(info));
    }
    return result;
}

Result<TropicalStormInfo> TrackRepository::find(const QString &storm) const
{
    auto storms = all();
    if (!storms)
        return storms.error();
    QStringList known;
    for (const auto &info : storms.value()) {
        if (info.atcfId.compare(storm, Qt::CaseInsensitive) == 0 ||
            info.name.compare(storm, Qt::CaseInsensitive) == 0)
            return info;
        known.append(info.atcfId);
    }
    return Error{known.isEmpty()
                     ? tr("holds no tropical storm; import a track first (stormcrew-cli import "
                          "track FILE)")
                     : tr("holds no tropical storm '%1'; it holds: %2")
                           .arg(storm, known.join(QStringLiteral(", "))),
                 m_store.path(),
                 0,
                 {}};
}

Result<TropicalTrack> TrackRepository::track(const TropicalStormInfo &storm,
                                             std::optional<qint64> issued) const
{
    sqlite3 *db = m_store.handle();
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT p.valid_time, p.lat, p.lon, p.max_wind_kt, "
                           "p.min_pressure_hpa, p.status, p.record, p.r34_ne, p.r34_se, "
                           "p.r34_sw, p.r34_nw, p.r50_ne, p.r50_se, p.r50_sw, p.r50_nw, p.r64_ne, "
                           "p.r64_se, p.r64_sw, p.r64_nw, p.rmw_nm FROM track_point p JOIN "
                           "tropical_storm t ON t.id = p.tropical_storm_id WHERE t.atcf_id = ?1 "
                           "AND coalesce(p.issued_time, -1) = ?2 ORDER BY p.valid_time"));
    if (!stmt)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    sqlite::bindText(stmt.get(), 1, storm.atcfId);
    sqlite3_bind_int64(stmt.get(), 2, issued.value_or(-1));
    TropicalTrack track;
    track.atcfId = storm.atcfId;
    track.name = storm.name;
    track.issuedTime = issued;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        sqlite3_stmt *s = stmt.get();
        TrackPoint point;
        point.validTime = sqlite3_column_int64(s, 0);
        point.lat = sqlite3_column_double(s, 1);
        point.lon = sqlite3_column_double(s, 2);
        point.maxWindKt = optionalDouble(s, 3);
        point.minPressureHpa = optionalDouble(s, 4);
        point.status = sqlite::columnText(s, 5);
        point.record = sqlite::columnText(s, 6);
        for (int t = 0; t < 3; ++t) {
            if (sqlite3_column_type(s, 7 + 4 * t) == SQLITE_NULL)
                continue;
            std::array<double, 4> radii{};
            for (int q = 0; q < 4; ++q)
                radii[q] = sqlite3_column_double(s, 7 + 4 * t + q);
            point.radii[t] = radii;
        }
        point.rmwNm = optionalDouble(s, 19);
        track.points.push_back(std::move(point));
    }
    if (track.points.empty())
        return Error{issued
                         ? tr("has no forecast track of %1 issued at that time").arg(storm.atcfId)
                         : tr("has no best track of %1; import one, or name a forecast "
                              "with --issued")
                               .arg(storm.atcfId),
                     m_store.path(),
                     0,
                     {}};
    return track;
}

Result<std::vector<SamplePoint>> TrackRepository::samplePoints() const
{
    sqlite3 *db = m_store.handle();
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT id, code, geometry FROM territory ORDER BY code"));
    if (!stmt)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    std::vector<SamplePoint> points;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        SamplePoint point;
        point.territoryId = sqlite3_column_int64(stmt.get(), 0);
        point.code = sqlite::columnText(stmt.get(), 1);
        const auto *wkb = static_cast<const unsigned char *>(sqlite3_column_blob(stmt.get(), 2));
        const int size = sqlite3_column_bytes(stmt.get(), 2);
        OGRGeometryH raw = nullptr;
        if (OGR_G_CreateFromWkb(wkb, nullptr, &raw, size) != OGRERR_NONE || !raw)
            return Error{tr("territory %1 has a geometry that cannot be read").arg(point.code),
                         m_store.path(),
                         0,
                         {}};
        GeometryPtr geometry(raw);
        GeometryPtr centroid(OGR_G_CreateGeometry(wkbPoint));
        if (OGR_G_Centroid(geometry.get(), centroid.get()) != OGRERR_NONE)
            return Error{tr("territory %1 has no centroid").arg(point.code), m_store.path(), 0, {}};
        point.lon = OGR_G_GetX(centroid.get(), 0);
        point.lat = OGR_G_GetY(centroid.get(), 0);
        points.push_back(std::move(point));
    }
    return points;
}

} // namespace stormcrew::hurricane
