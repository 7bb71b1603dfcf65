#include "importhistory.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stormcrew {

ImportHistory::ImportHistory(const Store &store) : m_store(store)
{}

Result<std::vector<ImportLogEntry>> ImportHistory::entries(int limit) const
{
    auto stmt = sqlite::prepare(
        m_store.handle(), QStringLiteral("SELECT id, started_time, finished_time, report_json "
                                         "FROM import_log ORDER BY id DESC LIMIT ?1"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    sqlite3_bind_int64(stmt.get(), 1, limit > 0 ? limit : -1);
    std::vector<ImportLogEntry> result;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        const QJsonObject json =
            QJsonDocument::fromJson(sqlite::columnText(stmt.get(), 3).toUtf8()).object();
        result.push_back({sqlite3_column_int64(stmt.get(), 0), sqlite3_column_int64(stmt.get(), 1),
                          sqlite3_column_int64(stmt.get(), 2), ImportReport::fromJson(json)});
    }
    if (rc != SQLITE_DONE)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    return result;
}

} // namespace stormcrew
