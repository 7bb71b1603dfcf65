// The jobs a plan draws, kept for the next plan of the same storm (crews/jobdraws.h): a re-plan
// after a slider move uses them and gives the plan a fresh draw would; anything the draws depend
// on (the outage draws, a repair-time law, a hop, the seed, the number of simulations) draws
// afresh.
#include "crews/crewplanjson.h"
#include "crews/crewplanner.h"
#include "crews/jobdraws.h"
#include "crews/restorationkernel.h"
#include "crews/simulationcontext.h"
#include "crewstestsupport.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace stormcrew;
using namespace stormcrew::crews;

namespace {

// The whole plan, every territory included, as the store and the CLI write it.
QByteArray planText(const Result<CrewPlan> &plan)
{
    if (!plan)
        return plan.error().toString().toUtf8();
    return QJsonDocument(toJson(plan.value(), true)).toJson(QJsonDocument::Compact);
}

PlanSettings settingsFor(double targetShare, quint64 seed = 7)
{
    PlanSettings settings;
    settings.simulations = 200;
    settings.seed = seed;
    settings.targetShare = targetShare;
    return settings;
}

} // namespace

class TestJobCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Moving the target, the risk level or the crews on hand keeps the jobs, and each re-plan is
    // the plan a planner without the cache gives for those settings, to the last character.
    void aReplanUsesTheKeptJobsAndGivesTheSamePlan()
    {
        const testing::Scenario scenario = testing::makeScenario(40, 200, 1, 25);
        JobCache cache;
        std::vector<PlanSettings> moves{settingsFor(0.95), settingsFor(0.90), settingsFor(0.80)};
        moves.push_back(settingsFor(0.95));
        moves.back().risk = RiskLevel::P90;
        moves.push_back(settingsFor(0.95));
        moves.back().targetHours = 24;
        moves.push_back(settingsFor(0.95));
        moves.back().crewsOnHand = 5;
        moves.push_back(settingsFor(0.95));
        moves.back().crewsOnHand = 8;
        for (size_t m = 0; m < moves.size(); ++m) {
            const QByteArray fresh =
                planText(CrewPlanner(scenario.inputs, moves[m]).plan(scenario.outages));
            const QByteArray kept =
                planText(CrewPlanner(scenario.inputs, moves[m]).plan(scenario.outages, &cache));
            QVERIFY2(fresh.contains("\"territories\""), fresh.constData());
            QCOMPARE(kept, fresh);
            QCOMPARE(cache.hits(), int(m)); // the first plan drew the jobs, every other kept them
        }
        // The target's lower bound depends on the target share and the risk level only: the
        // two moves of the crews on hand after the 24-hour target (same share, same risk)
        // take it from the cache.
        QCOMPARE(cache.committedHits(), 2);
    }

    // Each storm's total is the sum of its jobs, and the committed work at the risk level's
    // rank (the target's lower bound) is the one summing every storm's committed jobs gives,
    // at target shares that commit all the jobs of most storms (95 %) and of few (50 %).
    void theStormTotalsGiveTheCommittedWorkSummingTheJobsGives_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<int>("risk");
        QTest::newRow("95 %, P80") << 0.95 << int(RiskLevel::P80);
        QTest::newRow("90 %, P90") << 0.90 << int(RiskLevel::P90);
        QTest::newRow("50 %, P50") << 0.50 << int(RiskLevel::P50);
    }
    void theStormTotalsGiveTheCommittedWorkSummingTheJobsGives()
    {
        QFETCH(double, share);
        QFETCH(int, risk);
        // Up to about 60 outages in a storm: storms of 20 and more commit fewer jobs than
        // they have at 95 %.
        const testing::Scenario scenario = testing::makeScenario(25, 200, 0.5, 30);
        PlanSettings settings = settingsFor(share);
        settings.risk = RiskLevel(risk);
        SimulationContext context;
        context.inputs = &scenario.inputs;
        context.outages = &scenario.outages;
        context.settings = settings;
        context.prepare();
        const JobDraws &draws = *context.draws;
        const int simulations = settings.simulations;
        const int needed = jobsForShare(riskProbability(settings.risk), simulations);
        int partial = 0; // storms whose committed jobs are fewer than their jobs
        for (qsizetype t = 0; t < qsizetype(scenario.inputs.territories.size()); ++t) {
            const quint32 *o = context.offsetsOf(t);
            const float *work = context.workOf(t);
            const int *storms = context.busyOf(t);
            const float *totals = draws.totals.data() + context.busyOffset(t);
            std::vector<float> committed;
            for (int r = 0; r < context.busyCount(t); ++r) {
                const int s = storms[r];
                const int count = int(o[s + 1] - o[s]);
                QVERIFY(count > 0);
                const int k = jobsForShare(share, count);
                partial += k < count ? 1 : 0;
                double total = 0;
                double sum = 0;
                for (int j = 0; j < count; ++j) {
                    total += double(work[o[s] + quint32(j)]);
                    if (j < k)
                        sum += double(work[o[s] + quint32(j)]);
                }
                QVERIFY(totals[r] == float(total)); // exactly (QCOMPARE on floats is fuzzy)
                committed.push_back(float(sum));
            }
            const int quiet = simulations - context.busyCount(t);
            if (quiet >= needed) {
                QVERIFY(context.committedAtRisk[size_t(t)] == -1.0f);
                continue;
            }
            std::sort(committed.begin(), committed.end());
            QVERIFY(context.committedAtRisk[size_t(t)] == committed[size_t(needed - quiet - 1)]);
        }
        QVERIFY2(partial > 0, "no storm commits fewer jobs than it has: the test sees nothing");
    }

    // Whatever the jobs depend on draws them afresh, and the plan is again a fresh plan's.
    void whatTheJobsDependOnDrawsThemAgain_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("one territory's outages in one draw") << QStringLiteral("outages");
        QTest::newRow("a repair-time median") << QStringLiteral("median");
        QTest::newRow("a repair-time spread") << QStringLiteral("sigma");
        QTest::newRow("the hop between outages") << QStringLiteral("hop");
        QTest::newRow("the seed") << QStringLiteral("seed");
        QTest::newRow("the number of simulations") << QStringLiteral("simulations");
    }
    void whatTheJobsDependOnDrawsThemAgain()
    {
        QFETCH(QString, change);
        testing::Scenario scenario = testing::makeScenario(30, 200, 1, 25);
        PlanSettings settings = settingsFor(0.95);
        JobCache cache;
        const QByteArray before =
            planText(CrewPlanner(scenario.inputs, settings).plan(scenario.outages, &cache));
        if (change == QLatin1String("outages"))
            scenario.outages.samples[5 * scenario.outages.territoryIds.size() + 3] += 4;
        else if (change == QLatin1String("median"))
            scenario.inputs.territories[3].repair.medianHours *= 2;
        else if (change == QLatin1String("sigma"))
            scenario.inputs.territories[3].repair.sigma += 0.3;
        else if (change == QLatin1String("hop"))
            scenario.inputs.territories[3].hopHours += 1;
        else if (change == QLatin1String("seed"))
            settings.seed += 1;
        else
            settings.simulations = 150;
        const QByteArray fresh =
            planText(CrewPlanner(scenario.inputs, settings).plan(scenario.outages));
        const QByteArray kept =
            planText(CrewPlanner(scenario.inputs, settings).plan(scenario.outages, &cache));
        QCOMPARE(cache.hits(), 0);
        QCOMPARE(kept, fresh);
        QVERIFY(kept != before); // the change does change the plan: the test can see a miss
    }
};

QTEST_GUILESS_MAIN(TestJobCache)
#include "tst_jobcache.moc"
