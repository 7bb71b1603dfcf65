#include "trainingcalls.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>

#include <cmath>

namespace stormcrew::training {

namespace {

Error callError(const Store &store, const QString &message, const QString &field = {})
{
    return Error{message, store.path(), 0, field};
}

} // namespace

TrainingCallRepository::TrainingCallRepository(Store &store) : m_store(store)
{}

Result<void> TrainingCallRepository::ensureSchema()
{
    static const char *const Schema =
        "CREATE TABLE IF NOT EXISTS training_call ("
        " storm_id INTEGER NOT NULL REFERENCES storm(id) ON DELETE CASCADE,"
        " grp TEXT NOT NULL,"
        " crews REAL NOT NULL CHECK (crews >= 0),"
        " outages REAL NOT NULL CHECK (outages >= 0),"
        " entered_time INTEGER NOT NULL,"
        " PRIMARY KEY (storm_id, grp)) STRICT;"
        "CREATE TABLE IF NOT EXISTS training_reveal ("
        " storm_id INTEGER PRIMARY KEY REFERENCES storm(id) ON DELETE CASCADE,"
        " revealed_time INTEGER NOT NULL) STRICT;";
    char *message = nullptr;
    if (sqlite3_exec(m_store.handle(), Schema, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return callError(m_store, tr("the training tables cannot be created: %1").arg(text));
    }
    return {};
}

Result<void> TrainingCallRepository::save(qint64 stormId, const std::vector<TrainingCall> &calls)
{
    for (const TrainingCall &call : calls) {
        const QString where = call.group.isEmpty() ? tr("the total") : call.group;
        if (!std::isfinite(call.crews) || call.crews < 0)
            return callError(
                m_store,
                tr("crews for %1 must be a number from 0 up, not %2").arg(where).arg(call.crews),
                QStringLiteral("crews"));
        if (!std::isfinite(call.outages) || call.outages < 0)
            return callError(m_store,
                             tr("outages for %1 must be a number from 0 up, not %2")
                                 .arg(where)
                                 .arg(call.outages),
                             QStringLiteral("outages"));
    }
    sqlite::Transaction transaction(m_store.handle());
    auto remove =
        sqlite::prepare(m_store.handle(), QStringLiteral("DELETE FROM training_call WHERE "
                                                         "storm_id = ?1"));
    auto insert = sqlite::prepare(
        m_store.handle(), QStringLiteral("INSERT INTO training_call(storm_id, grp, crews, "
                                         "outages, entered_time) VALUES(?1, ?2, ?3, ?4, ?5)"));
    if (!remove || !insert)
        return callError(m_store, sqlite::lastError(m_store.handle()));
    sqlite3_bind_int64(remove.get(), 1, stormId);
    if (sqlite3_step(remove.get()) != SQLITE_DONE)
        return callError(m_store, sqlite::lastError(m_store.handle()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const TrainingCall &call : calls) {
        sqlite3_reset(insert.get());
        sqlite3_bind_int64(insert.get(), 1, stormId);
        sqlite::bindText(insert.get(), 2, call.group);
        sqlite3_bind_double(insert.get(), 3, call.crews);
        sqlite3_bind_double(insert.get(), 4, call.outages);
        sqlite3_bind_int64(insert.get(), 5, now);
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return callError(m_store, sqlite::lastError(m_store.handle()));
    }
    if (!transaction.commit())
        return callError(m_store, sqlite::lastError(m_store.handle()));
    return {};
}

Result<std::vector<TrainingCall>> TrainingCallRepository::load(qint64 stormId) const
{
    auto stmt = sqlite::prepare(m_store.handle(),
                                QStringLiteral("SELECT grp, crews, outages FROM training_call "
                                               "WHERE storm_id = ?1 ORDER BY grp"));
    if (!stmt)
        return callError(m_store, sqlite::lastError(m_store.handle()));
    sqlite3_bind_int64(stmt.get(), 1, stormId);
    std::vector<TrainingCall> calls;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW)
        calls.push_back({sqlite::columnText(stmt.get(), 0), sqlite3_column_double(stmt.get(), 1),
                         sqlite3_column_double(stmt.get(), 2)});
    return calls;
}

Result<void> TrainingCallRepository::markRevealed(qint64 stormId)
{
    auto stmt = sqlite::prepare(m_store.handle(),
                                QStringLiteral("INSERT OR IGNORE INTO training_reveal(storm_id, "
                                               "revealed_time) VALUES(?1, ?2)"));
    if (!stmt)
        return callError(m_store, sqlite::lastError(m_store.handle()));
    sqlite3_bind_int64(stmt.get(), 1, stormId);
    sqlite3_bind_int64(stmt.get(), 2, QDateTime::currentSecsSinceEpoch());
    if (sqlite3_step(stmt.get()) != SQLITE_DONE)
        return callError(m_store, sqlite::lastError(m_store.handle()));
    return {};
}

Result<std::optional<qint64>> TrainingCallRepository::revealedAt(qint64 stormId) const
{
    auto stmt = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("SELECT revealed_time FROM training_reveal WHERE storm_id = ?1"));
    if (!stmt)
        return callError(m_store, sqlite::lastError(m_store.handle()));
    sqlite3_bind_int64(stmt.get(), 1, stormId);
    if (sqlite3_step(stmt.get()) != SQLITE_ROW)
        return std::optional<qint64>();
    return std::optional<qint64>(sqlite3_column_int64(stmt.get(), 0));
}

} // namespace stormcrew::training
