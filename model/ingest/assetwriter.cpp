#include "assetwriter.h"

#include "store/store.h"

namespace stormcrew {

AssetWriter::AssetWriter(Store &store) : m_store(store)
{
    m_update = sqlite::prepare(
        store.handle(),
        QStringLiteral("UPDATE territory SET customers = coalesce(?2, customers), "
                       "overhead_km = coalesce(?3, overhead_km), "
                       "underground_km = coalesce(?4, underground_km), "
                       "poles = coalesce(?5, poles), last_trimmed = coalesce(?6, last_trimmed), "
                       "depot_id = coalesce(?7, depot_id) WHERE id = ?1"));
    m_depot = sqlite::prepare(store.handle(), QStringLiteral("SELECT id FROM depot WHERE code=?1"));
}

Result<bool> AssetWriter::write(qint64 territoryId, const AssetValues &values, const Error &where,
                                ImportReport &report)
{
    sqlite3 *db = m_store.handle();
    if (!m_update || !m_depot)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    std::optional<qint64> depotId;
    if (values.depotCode) {
        const QByteArray code = values.depotCode->toUtf8();
        sqlite3_reset(m_depot.get());
        sqlite3_bind_text(m_depot.get(), 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(m_depot.get()) != SQLITE_ROW) {
            Error error = where;
            error.message = tr("depot '%1' is not in the store").arg(*values.depotCode);
            report.reject(RejectReason::UnknownDepot, error);
            return false;
        }
        depotId = sqlite3_column_int64(m_depot.get(), 0);
    }
    sqlite3_stmt *stmt = m_update.get();
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    sqlite3_bind_int64(stmt, 1, territoryId);
    if (values.customers)
        sqlite3_bind_int64(stmt, 2, *values.customers);
    if (values.overheadKm)
        sqlite3_bind_double(stmt, 3, *values.overheadKm);
    if (values.undergroundKm)
        sqlite3_bind_double(stmt, 4, *values.undergroundKm);
    if (values.poles)
        sqlite3_bind_int64(stmt, 5, *values.poles);
    const QByteArray trimmed = values.lastTrimmed.value_or(QString()).toUtf8();
    if (values.lastTrimmed)
        sqlite3_bind_text(stmt, 6, trimmed.constData(), int(trimmed.size()), SQLITE_TRANSIENT);
    if (depotId)
        sqlite3_bind_int64(stmt, 7, *depotId);
    if (sqlite3_step(stmt) != SQLITE_DONE)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    return true;
}

} // namespace stormcrew
