// When the target cannot be met in every territory (docs/crews.md, "Allocation"): the crews go
// first where they save the most, the ones left over meet the target where they can, and no
// territory is left to crews moving on because the target took every crew elsewhere.
#include "crews/crewplanner.h"
#include "crewstestsupport.h"

#include <QTest>

using namespace stormcrew;
using namespace stormcrew::crews;

namespace {

// Three territories, no travel, a fixed repair of 4 h and 10 customers an outage: a big one
// (100 outages; meeting 95 % in 24 h takes 24 crews) and two small ones (6 outages; 2 crews).
// Own crews cost nothing; a contractor at work from hour 0 costs more than any crew saves. The
// big one's repairs can be made longer than the target.
struct ThreeTerritories {
    PlanInputs inputs;
    OutageDistribution outages;
};

ThreeTerritories threeTerritories(int ownCrews, int contractors, double bigRepairHours = 4)
{
    ThreeTerritories s;
    s.inputs.depots = {{1, QStringLiteral("D"), QStringLiteral("Depot"), 0, 0, ownCrews}};
    s.inputs.shift = {16, 8};
    const int outages[] = {100, 6, 6};
    for (int t = 0; t < 3; ++t) {
        TerritoryCrewInput territory;
        territory.id = t + 1;
        territory.code = QStringLiteral("T%1").arg(t);
        territory.customers = 10000;
        territory.depot = 0;
        territory.repair = {t == 0 ? bigRepairHours : 4, 0, 48};
        territory.customersPerOutage = 10;
        s.inputs.territories.push_back(territory);
    }
    s.inputs.pools = {
        {1, QStringLiteral("Contractor"), QStringLiteral("contractor"), contractors, 0, 100000, 1}};
    s.outages = testing::fixedOutages(s.inputs, 0);
    for (int d = 0; d < s.outages.draws; ++d) {
        for (int t = 0; t < 3; ++t)
            s.outages.samples[size_t(d) * 3 + size_t(t)] = float(outages[t]);
    }
    return s;
}

PlanSettings strictTarget()
{
    PlanSettings settings;
    settings.simulations = 10;
    settings.targetShare = 0.95;
    settings.targetHours = 24;
    settings.risk = RiskLevel::P50;
    settings.ownCrewDayCost = 0;
    return settings;
}

std::vector<std::vector<int>> crewsOf(const CrewPlan &plan)
{
    std::vector<std::vector<int>> crews(plan.territories.size(),
                                        std::vector<int>(plan.sources.size(), 0));
    for (size_t t = 0; t < crews.size(); ++t) {
        for (const CrewAssignment &a : plan.territories[t].assignments)
            crews[t][size_t(a.source)] += a.crews;
    }
    return crews;
}

} // namespace

