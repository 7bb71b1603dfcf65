#include "stormactuals.h"

#include "store/sqlite.h"
#include "store/store.h"

namespace stormcrew::replay {

namespace {

Error storeFailure(const Store &store)
{
    return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
}

} // namespace

StormActualsReader::StormActualsReader(Store &store) : m_store(store)
{}

Result<qint64> StormActualsReader::find(const QString &codeOrId) const
{
    auto stmt = sqlite::prepare(m_store.handle(),
                                QStringLiteral("SELECT id FROM storm WHERE code = ?1 UNION ALL "
                                               "SELECT id FROM storm WHERE id = ?2 LIMIT 1"));
    if (!stmt)
        return storeFailure(m_store);
    sqlite::bindText(stmt.get(), 1, codeOrId);
    bool isNumber = false;
    const qint64 id = codeOrId.toLongLong(&isNumber);
    if (isNumber)
        sqlite3_bind_int64(stmt.get(), 2, id);
    if (sqlite3_step(stmt.get()) != SQLITE_ROW)
        return Error{tr("no storm '%1' in this store (neither a code nor an id); "
                        "`stormcrew-cli storms list` lists them")
                         .arg(codeOrId),
                     m_store.path(), 0, QStringLiteral("--storm")};
    return sqlite3_column_int64(stmt.get(), 0);
}

Result<StormActuals> StormActualsReader::read(qint64 stormId) const
{
    sqlite3 *db = m_store.handle();
    auto storm = sqlite::prepare(
        db,
        QStringLiteral("SELECT code, name, kind, start_time, end_time FROM storm WHERE id = ?1"));
    auto outcomes = sqlite::prepare(
        db, QStringLiteral("SELECT territory_id, outages, coalesce(customers_out, 0), "
                           "coalesce(customer_hours, 0), coalesce(crews_deployed, 0), "
                           "restoration_hours FROM storm_outcome WHERE storm_id = ?1"));
    auto incidents = sqlite::prepare(
        db, QStringLiteral("SELECT coalesce(territory_id, 0), start_time, end_time FROM incident "
                           "WHERE storm_id = ?1 ORDER BY start_time, id"));
    if (!storm || !outcomes || !incidents)
        return storeFailure(m_store);
    sqlite3_bind_int64(storm.get(), 1, stormId);
    if (sqlite3_step(storm.get()) != SQLITE_ROW)
        return Error{tr("no storm with id %1 in this store; `stormcrew-cli storms list` lists "
                        "them")
                         .arg(stormId),
                     m_store.path(), 0, QStringLiteral("--storm")};
    StormActuals actuals;
    actuals.stormId = stormId;
    actuals.code = sqlite::columnText(storm.get(), 0);
    actuals.name = sqlite::columnText(storm.get(), 1);
    actuals.kind = sqlite::columnText(storm.get(), 2);
    actuals.start = sqlite3_column_int64(storm.get(), 3);
    actuals.end = sqlite3_column_int64(storm.get(), 4);

    sqlite3_bind_int64(outcomes.get(), 1, stormId);
    int rc;
    while ((rc = sqlite3_step(outcomes.get())) == SQLITE_ROW) {
        TerritoryOutcome o;
        o.outages = sqlite3_column_double(outcomes.get(), 1);
        o.customersOut = sqlite3_column_double(outcomes.get(), 2);
        o.customerHours = sqlite3_column_double(outcomes.get(), 3);
        o.crewsDeployed = sqlite3_column_double(outcomes.get(), 4);
        if (sqlite3_column_type(outcomes.get(), 5) != SQLITE_NULL)
            o.restorationHours = sqlite3_column_double(outcomes.get(), 5);
        actuals.outcomes.emplace(sqlite3_column_int64(outcomes.get(), 0), o);
    }
    if (rc != SQLITE_DONE)
        return storeFailure(m_store);

    sqlite3_bind_int64(incidents.get(), 1, stormId);
    while ((rc = sqlite3_step(incidents.get())) == SQLITE_ROW) {
        OutageSpan span;
        span.territoryId = sqlite3_column_int64(incidents.get(), 0);
        span.start = sqlite3_column_int64(incidents.get(), 1);
        if (sqlite3_column_type(incidents.get(), 2) != SQLITE_NULL)
            span.end = sqlite3_column_int64(incidents.get(), 2);
        actuals.incidents.push_back(span);
    }
    if (rc != SQLITE_DONE)
        return storeFailure(m_store);
    return actuals;
}

Result<std::vector<qint64>> StormActualsReader::stormsWithOutcomes() const
{
    auto stmt = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("SELECT id FROM storm s WHERE EXISTS (SELECT 1 FROM storm_outcome o WHERE "
                       "o.storm_id = s.id) OR EXISTS (SELECT 1 FROM incident i WHERE i.storm_id "
                       "= s.id) ORDER BY start_time, id"));
    if (!stmt)
        return storeFailure(m_store);
    std::vector<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(stmt.get(), 0));
    if (rc != SQLITE_DONE)
        return storeFailure(m_store);
    return ids;
}

} // namespace stormcrew::replay
