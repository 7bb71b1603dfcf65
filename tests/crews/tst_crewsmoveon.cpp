// Crews move on (docs/crews.md): a territory the plan gives no crew is restored by crews that
// finish their own territory's work; moving on never makes an ETR later than staying, and more
// crews still never make any ETR later.
#include "crews/crewplanner.h"
#include "crews/restorationkernel.h"
#include "crewslaws.h"
#include "crewstestsupport.h"

#include <QTest>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::crews;
using stormcrew::crews::testing::verifyNotLater;

class TestCrewsMoveOn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // With territories restored by crews that move on: more crews elsewhere free crews earlier,
    // and an own crew for a territory that had none is there no later than any crew moving in.
    void moreCrewsNeverMakeAnyEtrLaterWithCrewsMovingOn_data()
    {
        QTest::addColumn<bool>("ownCrewForTheHelped");
        QTest::newRow("one more own crew where there were crews") << false;
        QTest::newRow("an own crew for each territory that had none") << true;
    }
    void moreCrewsNeverMakeAnyEtrLaterWithCrewsMovingOn()
    {
        QFETCH(bool, ownCrewForTheHelped);
        const testing::Scenario scenario = testing::makeScenario(40, 200, 2, 30);
        PlanSettings settings;
        settings.simulations = 200;
        const CrewPlanner planner(scenario.inputs, settings);
        std::vector<std::vector<int>> fewer(40, std::vector<int>(3, 0));
        for (size_t t = 0; t < fewer.size(); ++t)
            fewer[t][0] = t % 3 == 0 ? 0 : 1 + int(t % 2);
        std::vector<std::vector<int>> more = fewer;
        for (auto &row : more) {
            if ((row[0] == 0) == ownCrewForTheHelped)
                row[0] += 1;
        }
        auto a = planner.evaluate(scenario.outages, fewer);
        auto b = planner.evaluate(scenario.outages, more);
        QVERIFY(a && b);
        QVERIFY(a.value().territoriesServedByMovingCrews > 0);
        for (size_t t = 0; t < fewer.size(); ++t) {
            const TerritoryPlan &x = a.value().territories[t];
            const TerritoryPlan &y = b.value().territories[t];
            verifyNotLater(y.etrAll, x.etrAll, x.code + QStringLiteral(" all restored"));
            verifyNotLater(y.etrTarget, x.etrTarget, x.code + QStringLiteral(" target"));
            QVERIFY(y.committedTargetHours <= x.committedTargetHours);
            QVERIFY(y.customerHours.value <= x.customerHours.value * (1 + 1e-12));
        }
        verifyNotLater(b.value().etrAll, a.value().etrAll, QStringLiteral("system all"));
        verifyNotLater(b.value().etrTarget, a.value().etrTarget, QStringLiteral("system target"));
        QVERIFY(b.value().etrAll.p90.value < Never);
    }
    // A territory the plan gives no crew is restored by crews that finish elsewhere; without
    // moving on it never is.
    void aTerritoryWithoutCrewsIsRestoredByCrewsMovingOn()
    {
        const testing::Scenario scenario = testing::makeScenario(30, 200, 2, 20);
        std::vector<std::vector<int>> crews(30, std::vector<int>(3, 0));
        for (size_t t = 0; t < crews.size(); ++t)
            crews[t][0] = t % 5 == 0 ? 0 : 2; // six territories without a crew
        PlanSettings settings;
        settings.simulations = 200;
        auto moving = CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews);
        settings.crewsMoveOn = false;
        auto staying = CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews);
        QVERIFY(moving && staying);
        QCOMPARE(moving.value().territoriesServedByMovingCrews, 6);
        QCOMPARE(staying.value().territoriesServedByMovingCrews, 0);
        for (size_t t = 0; t < crews.size(); t += 5) {
            const TerritoryPlan &helped = moving.value().territories[t];
            QVERIFY(helped.crewsMovedIn);
            QVERIFY2(helped.etrAll.p90.value < Never,
                     qPrintable(helped.code + QStringLiteral(" is never restored")));
            QVERIFY(helped.etrAll.p10.value > 0);
            QCOMPARE(staying.value().territories[t].etrAll.p90.value, Never);
        }
        QVERIFY(moving.value().etrAll.p90.value < Never);
        QCOMPARE(staying.value().etrAll.p90.value, Never);
        QVERIFY(moving.value().customerHours.value < staying.value().customerHours.value);
        // With no crew anywhere nobody moves, and nothing is restored.
        std::vector<std::vector<int>> none(30, std::vector<int>(3, 0));
        settings.crewsMoveOn = true;
        auto nobody = CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, none);
        QVERIFY(nobody);
        QCOMPARE(nobody.value().etrAll.p10.value, Never);
        QCOMPARE(nobody.value().territoriesServedByMovingCrews, 0);
    }

    // Moving on never makes an ETR later than staying: territories with crews keep exactly
    // their numbers, the others go from never to a time.
    void movingCrewsNeverMakeAnEtrLater()
    {
        const testing::Scenario scenario = testing::makeScenario(40, 200, 1, 25);
        std::vector<std::vector<int>> crews(40, std::vector<int>(3, 0));
        for (size_t t = 0; t < crews.size(); ++t)
            crews[t][t % 3] = t % 4 == 0 ? 0 : 1 + int(t % 3);
        PlanSettings settings;
        settings.simulations = 200;
        auto moving = CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews);
        settings.crewsMoveOn = false;
        auto staying = CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews);
        QVERIFY(moving && staying);
        for (size_t t = 0; t < crews.size(); ++t) {
            const TerritoryPlan &x = staying.value().territories[t];
            const TerritoryPlan &y = moving.value().territories[t];
            verifyNotLater(y.etrAll, x.etrAll, y.code + QStringLiteral(" all restored"));
            verifyNotLater(y.etrTarget, x.etrTarget, y.code + QStringLiteral(" target"));
            QVERIFY(y.customerHours.value <= x.customerHours.value);
            if (!y.crewsMovedIn)
                QVERIFY(y.etrAll.p50.value == x.etrAll.p50.value &&
                        y.customerHours.value == x.customerHours.value);
        }
        verifyNotLater(moving.value().etrAll, staying.value().etrAll, QStringLiteral("system"));
        verifyNotLater(moving.value().etrTarget, staying.value().etrTarget,
                       QStringLiteral("system target"));
        for (size_t h = 0; h < moving.value().fan.hours.size(); ++h)
            QVERIFY(moving.value().fan.p50[h] >= staying.value().fan.p50[h]);
    }

    // The fan of a territory restored by crews moving on, asked for on its own, is the one the
    // plan's numbers come from.
    void territoryFanOfAHelpedTerritory()
    {
        const testing::Scenario scenario = testing::makeScenario(12, 100, 2, 15);
        std::vector<std::vector<int>> crews(12, std::vector<int>(3, 0));
        for (size_t t = 1; t < crews.size(); ++t)
            crews[t][0] = 2;
        PlanSettings settings;
        settings.simulations = 100;
        const CrewPlanner planner(scenario.inputs, settings);
        auto plan = planner.evaluate(scenario.outages, crews);
        QVERIFY(plan);
        QVERIFY(plan.value().territories[0].crewsMovedIn);
        auto fan = planner.territoryFan(scenario.outages, plan.value(), 0);
        QVERIFY(fan);
        // By the P90 everyone-back ETR, nine storms in ten are all back: so is the median one.
        const double etr = plan.value().territories[0].etrAll.p90.value;
        QVERIFY(etr < settings.horizonHours);
        QCOMPARE(fan.value().p50[size_t(std::ceil(etr))], 1.0);
        QVERIFY(fan.value().p50.front() < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCrewsMoveOn)
#include "tst_crewsmoveon.moc"