class TestCrewsShort : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Enough crews: the target is met everywhere first, and the plan says nothing of a shortage.
    void enoughCrewsMeetTheTargetFirst()
    {
        const ThreeTerritories s = threeTerritories(40, 4);
        const auto plan = CrewPlanner(s.inputs, strictTarget()).plan(s.outages);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QVERIFY(!plan.value().costFirst);
        QCOMPARE(plan.value().territoriesShortOfCrews, 0);
        QCOMPARE(plan.value().territoriesMissingTarget, 0);
        QVERIFY(plan.value().warnings.isEmpty());
        // 95 jobs of 4 h in 16 work-hours take 24 crews; the free own crews left all pay.
        QVERIFY(plan.value().territories[0].ownCrews >= 24);
        QCOMPARE(plan.value().ownCrews(), 40);
        QCOMPARE(plan.value().mutualAidCrews(), 0); // the contractor never pays
    }

    // 10 own crews cannot meet the big territory's target (24), nor can the 4 contractors on
    // top. Target first would give the small ones 2 each and the big one what is left; cost
    // first gives the big one more, and the contractors (not worth their price) then meet the
    // small ones' target on top of the greedy's single crew each.
    void tooFewCrewsGoFirstWhereTheySaveTheMost()
    {
        const ThreeTerritories s = threeTerritories(10, 4);
        const CrewPlanner planner(s.inputs, strictTarget());
        const auto planned = planner.plan(s.outages);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        const CrewPlan &plan = planned.value();
        QVERIFY(plan.costFirst);
        QCOMPARE(plan.territoriesShortOfCrews, 1);
        QVERIFY(!plan.territories[0].targetMet);
        QCOMPARE(plan.territories[0].ownCrews, 8);
        QCOMPARE(plan.territories[0].mutualAidCrews, 0);
        for (int t = 1; t < 3; ++t) {
            const TerritoryPlan &small = plan.territories[size_t(t)];
            QVERIFY(small.targetMet);
            QCOMPARE(small.ownCrews, 1);
            QCOMPARE(small.mutualAidCrews, 1); // the top-up: a crew left over
        }
        QCOMPARE(plan.warnings.size(), 1);
        const QString &warning = plan.warnings.front();
        QVERIFY(warning.contains(QStringLiteral("cannot be met in 1 territory(ies)")));
        QVERIFY(warning.contains(QStringLiteral(": T0.")));
        QVERIFY(warning.contains(QStringLiteral("the crews go first where they save the most")));
        QVERIFY(warning.contains(QStringLiteral("1 territory(ies) would meet it with more crews")));

        // Target first (the small ones' 2 crews each, the rest by cost) restores the big
        // territory later and costs more: the same targets met, 2 fewer crews where 100 are out.
        std::vector<std::vector<int>> targetFirst = crewsOf(plan);
        targetFirst[0] = {6, 0};
        targetFirst[1] = {2, 0};
        targetFirst[2] = {2, 0};
        const auto other = planner.evaluate(s.outages, targetFirst);
        QVERIFY(other);
        QCOMPARE(other.value().territoriesMissingTarget, plan.territoriesMissingTarget);
        QVERIFY(other.value().territories[0].etrAll.p50.value >
                plan.territories[0].etrAll.p50.value);
        QVERIFY(other.value().cost.value > plan.cost.value);
    }

    // A big storm over many territories with a third of the crews the target needs: no
    // territory is left without a crew of its own (target first gave every crew to the
    // territories first in line, and left 31 of the 40 to crews that move on).
    void noBigTerritoryIsLeftToCrewsMovingOn()
    {
        testing::Scenario scenario = testing::makeScenario(40, 200, 10, 60);
        for (DepotInput &depot : scenario.inputs.depots)
            depot.ownCrews = 60;
        scenario.inputs.pools.clear();
        PlanSettings settings;
        settings.simulations = 200;
        const auto planned = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        const CrewPlan &plan = planned.value();
        QCOMPARE(plan.ownCrews(), 120);
        QCOMPARE(plan.territoriesServedByMovingCrews, 0);
        for (const TerritoryPlan &t : plan.territories)
            QVERIFY2(t.ownCrews > 0, qPrintable(t.code));
        QVERIFY(plan.costFirst);
        QVERIFY(plan.territoriesShortOfCrews > 0);
    }

    // The big territory's repairs take 40 h: no number of crews brings it within 24 h. Target
    // first would give the 4 own crews to the small ones' target and leave it to a crew that
    // finishes there and moves on; cost first gives it crews of its own. It is out of reach,
    // not short of crews.
    void aTerritoryOutOfReachIsNotLeftWithoutCrews()
    {
        const ThreeTerritories s = threeTerritories(4, 0, 40);
        const auto planned = CrewPlanner(s.inputs, strictTarget()).plan(s.outages);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        const CrewPlan &plan = planned.value();
        QVERIFY(plan.costFirst);
        QCOMPARE(plan.territoriesShortOfCrews, 0);
        QVERIFY(!plan.territories[0].targetMet);
        QVERIFY(plan.territories[0].ownCrews > 0);
        QVERIFY(!plan.territories[0].crewsMovedIn);
        QCOMPARE(plan.ownCrews(), 4);
        QVERIFY(!plan.warnings.front().contains(QStringLiteral("more crews arriving")));
    }
};

QTEST_GUILESS_MAIN(TestCrewsShort)
#include "tst_crewsshort.moc"
