#include "stormrepository.h"

#include "sqlite.h"
#include "store.h"

#include <QDateTime>

namespace stormcrew {

namespace {
bool execute(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}
} // namespace

StormRepository::StormRepository(Store &store) : m_store(store)
{}

Result<qint64> StormRepository::linkIncidents(qint64 stormId, qint64 start, qint64 end)
{
    sqlite3 *db = m_store.handle();
    auto link = sqlite::prepare(
        db, QStringLiteral("UPDATE incident SET storm_id = ?1 WHERE start_time >= ?2 AND "
                           "start_time < ?3 AND (storm_id IS NULL OR storm_id = ?1)"));
    if (!link)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    sqlite3_bind_int64(link.get(), 1, stormId);
    sqlite3_bind_int64(link.get(), 2, start);
    sqlite3_bind_int64(link.get(), 3, end);
    if (sqlite3_step(link.get()) != SQLITE_DONE)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    return qint64(sqlite3_changes64(db));
}

Result<qint64> StormRepository::saveDetected(const std::vector<StormEvent> &events,
                                             const QTimeZone &zone)
{
    if (m_store.isReadOnly())
        return Error{
            tr("is open read-only; saving storms needs write access"), m_store.path(), 0, {}};
    sqlite3 *db = m_store.handle();
    if (!execute(db, "BEGIN IMMEDIATE"))
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    auto fail = [&]() -> Result<qint64> {
        const Error error{sqlite::lastError(db), m_store.path(), 0, {}};
        execute(db, "ROLLBACK");
        return error;
    };
    auto upsert = sqlite::prepare(
        db, QStringLiteral("INSERT INTO storm(code, name, kind, start_time, end_time, source) "
                           "VALUES(?1,?2,'other',?3,?4,'detected') ON CONFLICT(code) DO UPDATE "
                           "SET start_time=excluded.start_time, end_time=excluded.end_time "
                           "RETURNING id"));
    if (!upsert)
        return fail();
    qint64 linked = 0;
    for (const StormEvent &event : events) {
        const qint64 start = QDateTime(event.firstDay, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 end =
            QDateTime(event.lastDay.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        const QByteArray code = event.code().toUtf8();
        const QByteArray name = (event.firstDay == event.lastDay
                                     ? tr("Storm of %1").arg(event.firstDay.toString(Qt::ISODate))
                                     : tr("Storm of %1 to %2")
                                           .arg(event.firstDay.toString(Qt::ISODate),
                                                event.lastDay.toString(Qt::ISODate)))
                                    .toUtf8();
        sqlite3_reset(upsert.get());
        sqlite3_bind_text(upsert.get(), 1, code.constData(), int(code.size()), SQLITE_STATIC);
        sqlite3_bind_text(upsert.get(), 2, name.constData(), int(name.size()), SQLITE_STATIC);
        sqlite3_bind_int64(upsert.get(), 3, start);
        sqlite3_bind_int64(upsert.get(), 4, end);
        if (sqlite3_step(upsert.get()) != SQLITE_ROW)
            return fail();
        const qint64 id = sqlite3_column_int64(upsert.get(), 0);
        sqlite3_reset(upsert.get());
        auto done = linkIncidents(id, start, end);
        if (!done) {
            execute(db, "ROLLBACK");
            return done.error();
        }
        linked += done.value();
    }
    if (auto audited = m_store.audit(
            QStringLiteral("storm.detect"),
            tr("%1 storms saved, %2 incidents linked").arg(events.size()).arg(linked));
        !audited) {
        execute(db, "ROLLBACK");
        return audited.error();
    }
    if (!execute(db, "COMMIT"))
        return fail();
    return linked;
}

} // namespace stormcrew
