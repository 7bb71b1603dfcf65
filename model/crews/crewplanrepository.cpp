#include "crewplanrepository.h"

#include "crewplanjson.h"
#include "repairtimes.h"
#include "travel.h"

#include "demo/demomodel.h"
#include "demo/restorationfit.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <cmath>

namespace stormcrew::crews {

namespace {

// Outages a territory's history needs before its own customers per outage are trusted.
constexpr qint64 MinimumOutagesForCustomers = 20;
// Incidents outside storms needed before the store's own repair-time base is used.
constexpr size_t MinimumIncidentsForRepair = 200;

bool execute(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

CrewPlanRepository::CrewPlanRepository(Store &store) : m_store(store)
{}

Result<void> CrewPlanRepository::readDepots(PlanInputs &inputs) const
{
    sqlite3 *db = m_store.handle();
    auto query = sqlite::prepare(
        db, QStringLiteral("SELECT id, code, name, lon, lat, own_crews FROM depot ORDER BY id"));
    if (!query)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    while (sqlite3_step(query.get()) == SQLITE_ROW) {
        inputs.depots.push_back(
            {sqlite3_column_int64(query.get(), 0), sqlite::columnText(query.get(), 1),
             sqlite::columnText(query.get(), 2), sqlite3_column_double(query.get(), 3),
             sqlite3_column_double(query.get(), 4), sqlite3_column_int(query.get(), 5)});
    }
    return {};
}

Result<void> CrewPlanRepository::readPools(PlanInputs &inputs) const
{
    sqlite3 *db = m_store.handle();
    auto query = sqlite::prepare(
        db, QStringLiteral("SELECT id, name, kind, crews, lead_time_h, cost_per_crew_day, "
                           "min_days FROM crew_pool ORDER BY id"));
    if (!query)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    while (sqlite3_step(query.get()) == SQLITE_ROW) {
        inputs.pools.push_back(
            {sqlite3_column_int64(query.get(), 0), sqlite::columnText(query.get(), 1),
             sqlite::columnText(query.get(), 2), sqlite3_column_int(query.get(), 3),
             sqlite3_column_double(query.get(), 4), sqlite3_column_double(query.get(), 5),
             sqlite3_column_double(query.get(), 6)});
    }
    return {};
}

Result<RepairTime> CrewPlanRepository::historyBase() const
{
    sqlite3 *db = m_store.handle();
    auto query = sqlite::prepare(
        db, QStringLiteral("SELECT end_time - start_time FROM incident WHERE storm_id IS NULL "
                           "AND end_time IS NOT NULL AND end_time > start_time"));
    if (!query)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    std::vector<demo::DurationInterval> durations;
    while (sqlite3_step(query.get()) == SQLITE_ROW) {
        // Stored times are whole seconds: the duration lies within a second of the value.
        const double hours = double(sqlite3_column_int64(query.get(), 0)) / 3600.0;
        durations.push_back({std::max(0.0, hours - 1.0 / 3600), hours + 1.0 / 3600});
    }
    if (durations.size() < MinimumIncidentsForRepair)
        return RepairTime{RepairTimes::BaseMedianHours, RepairTimes::BaseSigma,
                          RepairTimes::CapHours};
    return RepairTimes::estimate(durations);
}

Result<void> CrewPlanRepository::readTerritories(PlanInputs &inputs) const
{
    auto base = historyBase();
    if (!base)
        return base.error();
    sqlite3 *db = m_store.handle();
    // Each territory's outcomes summed in one pass over storm_outcome, joined: its key starts
    // with the storm, so a correlated sum per territory scanned the whole table twice for
    // every territory (0.1 s of CPU on the demo's 7,800 rows, on every re-plan).
    auto query = sqlite::prepare(
        db, QStringLiteral(
                "SELECT t.id, t.code, coalesce(t.customers, 0), coalesce(t.area_km2, 0), "
                "(t.min_lon + t.max_lon) / 2, (t.min_lat + t.max_lat) / 2, t.depot_id, "
                "o.outages, o.customers_out "
                "FROM territory t LEFT JOIN (SELECT territory_id, sum(outages) AS outages, "
                "sum(customers_out) AS customers_out FROM storm_outcome GROUP BY territory_id) o "
                "ON o.territory_id = t.id ORDER BY t.id"));
    if (!query)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    QHash<qint64, int> depotIndex;
    for (size_t d = 0; d < inputs.depots.size(); ++d)
        depotIndex.insert(inputs.depots[d].id, int(d));
    // The fitted customers-per-incident lognormal's mean, for territories without history.
    const double fittedCustomers =
        std::exp(demo::fitted::CustomersMu +
                 demo::fitted::CustomersSigma * demo::fitted::CustomersSigma / 2);
    while (sqlite3_step(query.get()) == SQLITE_ROW) {
        sqlite3_stmt *row = query.get();
        TerritoryCrewInput t;
        t.id = sqlite3_column_int64(row, 0);
        t.code = sqlite::columnText(row, 1);
        t.customers = sqlite3_column_int64(row, 2);
        const double area = sqlite3_column_double(row, 3);
        const double lon = sqlite3_column_double(row, 4);
        const double lat = sqlite3_column_double(row, 5);
        t.depot = sqlite3_column_type(row, 6) == SQLITE_NULL
                      ? -1
                      : depotIndex.value(sqlite3_column_int64(row, 6), -1);
        if (t.depot < 0) { // the nearest depot
            double best = 1e300;
            for (size_t d = 0; d < inputs.depots.size(); ++d) {
                const double km =
                    Travel::haversineKm(lon, lat, inputs.depots[d].lon, inputs.depots[d].lat);
                if (km < best) {
                    best = km;
                    t.depot = int(d);
                }
            }
        }
        if (t.depot >= 0) {
            const DepotInput &depot = inputs.depots[size_t(t.depot)];
            t.travelHours = Travel::hours(Travel::haversineKm(lon, lat, depot.lon, depot.lat));
        }
        t.hopHours = Travel::hopHours(area);
        const TerritoryClass klass = classify(t.customers, area);
        t.repair = base.value();
        t.repair.medianHours *=
            RepairTimes::stormFactor(inputs.stormKind) * RepairTimes::classFactor(klass);
        const qint64 outages = sqlite3_column_int64(row, 7);
        const qint64 customersOut = sqlite3_column_int64(row, 8);
        t.customersPerOutage = outages >= MinimumOutagesForCustomers
                                   ? double(customersOut) / double(outages)
                                   : fittedCustomers;
        if (t.customers > 0)
            t.customersPerOutage = std::min(t.customersPerOutage, double(t.customers));
        inputs.territories.push_back(t);
    }
    return {};
}

Result<PlanInputs> CrewPlanRepository::inputs(const QString &stormKind) const
{
    PlanInputs inputs;
    inputs.stormKind = stormKind;
    if (auto read = readDepots(inputs); !read)
        return read.error();
    if (auto read = readPools(inputs); !read)
        return read.error();
    if (auto read = readTerritories(inputs); !read)
        return read.error();
    if (inputs.territories.empty())
        return Error{tr("has no territories to plan crews for; import territories first"),
                     m_store.path(),
                     0,
                     {}};
    return inputs;
}

Result<qint64> CrewPlanRepository::save(const CrewPlan &plan, qint64 runId)
{
    if (m_store.isReadOnly())
        return Error{
            tr("is open read-only; saving a crew plan needs write access"), m_store.path(), 0, {}};
    sqlite3 *db = m_store.handle();
    if (!execute(db, "BEGIN IMMEDIATE"))
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    auto fail = [&]() -> Result<qint64> {
        const Error error{sqlite::lastError(db), m_store.path(), 0, {}};
        execute(db, "ROLLBACK");
        return error;
    };
    auto insertPlan = sqlite::prepare(
        db, QStringLiteral("INSERT INTO crew_plan(run_id, created_time, settings_json, "
                           "summary_json) VALUES(?1, ?2, ?3, ?4)"));
    if (!insertPlan)
        return fail();
    const QByteArray settings =
        QJsonDocument(plan.settings.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray summary = QJsonDocument(toJson(plan, false)).toJson(QJsonDocument::Compact);
    sqlite3_bind_int64(insertPlan.get(), 1, runId);
    sqlite3_bind_int64(insertPlan.get(), 2, QDateTime::currentSecsSinceEpoch());
    sqlite3_bind_text(insertPlan.get(), 3, settings.constData(), int(settings.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(insertPlan.get(), 4, summary.constData(), int(summary.size()), SQLITE_STATIC);
    if (sqlite3_step(insertPlan.get()) != SQLITE_DONE)
        return fail();
    const qint64 planId = sqlite3_last_insert_rowid(db);
    auto insertTerritory = sqlite::prepare(
        db, QStringLiteral("INSERT INTO crew_plan_territory(plan_id, territory_id, own_crews, "
                           "mutual_aid_crews, etr_p10_h, etr_p50_h, etr_p90_h) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insertTerritory)
        return fail();
    auto bindHours = [&](int column, double hours) {
        if (std::isfinite(hours))
            sqlite3_bind_double(insertTerritory.get(), column, hours);
        else
            sqlite3_bind_null(insertTerritory.get(), column);
    };
    for (const TerritoryPlan &t : plan.territories) {
        sqlite3_reset(insertTerritory.get());
        sqlite3_bind_int64(insertTerritory.get(), 1, planId);
        sqlite3_bind_int64(insertTerritory.get(), 2, t.territoryId);
        sqlite3_bind_int(insertTerritory.get(), 3, t.ownCrews);
        sqlite3_bind_int(insertTerritory.get(), 4, t.mutualAidCrews);
        bindHours(5, t.etrAll.p10.value);
        bindHours(6, t.etrAll.p50.value);
        bindHours(7, t.etrAll.p90.value);
        if (sqlite3_step(insertTerritory.get()) != SQLITE_DONE)
            return fail();
    }
    if (auto audited = m_store.audit(QStringLiteral("crews.plan"),
                                     tr("crew plan %1 for prediction run %2: %3 own and %4 "
                                        "mutual-aid crews")
                                         .arg(planId)
                                         .arg(runId)
                                         .arg(plan.ownCrews())
                                         .arg(plan.mutualAidCrews()));
        !audited) {
        execute(db, "ROLLBACK");
        return audited.error();
    }
    if (!execute(db, "COMMIT"))
        return fail();
    return planId;
}

} // namespace stormcrew::crews
