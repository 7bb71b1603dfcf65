// The crew planner's laws (docs/crews.md): the restoration kernel against its closed form, more
// crews never later, more outages never fewer crews, no outages no crews, Monte Carlo errors
// that shrink, greedy allocation against exhaustive search, and reproducible plans.
#include "crews/crewallocator.h"
#include "crews/crewplanjson.h"
#include "crews/crewplanner.h"
#include "crews/restorationkernel.h"
#include "crewslaws.h"
#include "crewstestsupport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace stormcrew;
using namespace stormcrew::crews;
using stormcrew::crews::testing::verifyNotLater;

namespace {

QString describe(double value)
{
    return QString::number(value, 'g', 17);
}

// A plan input of `territories` identical territories with a fixed repair time and no travel.
PlanInputs deterministic(int territories, double repairHours, int ownCrews, ShiftPattern shift)
{
    PlanInputs inputs;
    inputs.depots = {{1, QStringLiteral("D"), QStringLiteral("Depot"), 0, 0, ownCrews}};
    inputs.shift = shift;
    for (int t = 0; t < territories; ++t) {
        TerritoryCrewInput territory;
        territory.id = t + 1;
        territory.code = QStringLiteral("T%1").arg(t);
        territory.customers = 10000;
        territory.depot = 0;
        territory.repair = {repairHours, 0, 1000};
        territory.customersPerOutage = 10;
        inputs.territories.push_back(territory);
    }
    return inputs;
}

int totalCrews(const CrewPlan &plan)
{
    return plan.ownCrews() + plan.mutualAidCrews();
}

} // namespace

class TestCrewPlanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shiftClock_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("work");
        QTest::addColumn<double>("finish");
        QTest::newRow("inside the first shift") << 0.0 << 3.0 << 3.0;
        QTest::newRow("ends exactly at the shift's end") << 10.0 << 6.0 << 16.0;
        QTest::newRow("runs over into the next shift") << 14.0 << 4.0 << 26.0;
        QTest::newRow("starts while resting") << 18.0 << 2.0 << 26.0;
        QTest::newRow("spans two whole shifts") << 0.0 << 40.0 << 56.0;
        QTest::newRow("exactly three shifts") << 0.0 << 48.0 << 64.0;
    }
    void shiftClock()
    {
        QFETCH(double, start);
        QFETCH(double, work);
        QFETCH(double, finish);
        const ShiftPattern shift{16, 8};
        QCOMPARE(finishAfterWork(start, work, shift), finish);
        // Composition: two jobs back to back end where one job of both lengths ends.
        const double half = work / 2;
        QCOMPARE(finishAfterWork(finishAfterWork(start, half, shift), work - half, shift),
                 finishAfterWork(start, work, shift));
        // The work clock the planner schedules on gives the same times.
        const WorkClock clock(shift);
        QCOMPARE(clock.hours(clock.work(start) + work), finish);
    }

    // Fixed repair time tau, no travel, all outages at hour 0, c crews: outage i (0-based) is the
    // (floor(i / c) + 1)-th job of its crew, so it is back after (floor(i / c) + 1) * tau hours of
    // work, which the shift clock turns into W + rest * (ceil(W / work) - 1).
    void deterministicCaseMatchesClosedForm_data()
    {
        QTest::addColumn<int>("outages");
        QTest::addColumn<int>("crews");
        QTest::addColumn<double>("tau");
        QTest::addColumn<double>("work");
        QTest::addColumn<double>("rest");
        QTest::newRow("20 outages, 3 crews, 3 h, 16/8 shifts") << 20 << 3 << 3.0 << 16.0 << 8.0;
        QTest::newRow("7 outages, 7 crews, 2.5 h, 16/8 shifts") << 7 << 7 << 2.5 << 16.0 << 8.0;
        QTest::newRow("100 outages, 4 crews, 4 h, no rest") << 100 << 4 << 4.0 << 24.0 << 0.0;
        QTest::newRow("41 outages, 2 crews, 5 h, 12/12 shifts") << 41 << 2 << 5.0 << 12.0 << 12.0;
        QTest::newRow("3 outages, 5 crews, 1 h") << 3 << 5 << 1.0 << 16.0 << 8.0;
    }
    void deterministicCaseMatchesClosedForm()
    {
        QFETCH(int, outages);
        QFETCH(int, crews);
        QFETCH(double, tau);
        QFETCH(double, work);
        QFETCH(double, rest);
        const PlanInputs inputs = deterministic(1, tau, crews, {work, rest});
        PlanSettings settings;
        settings.simulations = 20;
        settings.targetShare = 0.9;
        settings.horizonHours = 2000;
        const CrewPlanner planner(inputs, settings);
        auto plan = planner.evaluate(testing::fixedOutages(inputs, outages), {{crews}});
        QVERIFY2(plan, qPrintable(plan.ok() ? QString() : plan.error().toString()));

        auto finish = [&](double hours) {
            return rest > 0 ? hours + rest * (std::ceil(hours / work) - 1) : hours;
        };
        double customerHours = 0;
        std::vector<double> done;
        for (int i = 0; i < outages; ++i) {
            done.push_back(finish((i / crews + 1) * tau));
            customerHours += 10 * done.back();
        }
        const double all = finish(((outages + crews - 1) / crews) * tau);
        const int k = int(std::ceil(0.9 * outages - 1e-9));
        const double target = finish(((k - 1) / crews + 1) * tau); // k-th restored outage
        const TerritoryPlan &t = plan.value().territories.front();
        QVERIFY2(t.etrAll.p10.value == all && t.etrAll.p90.value == all,
                 qPrintable(describe(t.etrAll.p50.value) + QStringLiteral(" vs ") + describe(all)));
        QVERIFY2(t.etrTarget.p50.value == target,
                 qPrintable(describe(t.etrTarget.p50.value) + QStringLiteral(" vs ") +
                            describe(target)));
        QVERIFY2(t.customerHours.value == customerHours,
                 qPrintable(describe(t.customerHours.value) + QStringLiteral(" vs ") +
                            describe(customerHours)));
        QCOMPARE(t.customerHours.standardError, 0.0);
        QVERIFY(plan.value().etrAll.p50.value == all);
    }

    void moreCrewsNeverMakeAnyEtrLater_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("extra");
        QTest::newRow("one more own crew everywhere") << 0 << 1;
        QTest::newRow("three more contractor crews everywhere") << 1 << 3;
        QTest::newRow("ten more mutual-aid crews everywhere") << 2 << 10;
    }

    void moreCrewsNeverMakeAnyEtrLater()
    {
        QFETCH(int, source);
        QFETCH(int, extra);
        const testing::Scenario scenario = testing::makeScenario(40, 200, 2, 30);
        PlanSettings settings;
        settings.simulations = 300;
        const CrewPlanner planner(scenario.inputs, settings);
        std::vector<std::vector<int>> fewer(40, std::vector<int>(3, 0));
        for (size_t t = 0; t < fewer.size(); ++t)
            fewer[t][0] = 1 + int(t % 4);
        std::vector<std::vector<int>> more = fewer;
        for (auto &row : more)
            row[size_t(source)] += extra;
        auto a = planner.evaluate(scenario.outages, fewer);
        auto b = planner.evaluate(scenario.outages, more);
        QVERIFY(a && b);
        for (size_t t = 0; t < fewer.size(); ++t) {
            const TerritoryPlan &x = a.value().territories[t];
            const TerritoryPlan &y = b.value().territories[t];
            verifyNotLater(y.etrAll, x.etrAll, x.code + QStringLiteral(" all restored"));
            verifyNotLater(y.etrTarget, x.etrTarget, x.code + QStringLiteral(" target"));
            QVERIFY(y.committedTargetHours <= x.committedTargetHours);
            QVERIFY(y.customerHours.value <= x.customerHours.value);
            QVERIFY(y.targetProbability.value >= x.targetProbability.value);
        }
        verifyNotLater(b.value().etrAll, a.value().etrAll, QStringLiteral("system all"));
        verifyNotLater(b.value().etrTarget, a.value().etrTarget, QStringLiteral("system target"));
        for (size_t h = 0; h < a.value().fan.hours.size(); ++h)
            QVERIFY(b.value().fan.p50[h] >= a.value().fan.p50[h]);
    }

    void moreOutagesNeverNeedFewerCrews_data()
    {
        QTest::addColumn<int>("added");
        QTest::addColumn<double>("targetHours");
        QTest::newRow("+1 outage in every draw, 48 h target") << 1 << 48.0;
        QTest::newRow("+5 outages, 24 h target") << 5 << 24.0;
        QTest::newRow("+20 outages, 72 h target") << 20 << 72.0;
    }
    void moreOutagesNeverNeedFewerCrews()
    {
        QFETCH(int, added);
        QFETCH(double, targetHours);
        testing::Scenario scenario = testing::makeScenario(30, 200, 1, 25);
        PlanSettings settings;
        settings.simulations = 200;
        settings.targetHours = targetHours;
        const CrewPlanner planner(scenario.inputs, settings);
        auto before = planner.plan(scenario.outages);
        QVERIFY(before);
        // More outages in territory 3 (appended: every draw gets `added` more).
        const qsizetype territories = scenario.outages.territories();
        for (int d = 0; d < scenario.outages.draws; ++d)
            scenario.outages.samples[size_t(d) * size_t(territories) + 3] += float(added);
        auto after = planner.plan(scenario.outages);
        QVERIFY(after);
        const TerritoryPlan &x = before.value().territories[3];
        const TerritoryPlan &y = after.value().territories[3];
        QVERIFY2(y.ownCrews + y.mutualAidCrews >= x.ownCrews + x.mutualAidCrews,
                 qPrintable(QStringLiteral("%1 -> %2 crews")
                                .arg(x.ownCrews + x.mutualAidCrews)
                                .arg(y.ownCrews + y.mutualAidCrews)));
        QVERIFY(totalCrews(after.value()) >= totalCrews(before.value()));
    }

    // A territory that needs dozens of crews for its target gets the fewest that meet it: the
    // search past the first few crews doubles and halves its way there (resting on the count of
    // storms that meet the target never falling with more crews), and must land where climbing
    // one crew at a time would.
    void aDeepTerritoryGetsTheFewestCrewsThatMeetTheTarget()
    {
        testing::Scenario scenario = testing::makeScenario(6, 200, 2, 4);
        const qsizetype territories = scenario.outages.territories();
        for (int d = 0; d < scenario.outages.draws; ++d)
            scenario.outages.samples[size_t(d) * size_t(territories) + 2] *= 60;
        scenario.inputs.depots[0].ownCrews = 400;
        scenario.inputs.depots[1].ownCrews = 400;
        PlanSettings settings;
        settings.simulations = 200;
        settings.costPerCustomerHour = 0; // no crew pays for itself: the target's crews alone
        const CrewPlanner planner(scenario.inputs, settings);
        const auto planned = planner.plan(scenario.outages);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        const TerritoryPlan &deep = planned.value().territories[2];
        QVERIFY(deep.targetMet);
        QCOMPARE(deep.mutualAidCrews, 0);
        const int fewest = deep.ownCrews;
        QVERIFY2(fewest >= 12, qPrintable(QString::number(fewest)));
        // Every other territory as planned; the deep one with one crew fewer misses the target.
        std::vector<std::vector<int>> crews(static_cast<size_t>(territories));
        for (size_t t = 0; t < crews.size(); ++t) {
            crews[t].assign(planned.value().sources.size(), 0);
            for (const CrewAssignment &a : planned.value().territories[t].assignments)
                crews[t][size_t(a.source)] += a.crews;
        }
        crews[2][0] = fewest - 1;
        const auto fewer = planner.evaluate(scenario.outages, crews);
        QVERIFY(fewer);
        QVERIFY(!fewer.value().territories[2].targetMet);
        crews[2][0] = fewest;
        const auto same = planner.evaluate(scenario.outages, crews);
        QVERIFY(same);
        QVERIFY(same.value().territories[2].targetMet);
    }

    void zeroOutagesNeedZeroCrews()
    {
        testing::Scenario scenario = testing::makeScenario(25, 100, 2, 20);
        const CrewPlanner planner(scenario.inputs, PlanSettings{});
        auto none = planner.plan(testing::fixedOutages(scenario.inputs, 0));
        QVERIFY(none);
        QCOMPARE(totalCrews(none.value()), 0);
        QVERIFY(none.value().requests.isEmpty());
        QVERIFY(none.value().warnings.isEmpty());
        QCOMPARE(none.value().etrAll.p90.value, 0.0);
        QCOMPARE(none.value().cost.value, 0.0);
        // A territory that no draw touches gets no crew while the others do.
        const qsizetype territories = scenario.outages.territories();
        for (int d = 0; d < scenario.outages.draws; ++d)
            scenario.outages.samples[size_t(d) * size_t(territories) + 7] = 0;
        auto some = planner.plan(scenario.outages);
        QVERIFY(some);
        QCOMPARE(some.value().territories[7].ownCrews + some.value().territories[7].mutualAidCrews,
                 0);
        QVERIFY(totalCrews(some.value()) > 0);
    }

    // A territory with more outages over all simulated storms than the planner's 32-bit job
    // offsets hold is refused with a message that names it, before any job is drawn; with
    // fewer simulations the same storm plans.
    void aTerritoryWithMoreJobsThanThePlannerHoldsIsRefused()
    {
        testing::Scenario scenario = testing::makeScenario(4, 10, 1, 3);
        PlanSettings settings;
        settings.simulations = 1000;
        for (int d = 0; d < scenario.outages.draws; ++d)
            scenario.outages.samples[size_t(d) * 4 + 2] = 2.2e6f; // 2.2 billion jobs in all
        const auto refused = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(scenario.inputs.territories[2].code) &&
                     refused.error().message.contains(QLatin1String("fewer simulations")),
                 qPrintable(refused.error().message));
        std::vector<std::vector<int>> crews(4, std::vector<int>(3, 0));
        QVERIFY(!CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews));
        // 2 simulations: 4.4 million jobs, which plan (and are not all restored).
        settings.simulations = 2;
        const auto planned =
            CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
    }

    // A draw that is not a number of outages (negative, not a number, 2^31 or more in one
    // storm) is refused with the territory and the draw, by plan() and evaluate() alike; -0
    // is a 0 like any other.
    void aDrawThatIsNotANumberOfOutagesIsRefused_data()
    {
        QTest::addColumn<float>("value");
        QTest::newRow("negative") << -1.0f;
        QTest::newRow("not a number") << std::numeric_limits<float>::quiet_NaN();
        QTest::newRow("infinite") << std::numeric_limits<float>::infinity();
        QTest::newRow("2^31 in one storm") << 2147483648.0f;
    }
    void aDrawThatIsNotANumberOfOutagesIsRefused()
    {
        QFETCH(float, value);
        testing::Scenario scenario = testing::makeScenario(4, 10, 1, 3);
        PlanSettings settings;
        settings.simulations = 10;
        scenario.outages.samples[size_t(6) * 4 + 1] = value; // territory 1, draw 7
        const auto refused = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY(!refused);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(scenario.inputs.territories[1].code) &&
                     message.contains(QLatin1String("in draw 7")),
                 qPrintable(message));
        std::vector<std::vector<int>> crews(4, std::vector<int>(3, 0));
        QVERIFY(!CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews));

        scenario.outages.samples[size_t(6) * 4 + 1] = -0.0f;
        const auto planned = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        scenario.outages.samples[size_t(6) * 4 + 1] = 0.0f;
        const auto same = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY(same);
        QCOMPARE(toJson(planned.value(), true), toJson(same.value(), true));
    }

    void standardErrorsAreReportedAndShrink()
    {
        const testing::Scenario scenario = testing::makeScenario(20, 4000, 5, 40);
        std::vector<std::vector<int>> crews(20, std::vector<int>(3, 0));
        for (auto &row : crews)
            row[0] = 3;
        std::vector<double> errors;
        for (const int simulations : {250, 1000, 4000}) {
            PlanSettings settings;
            settings.simulations = simulations;
            auto plan = CrewPlanner(scenario.inputs, settings).evaluate(scenario.outages, crews);
            QVERIFY(plan);
            QVERIFY(plan.value().customerHours.standardError > 0);
            QVERIFY(plan.value().etrAll.p50.standardError > 0);
            errors.push_back(plan.value().customerHours.standardError);
            qInfo("%d simulations: customer-hours %.0f +- %.0f, ETR P50 %.1f +- %.2f h",
                  simulations, plan.value().customerHours.value,
                  plan.value().customerHours.standardError, plan.value().etrAll.p50.value,
                  plan.value().etrAll.p50.standardError);
        }
        // Four times the simulations halve the error (within Monte Carlo noise of the error).
        QVERIFY(errors[1] < errors[0] && errors[2] < errors[1]);
        QVERIFY2(errors[0] / errors[1] > 1.6 && errors[0] / errors[1] < 2.5,
                 qPrintable(describe(errors[0] / errors[1])));
        QVERIFY2(errors[1] / errors[2] > 1.6 && errors[1] / errors[2] < 2.5,
                 qPrintable(describe(errors[1] / errors[2])));
    }

    void planIsReproducibleForASeed()
    {
        const testing::Scenario scenario = testing::makeScenario(60, 300, 1, 30);
        PlanSettings settings;
        settings.simulations = 300;
        settings.seed = 42;
        auto a = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        auto b = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY(a && b);
        for (size_t t = 0; t < a.value().territories.size(); ++t) {
            QCOMPARE(a.value().territories[t].ownCrews, b.value().territories[t].ownCrews);
            QCOMPARE(a.value().territories[t].mutualAidCrews,
                     b.value().territories[t].mutualAidCrews);
            QVERIFY(a.value().territories[t].customerHours.value ==
                    b.value().territories[t].customerHours.value);
        }
        QVERIFY(a.value().cost.value == b.value().cost.value);
        QCOMPARE(a.value().requests, b.value().requests);
        settings.seed = 43;
        auto c = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY(c);
        QVERIFY(c.value().cost.value != a.value().cost.value);
    }

    // With one source and no binding target, the greedy allocation equals the best of every
    // possible split of the crews (3 territories, 9 crews: 220 splits).
    // The loose target is met first with few crews; the strict one cannot be met everywhere
    // with the 9 crews there are, so the plan goes cost first (docs/crews.md, "Allocation").
    // Either way the greedy's plan is the cheapest of every split.
    void greedyMatchesExhaustiveSearch_data()
    {
        QTest::addColumn<double>("targetShare");
        QTest::addColumn<double>("targetHours");
        QTest::addColumn<double>("meanHigh");
        QTest::addColumn<bool>("costFirst");
        QTest::newRow("target met first: 50 % in 300 h") << 0.5 << 300.0 << 14.0 << false;
        QTest::newRow("the target cannot be met everywhere: 95 % in 24 h")
            << 0.95 << 24.0 << 40.0 << true;
    }
    void greedyMatchesExhaustiveSearch()
    {
        QFETCH(double, targetShare);
        QFETCH(double, targetHours);
        QFETCH(double, meanHigh);
        QFETCH(bool, costFirst);
        testing::Scenario scenario = testing::makeScenario(3, 200, 4, meanHigh, 5);
        scenario.inputs.pools.clear();
        scenario.inputs.depots[0].ownCrews = 9;
        scenario.inputs.depots[1].ownCrews = 0;
        PlanSettings settings;
        settings.simulations = 200;
        settings.targetShare = targetShare;
        settings.targetHours = targetHours;
        settings.risk = RiskLevel::P50;
        settings.ownCrewDayCost = 0;
        // The allocation never counts on crews moving on (docs/crews.md): compare on its
        // objective.
        settings.crewsMoveOn = false;
        const CrewPlanner planner(scenario.inputs, settings);
        auto greedy = planner.plan(scenario.outages);
        QVERIFY(greedy);
        QCOMPARE(greedy.value().convexityRepairs, 0);
        QCOMPARE(greedy.value().costFirst, costFirst);
        double best = 1e300;
        for (int a = 0; a <= 9; ++a) {
            for (int b = 0; a + b <= 9; ++b) {
                auto plan = planner.evaluate(scenario.outages, {{a}, {b}, {9 - a - b}});
                QVERIFY(plan);
                best = std::min(best, plan.value().cost.value);
            }
        }
        QVERIFY2(std::fabs(greedy.value().cost.value - best) <= 1e-9 * best,
                 qPrintable(describe(greedy.value().cost.value) + QStringLiteral(" vs ") +
                            describe(best)));
    }

    void poolAdjacentViolatorsGivesDiminishingReturns()
    {
        std::vector<double> gains{10, 4, 6, 5, 1};
        QCOMPARE(enforceDiminishingReturns(gains), 1);
        const std::vector<double> expected{10, 5, 5, 5, 1};
        QCOMPARE(gains, expected);
    }

    void mutualAidIsRequestedByLeadTimeBeforeItIsNeeded()
    {
        testing::Scenario scenario = testing::makeScenario(30, 200, 20, 60);
        for (DepotInput &depot : scenario.inputs.depots)
            depot.ownCrews = 2;
        PlanSettings settings;
        settings.simulations = 200;
        settings.hoursUntilStart = 20;
        settings.startTime = 1'700'000'000;
        const CrewPlanner planner(scenario.inputs, settings);
        const std::vector<CrewSource> sources = planner.sources();
        QCOMPARE(sources.size(), size_t(3));
        // The contractor (8 h lead) can be at work at the all-clear if asked 8 h before it.
        QCOMPARE(sources[1].arrivalHours, 0.0);
        QCOMPARE(sources[1].requestBy, settings.startTime - 8 * 3600);
        // Mutual aid (24 h) asked now arrives 4 h after the all-clear.
        QCOMPARE(sources[2].arrivalHours, 4.0);
        QCOMPARE(sources[2].requestBy, settings.startTime - 20 * 3600);
        auto plan = planner.plan(scenario.outages);
        QVERIFY(plan);
        QVERIFY(plan.value().mutualAidCrews() > 0);
        QVERIFY(!plan.value().requests.isEmpty());
        for (const QString &line : plan.value().requests)
            qInfo("%s", qPrintable(line));
    }

    void anUnreachableTargetIsWarnedAbout()
    {
        testing::Scenario scenario = testing::makeScenario(10, 100, 40, 80);
        for (DepotInput &depot : scenario.inputs.depots)
            depot.ownCrews = 1;
        for (PoolInput &pool : scenario.inputs.pools)
            pool.leadTimeHours = 100; // nothing else arrives within the target
        PlanSettings settings;
        settings.simulations = 100;
        settings.targetHours = 12;
        auto plan = CrewPlanner(scenario.inputs, settings).plan(scenario.outages);
        QVERIFY(plan);
        QVERIFY(plan.value().territoriesMissingTarget > 0);
        QCOMPARE(plan.value().warnings.size(), 1);
        QVERIFY(plan.value().warnings.front().contains(QStringLiteral("cannot be met")));
    }

    // The target search drops a territory that a crew for every outage of a source cannot
    // bring within the target from every source that arrives no sooner (their crews restore no
    // outage sooner). Whatever the plan calls out of reach must be so for every source. The
    // plan goes cost first (the target cannot be met everywhere); the contractors are many, so
    // that those the greedy leaves meet the target wherever it can be met.
    void aTerritoryOutOfReachIsOutOfReachForEverySource()
    {
        testing::Scenario scenario = testing::makeScenario(12, 100, 0.3, 60);
        for (DepotInput &depot : scenario.inputs.depots)
            depot.ownCrews = 40;
        scenario.inputs.pools.front().crews = 2000;
        PlanSettings settings;
        settings.simulations = 100;
        settings.targetHours = 10; // a repair of more than 10 h in most storms: out of reach
        settings.hoursUntilStart = 12;
        const CrewPlanner planner(scenario.inputs, settings);
        const auto plan = planner.plan(scenario.outages);
        QVERIFY(plan);
        QVERIFY(plan.value().costFirst);
        const int territories = int(scenario.inputs.territories.size());
        const int sources = int(plan.value().sources.size());
        int outOfReach = 0;
        for (int t = 0; t < territories; ++t) {
            if (plan.value().territories[size_t(t)].targetMet)
                continue;
            ++outOfReach;
            for (int k = 0; k < sources; ++k) {
                std::vector<std::vector<int>> crews(size_t(territories),
                                                    std::vector<int>(size_t(sources), 0));
                crews[size_t(t)][size_t(k)] = 5000; // more than any storm's outages
                const auto all = planner.evaluate(scenario.outages, crews);
                QVERIFY(all);
                QVERIFY2(!all.value().territories[size_t(t)].targetMet,
                         qPrintable(QStringLiteral("territory %1 meets the target with source %2")
                                        .arg(t)
                                        .arg(k)));
            }
        }
        QVERIFY2(outOfReach >= 2 && outOfReach < territories,
                 qPrintable(QString::number(outOfReach)));
    }

    void targetOptionIsParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("share");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("error");
        QTest::newRow("95@48") << QStringLiteral("95@48") << 0.95 << 48.0 << QString();
        QTest::newRow("99.5@72") << QStringLiteral("99.5@72") << 0.995 << 72.0 << QString();
        QTest::newRow("missing hours")
            << QStringLiteral("95") << 0.0 << 0.0
            << QStringLiteral("--target 95: expected PERCENT@HOURS such as 95@48");
        QTest::newRow("over 100 %")
            << QStringLiteral("120@48") << 0.0 << 0.0
            << QStringLiteral("--target 120@48: the percentage must be above 0 and at most 100");
    }
    void targetOptionIsParsed()
    {
        QFETCH(QString, text);
        QFETCH(double, share);
        QFETCH(double, hours);
        QFETCH(QString, error);
        auto parsed = PlanSettingsParser::target(text);
        if (!error.isEmpty()) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().message, error);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed.value().first, share);
        QCOMPARE(parsed.value().second, hours);
    }
};

QTEST_GUILESS_MAIN(TestCrewPlanner)
#include "tst_crewplanner.moc"
