// The crew planner's store side: inputs read from depots, crew pools, territories and outcome
// history; plans saved with their settings in one transaction.
#include "crews/crewplanner.h"
#include "crews/crewplanrepository.h"
#include "crews/repairtimes.h"
#include "crews/travel.h"
#include "crewstestsupport.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::crews;

namespace {

bool exec(Store &store, const char *sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(store.handle(), sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning("%s", message);
    sqlite3_free(message);
    return ok;
}

qint64 count(Store &store, const QString &sql)
{
    auto query = sqlite::prepare(store.handle(), sql);
    return query && sqlite3_step(query.get()) == SQLITE_ROW ? sqlite3_column_int64(query.get(), 0)
                                                            : -1;
}

// Two depots, three territories (one without a depot), pools of every kind, one outcome row
// with enough outages for the territory's own customers per outage, a model and a run.
bool fill(Store &store)
{
    return exec(store,
                "INSERT INTO depot(id, code, name, lon, lat, own_crews) VALUES"
                " (1, 'LOU', 'Louisville', -85.76, 38.25, 12), (2, 'LEX', 'Lexington', -84.50, "
                "38.04, 8);"
                "INSERT INTO territory(id, code, name, geometry, min_lon, min_lat, max_lon, "
                "max_lat, area_km2, customers, depot_id, imported_time) VALUES"
                " (10, '21111', 'Jefferson', x'00', -85.95, 37.99, -85.40, 38.38, 1030, 350000, "
                "1, 0),"
                " (11, '21067', 'Fayette', x'00', -84.66, 37.88, -84.28, 38.21, 740, 140000, 2, 0),"
                " (12, '21049', 'Clark', x'00', -84.35, 37.85, -84.00, 38.10, 660, 9000, NULL, 0);"
                "INSERT INTO crew_pool(name, kind, depot_id, crews, lead_time_h, "
                "cost_per_crew_day, min_days) VALUES"
                " ('Louisville crews', 'own', 1, 12, 0, 2600, 0),"
                " ('Lexington crews', 'own', 2, 8, 0, 2800, 0),"
                " ('Contractor', 'contractor', NULL, 20, 8, 4200, 2),"
                " ('Ohio Valley mutual aid', 'mutual_aid', NULL, 50, 24, 5200, 3);"
                "INSERT INTO storm(id, code, name, kind, start_time, end_time) VALUES"
                " (1, 'S1', 'Storm 1', 'derecho', 1600000000, 1600036000);"
                "INSERT INTO storm_outcome(storm_id, territory_id, outages, customers_out) VALUES"
                " (1, 10, 40, 2400), (1, 11, 5, 400);"
                "INSERT INTO model(id, name, version, family, created_time, spec_json, "
                "coefficients_json, data_fingerprint, status) VALUES"
                " (1, 'nb', 1, 'negbin', 0, '{}', '{}', 'x', 'active');"
                "INSERT INTO prediction_run(id, model_id, storm_id, as_of_time, created_time) "
                "VALUES (7, 1, 1, 1600000000, 1600000000);");
}

} // namespace

class TestCrewPlanRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inputsComeFromTheStore()
    {
        QTemporaryDir dir;
        auto store =
            Store::open(dir.filePath(QStringLiteral("s.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        QVERIFY(fill(*store.value()));
        auto inputs = CrewPlanRepository(*store.value()).inputs(QStringLiteral("derecho"));
        QVERIFY2(inputs, qPrintable(inputs.ok() ? QString() : inputs.error().toString()));
        const PlanInputs &in = inputs.value();
        QCOMPARE(in.depots.size(), size_t(2));
        QCOMPARE(in.depots[0].ownCrews + in.depots[1].ownCrews, 20);
        QCOMPARE(in.pools.size(), size_t(4));
        QCOMPARE(in.territories.size(), size_t(3));
        // Jefferson: its depot, travel from its bounding-box centre, urban, own history.
        const TerritoryCrewInput &jefferson = in.territories[0];
        QCOMPARE(jefferson.depot, 0);
        const double km = Travel::haversineKm(-85.675, 38.185, -85.76, 38.25);
        QCOMPARE(jefferson.travelHours, Travel::hours(km));
        QCOMPARE(jefferson.customersPerOutage, 60.0);
        QCOMPARE(jefferson.repair.medianHours, RepairTimes::BaseMedianHours * 2.0);
        // Fayette has too little history: the fitted customers-per-incident mean.
        QVERIFY(std::fabs(in.territories[1].customersPerOutage - 26.7) < 0.1);
        // Clark has no depot in the store: the nearest (Lexington), and rural.
        QCOMPARE(in.territories[2].depot, 1);
        QCOMPARE(in.territories[2].repair.medianHours,
                 RepairTimes::BaseMedianHours * 2.0 *
                     RepairTimes::classFactor(TerritoryClass::Rural));
    }

    void aPlanIsSavedWithItsSettings()
    {
        QTemporaryDir dir;
        auto store =
            Store::open(dir.filePath(QStringLiteral("s.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        QVERIFY(fill(*store.value()));
        CrewPlanRepository repository(*store.value());
        auto inputs = repository.inputs(QStringLiteral("derecho"));
        QVERIFY(inputs);
        PlanSettings settings;
        settings.simulations = 200;
        settings.targetHours = 36;
        const CrewPlanner planner(inputs.value(), settings);
        auto plan = planner.plan(testing::fixedOutages(inputs.value(), 6));
        QVERIFY(plan);
        auto saved = repository.save(plan.value(), 7);
        QVERIFY2(saved, qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(count(*store.value(), QStringLiteral("SELECT count(*) FROM crew_plan")), 1);
        QCOMPARE(count(*store.value(),
                       QStringLiteral("SELECT count(*) FROM crew_plan_territory WHERE plan_id = %1")
                           .arg(saved.value())),
                 3);
        QCOMPARE(
            count(*store.value(), QStringLiteral("SELECT sum(own_crews + mutual_aid_crews) FROM "
                                                 "crew_plan_territory")),
            plan.value().ownCrews() + plan.value().mutualAidCrews());
        auto query = sqlite::prepare(store.value()->handle(),
                                     QStringLiteral("SELECT settings_json FROM crew_plan"));
        QVERIFY(query && sqlite3_step(query.get()) == SQLITE_ROW);
        const QJsonObject json =
            QJsonDocument::fromJson(sqlite::columnText(query.get(), 0).toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("targetHours")).toDouble(), 36.0);
        QCOMPARE(json.value(QStringLiteral("risk")).toString(), QStringLiteral("p80"));
        QCOMPARE(json.value(QStringLiteral("simulations")).toInt(), 200);
        QCOMPARE(count(*store.value(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "action = 'crews.plan'")),
                 1);
    }

    void aPlanForAnUnknownRunLeavesNoTrace()
    {
        QTemporaryDir dir;
        auto store =
            Store::open(dir.filePath(QStringLiteral("s.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        QVERIFY(fill(*store.value()));
        CrewPlanRepository repository(*store.value());
        auto inputs = repository.inputs(QStringLiteral("ice"));
        QVERIFY(inputs);
        PlanSettings settings;
        settings.simulations = 50;
        auto plan =
            CrewPlanner(inputs.value(), settings).plan(testing::fixedOutages(inputs.value(), 2));
        QVERIFY(plan);
        auto saved = repository.save(plan.value(), 999);
        QVERIFY(!saved);
        QCOMPARE(count(*store.value(), QStringLiteral("SELECT count(*) FROM crew_plan")), 0);
        QCOMPARE(count(*store.value(), QStringLiteral("SELECT count(*) FROM crew_plan_territory")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCrewPlanRepository)
#include "tst_crewplanrepository.moc"
