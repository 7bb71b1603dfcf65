#include "demostorewriter.h"

#include "store/sqlite.h"
#include "store/store.h"

namespace stormcrew::demo {

namespace {

using sqlite::bindText;
using sqlite::Transaction;

} // namespace

DemoStoreWriter::DemoStoreWriter(Store &store) : m_store(store)
{}

Error DemoStoreWriter::storeError() const
{
    return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
}

Result<void> DemoStoreWriter::writeDepotsAndPools(const DemoUtility &utility)
{
    sqlite3 *db = m_store.handle();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return storeError();
    auto depot =
        sqlite::prepare(db, QStringLiteral("INSERT INTO depot(code, name, lon, lat, own_crews) "
                                           "VALUES(?1,?2,?3,?4,?5)"));
    auto pool = sqlite::prepare(
        db, QStringLiteral("INSERT INTO crew_pool(name, kind, depot_id, crews, lead_time_h, "
                           "cost_per_crew_day, min_days) VALUES(?1,?2,(SELECT id FROM depot "
                           "WHERE code = ?3),?4,?5,?6,?7)"));
    if (!depot || !pool)
        return storeError();
    for (const DemoDepot &d : utility.depots) {
        sqlite3_reset(depot.get());
        bindText(depot.get(), 1, d.code);
        bindText(depot.get(), 2, d.name);
        sqlite3_bind_double(depot.get(), 3, d.lon);
        sqlite3_bind_double(depot.get(), 4, d.lat);
        sqlite3_bind_int(depot.get(), 5, d.ownCrews);
        if (sqlite3_step(depot.get()) != SQLITE_DONE)
            return storeError();
    }
    for (const DemoCrewPool &p : utility.pools) {
        sqlite3_reset(pool.get());
        sqlite3_clear_bindings(pool.get());
        bindText(pool.get(), 1, p.name);
        bindText(pool.get(), 2, p.kind);
        if (!p.depotCode.isEmpty())
            bindText(pool.get(), 3, p.depotCode);
        sqlite3_bind_int(pool.get(), 4, p.crews);
        sqlite3_bind_double(pool.get(), 5, p.leadTimeH);
        sqlite3_bind_double(pool.get(), 6, p.costPerCrewDay);
        sqlite3_bind_double(pool.get(), 7, p.minDays);
        if (sqlite3_step(pool.get()) != SQLITE_DONE)
            return storeError();
    }
    if (auto audited = m_store.audit(QStringLiteral("demo.depots"),
                                     tr("%1 depots and %2 crew pools of the demo utility")
                                         .arg(utility.depots.size())
                                         .arg(utility.pools.size()));
        !audited)
        return audited;
    if (!transaction.commit())
        return storeError();
    return {};
}

Result<QHash<QString, double>> DemoStoreWriter::canopyByCode() const
{
    auto stmt = sqlite::prepare(m_store.handle(),
                                QStringLiteral("SELECT code, canopy_fraction FROM territory"));
    if (!stmt)
        return storeError();
    QHash<QString, double> canopy;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        if (sqlite3_column_type(stmt.get(), 1) == SQLITE_NULL)
            continue;
        canopy.insert(sqlite::columnText(stmt.get(), 0), sqlite3_column_double(stmt.get(), 1));
    }
    return canopy;
}

Result<void> DemoStoreWriter::writeOutcomes(const DemoUtility &utility, const DemoHistory &history,
                                            const DemoOutages &outages)
{
    sqlite3 *db = m_store.handle();
    QHash<QString, qint64> stormIds;
    QHash<QString, qint64> territoryIds;
    for (auto [table, ids] :
         {std::pair{"storm", &stormIds}, std::pair{"territory", &territoryIds}}) {
        auto stmt = sqlite::prepare(
            db, QStringLiteral("SELECT code, id FROM %1").arg(QLatin1String(table)));
        if (!stmt)
            return storeError();
        while (sqlite3_step(stmt.get()) == SQLITE_ROW)
            ids->insert(sqlite::columnText(stmt.get(), 0), sqlite3_column_int64(stmt.get(), 1));
    }
    Transaction transaction(db);
    if (!transaction.isOpen())
        return storeError();
    auto insert = sqlite::prepare(
        db, QStringLiteral("INSERT INTO storm_outcome(storm_id, territory_id, outages, "
                           "customers_out, customer_hours, crews_deployed, restoration_hours) "
                           "VALUES(?1,?2,?3,?4,?5,?6,?7)"));
    if (!insert)
        return storeError();
    for (const DemoOutcome &o : outages.outcomes) {
        const QString &stormCode = history.storms[std::size_t(o.storm)].code;
        const QString &territoryCode = utility.territories[std::size_t(o.territory)].code;
        if (!stormIds.contains(stormCode) || !territoryIds.contains(territoryCode))
            return Error{tr("storm %1 or territory %2 is missing from the store")
                             .arg(stormCode, territoryCode),
                         m_store.path(),
                         0,
                         {}};
        sqlite3_stmt *stmt = insert.get();
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        sqlite3_bind_int64(stmt, 1, stormIds.value(stormCode));
        sqlite3_bind_int64(stmt, 2, territoryIds.value(territoryCode));
        sqlite3_bind_int64(stmt, 3, o.outages);
        sqlite3_bind_int64(stmt, 4, o.customersOut);
        sqlite3_bind_double(stmt, 5, o.customerHours);
        sqlite3_bind_int(stmt, 6, o.crewsDeployed);
        if (o.outages > 0)
            sqlite3_bind_double(stmt, 7, o.restorationHours);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return storeError();
    }
    if (auto audited =
            m_store.audit(QStringLiteral("demo.outcomes"),
                          tr("%1 storm outcomes of the demo history").arg(outages.outcomes.size()));
        !audited)
        return audited;
    if (!transaction.commit())
        return storeError();
    return {};
}

Result<void> DemoStoreWriter::writeSettings(const QHash<QString, QString> &settings,
                                            const QString &auditDetail)
{
    sqlite3 *db = m_store.handle();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return storeError();
    auto upsert = sqlite::prepare(
        db, QStringLiteral("INSERT INTO setting(key, value) VALUES(?1,?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!upsert)
        return storeError();
    QStringList keys = settings.keys();
    keys.sort();
    for (const QString &key : keys) {
        sqlite3_reset(upsert.get());
        bindText(upsert.get(), 1, key);
        bindText(upsert.get(), 2, settings.value(key));
        if (sqlite3_step(upsert.get()) != SQLITE_DONE)
            return storeError();
    }
    if (auto audited = m_store.audit(QStringLiteral("demo.create"), auditDetail); !audited)
        return audited;
    if (!transaction.commit())
        return storeError();
    return {};
}

} // namespace stormcrew::demo
