// The planner's speed work must not change a plan: parallelFor visits every index once whatever
// the threads, a territory's tally gives the same plan line whether it lists every storm
// (zeros included, as CrewHelp fills it) or only the storms with outages (as the final pass does),
// a crew added with its storms split between threads leaves the state one thread leaves, the
// bound that spares the greedy a crew's simulation never rules out a crew that would pay, and the
// spreads of a territory whose storms' jobs are all committed, selected at once, its two means
// summed side by side, and a mix the target search gives up on early, are the same.
#include "crews/montecarlostats.h"
#include "crews/parallelfor.h"
#include "crews/restorationkernel.h"
#include "crews/territorysimulator.h"
#include "crewstestsupport.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <random>

using namespace stormcrew;
using namespace stormcrew::crews;

namespace {

// The scenario's jobs drawn for the settings, with these crew sources.
SimulationContext contextFor(const testing::Scenario &scenario, const PlanSettings &settings,
                             std::vector<CrewClass> classes)
{
    SimulationContext context;
    context.inputs = &scenario.inputs;
    context.outages = &scenario.outages;
    context.settings = settings;
    context.classes = std::move(classes);
    context.prepare();
    return context;
}

bool sameSpread(const Spread &a, const Spread &b)
{
    return a.p10.value == b.p10.value && a.p50.value == b.p50.value && a.p90.value == b.p90.value;
}

} // namespace

class TestCrewsParallel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parallelForVisitsEveryIndexOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        for (const int count : {0, 1, 7, 8, 9, 31, 32, 33, 100, 337, 3001}) {
            for (const int threads : {1, 2, 4})
                QTest::addRow("%d indices, %d threads", count, threads) << count << threads;
        }
    }
    void parallelForVisitsEveryIndexOnce()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        std::vector<std::atomic<int>> visits(static_cast<size_t>(count));
        std::vector<int> perWorker(static_cast<size_t>(threads), 0);
        parallelFor(count, perWorker, [&](int &done, qsizetype i) {
            ++visits[size_t(i)];
            ++done;
        });
        int total = 0;
        for (const int done : perWorker)
            total += done;
        QCOMPARE(total, count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(visits[size_t(i)].load(), 1);
    }

    // The spreads are order statistics: the values of the storms with outages in any order, and
    // the others counted as zeros, give what every storm listed gives, to the last bit.
    void aTallyOfTheBusyStormsGivesTheSamePlanLine()
    {
        constexpr int Simulations = 500;
        std::mt19937_64 random(11);
        std::uniform_real_distribution<double> hours(0.5, 700.0);
        std::bernoulli_distribution busy(0.6);
        PlanSettings settings;
        settings.simulations = Simulations;
        settings.targetHours = 48;
        TerritoryCrewInput input;
        input.id = 1;
        input.code = QStringLiteral("T1");
        input.customersPerOutage = 12;

        TerritoryTally everyStorm(Simulations);
        TerritoryTally busyOnly;
        std::vector<int> busyStorms;
        for (int s = 0; s < Simulations; ++s) {
            if (busy(random))
                busyStorms.push_back(s);
        }
        // Crews are paid in quiet storms too: the same for every one of them.
        constexpr double QuietCost = 100.0;
        busyOnly.restart(Simulations, int(busyStorms.size()), QuietCost);
        // The busy storms in another order than the storms' (the final pass goes most outages
        // first).
        std::vector<int> order = busyStorms;
        std::shuffle(order.begin(), order.end(), random);
        std::vector<ScheduleSummary> summaries(Simulations);
        for (int s = 0; s < Simulations; ++s) {
            ScheduleSummary &summary = summaries[size_t(s)];
            summary.lastRestored = hours(random);
            summary.committedTarget = summary.lastRestored * 0.8;
            summary.customerHours = summary.lastRestored * 3;
            // A storm that never ends (no crew) is a value like any other.
            if (s % 97 == 0)
                summary.lastRestored = summary.committedTarget = Never;
        }
        auto costOf = [](int s) { return QuietCost + 50 + s; };
        for (const int s : order) {
            const ScheduleSummary &summary = summaries[size_t(s)];
            busyOnly.append(s, summary, summary.committedTarget * 0.9, summary.customerHours * 12,
                            costOf(s));
        }
        size_t next = 0;
        for (int s = 0; s < Simulations; ++s) {
            if (next < busyStorms.size() && busyStorms[next] == s) {
                ++next;
                const ScheduleSummary &summary = summaries[size_t(s)];
                everyStorm.add(s, summary, summary.committedTarget * 0.9,
                               summary.customerHours * 12, costOf(s));
            } else {
                everyStorm.add(s, ScheduleSummary{}, 0, 0, QuietCost);
            }
        }
        const TerritoryPlan a = everyStorm.finish(input, 2.5, settings);
        const TerritoryPlan b = busyOnly.finish(input, 2.5, settings);
        QVERIFY(a.etrAll.p90.value > 0);
        QVERIFY(sameSpread(a.etrAll, b.etrAll));
        QVERIFY(sameSpread(a.etrTarget, b.etrTarget));
        QCOMPARE(a.committedTargetHours, b.committedTargetHours);
        QCOMPARE(a.targetProbability.value, b.targetProbability.value);
        QCOMPARE(a.targetMet, b.targetMet);
        QCOMPARE(a.customerHours.value, b.customerHours.value);
        QCOMPARE(a.customerHours.standardError, b.customerHours.standardError);
        QCOMPARE(a.cost.value, b.cost.value);

        // And both are the plain order statistics of every storm's values, worked out here by
        // sorting.
        auto rank = [](std::vector<double> values, double p) {
            std::sort(values.begin(), values.end());
            return values[size_t(jobsForShare(p, int(values.size())) - 1)];
        };
        QCOMPARE(b.etrAll.p10.value, rank(everyStorm.last, 0.1));
        QCOMPARE(b.etrAll.p50.value, rank(everyStorm.last, 0.5));
        QCOMPARE(b.etrAll.p90.value, rank(everyStorm.last, 0.9));
        QCOMPARE(b.etrTarget.p50.value, rank(everyStorm.target, 0.5));
        QCOMPARE(b.committedTargetHours,
                 rank(everyStorm.committed, riskProbability(settings.risk)));
        int met = 0;
        for (const double c : everyStorm.committed)
            met += c <= settings.targetHours ? 1 : 0;
        QCOMPARE(b.targetProbability.value, double(met) / Simulations);
    }

    // The greedy adds the crews of a territory with more work than the rest of its round with
    // the storms split between threads (addSplit): the kept state must be add()'s to the last
    // bit, for crews of either source and with paid days kept for both.
    void aCrewAddedOnEveryThreadLeavesTheStateOneThreadLeaves()
    {
        testing::Scenario scenario = testing::makeScenario(3, 300, 2, 4);
        for (int d = 0; d < scenario.outages.draws; ++d)
            scenario.outages.samples[size_t(d) * 3 + 1] *= 50;
        PlanSettings settings;
        settings.simulations = 300;
        const SimulationContext context =
            contextFor(scenario, settings, {{0, 2600, 1, 1000}, {20, 5600, 3, 1000}});
        QVERIFY(context.maxOutages(1) > 100);

        TerritorySimulator alone(context);
        std::vector<TerritorySimulator> team(3, TerritorySimulator(context));
        alone.load(1);
        team.front().load(1);
        TerritoryState one;
        TerritoryState split;
        alone.begin(one, {5, 0});
        team.front().begin(split, {5, 0});
        for (int step = 0; step < 12; ++step) {
            const size_t source = step % 3 == 2 ? 1 : 0;
            alone.add(one, source);
            team.front().addSplit(split, source, team);
            QCOMPARE(split.crews, one.crews);
            QCOMPARE(split.starts, one.starts);
            // Exact: QCOMPARE on doubles is fuzzy.
            QVERIFY(split.hoursSum == one.hoursSum);
            QCOMPARE(split.metCount, one.metCount);
            QVERIFY(split.hours == one.hours);
            QVERIFY(split.last == one.last);
            QVERIFY(split.met == one.met);
            QVERIFY(split.days == one.days);
            QVERIFY(team.front().current(split).cost == alone.current(one).cost);
        }
        // And it is the state of those crews simulated afresh, in what a step can change.
        TerritoryState fresh;
        alone.begin(fresh, one.crews);
        QCOMPARE(fresh.metCount, split.metCount);
        QVERIFY(fresh.hours == split.hours);

        // The greedy puts a territory's state back from a copy when a source gave it no crew:
        // recounted, a state reached by adding crews is the one begin() makes for its mix, to
        // the last bit (its sums were running differences; begin() sums in order).
        TerritoryState recounted = one;
        TerritorySimulator::recount(recounted);
        QVERIFY(recounted.hoursSum == fresh.hoursSum);
        QCOMPARE(recounted.metCount, fresh.metCount);
        QVERIFY(recounted.days == fresh.days && recounted.daysKept == fresh.daysKept);
        QVERIFY(alone.current(recounted).cost == alone.current(fresh).cost);
    }

    // The greedy skips simulating a crew whose most possible saving is at or below 0
    // (TerritorySimulator::mostSaved): the bound must be at least what the crew really saves,
    // for every source, early or late, with the horizon cutting storms short or not, and it
    // must rule out most crews a pool with minimum days would send for nothing.
    void theBoundOnACrewsSavingIsNeverBelowWhatItSaves_data()
    {
        QTest::addColumn<double>("horizon");
        QTest::newRow("14-day horizon") << 336.0;
        QTest::newRow("24-hour horizon, storms cut short") << 24.0;
    }
    void theBoundOnACrewsSavingIsNeverBelowWhatItSaves()
    {
        QFETCH(double, horizon);
        // Light territories and heavy ones (up to 40 outages a storm on average: long queues).
        testing::Scenario scenario = testing::makeScenario(40, 300, 0.1, 6);
        for (int d = 0; d < scenario.outages.draws; ++d) {
            for (int t = 0; t < 40; t += 8)
                scenario.outages.samples[size_t(d) * 40 + size_t(t)] *= 7;
        }
        PlanSettings settings;
        settings.simulations = 300;
        settings.horizonHours = horizon;
        settings.targetHours = std::min(settings.targetHours, horizon);
        // Own crews (no minimum), a contractor at 8 h (2 days), mutual aid at 20 h (3 days).
        const SimulationContext context = contextFor(
            scenario, settings, {{0, 2600, 0, 1000}, {8, 4200, 2, 1000}, {20, 5600, 3, 1000}});
        TerritorySimulator simulator(context);
        const std::vector<std::vector<int>> mixes = {{0, 0, 0}, {1, 0, 0}, {2, 0, 0},
                                                     {0, 1, 0}, {0, 0, 2}, {3, 1, 0},
                                                     {1, 2, 3}, {6, 0, 0}, {12, 0, 0}};
        int tried = 0;
        int paying = 0;
        int lateRuledOut = 0;
        int lateWorthless = 0;
        for (qsizetype t = 0; t < 40; ++t) {
            simulator.load(t);
            if (simulator.maxOutages() == 0)
                continue;
            for (const std::vector<int> &mix : mixes) {
                for (size_t source = 0; source < 3; ++source) {
                    TerritoryState state;
                    simulator.begin(state, mix);
                    const double before = simulator.current(state).cost;
                    const double bound =
                        simulator.mostSaved(state, source, simulator.hoursFloor(state, source));
                    simulator.add(state, source);
                    const double saved = before - simulator.current(state).cost;
                    ++tried;
                    paying += saved > 0 ? 1 : 0;
                    QVERIFY2(saved <= bound + 1e-9 * before,
                             qPrintable(QStringLiteral("territory %1, mix %2/%3/%4 + source %5: "
                                                       "saves %6, bound %7")
                                            .arg(t)
                                            .arg(mix[0])
                                            .arg(mix[1])
                                            .arg(mix[2])
                                            .arg(source)
                                            .arg(saved)
                                            .arg(bound)));
                    if (source == 2 && !(saved > 0)) {
                        ++lateWorthless;
                        lateRuledOut += bound < 0 ? 1 : 0;
                    }
                }
            }
        }
        // Not vacuous: some crews pay, and the bound rules out most of the mutual-aid crews
        // that do not.
        QVERIFY(paying > tried / 10);
        QVERIFY2(2 * lateRuledOut > lateWorthless,
                 qPrintable(QStringLiteral("%1 of %2").arg(lateRuledOut).arg(lateWorthless)));
    }

    // Where the bound is exact, a bound a little too low fails: a free crew alone on one outage
    // a storm, which the horizon cuts short in some storms (the floor is capped by the horizon,
    // as the hours are), and a crew joining two on three outages a storm, which ends every storm a
    // repair sooner for the two already there (their paid days count in the saving).
    void theBoundHoldsWhereItIsTight()
    {
        testing::Scenario scenario = testing::makeScenario(2, 20, 1, 1);
        scenario.inputs.territories[0].repair = {2.0, 0.0, 48};  // 3 outages of 2 h
        scenario.inputs.territories[1].repair = {20.0, 0.5, 48}; // 1 outage of 6-48 h
        scenario.inputs.shift = {24, 0}; // no rest: the floor is the hours, storm by storm
        for (int d = 0; d < 20; ++d) {
            scenario.outages.samples[size_t(d) * 2] = 3;
            scenario.outages.samples[size_t(d) * 2 + 1] = 1;
        }
        PlanSettings settings;
        settings.simulations = 20;
        settings.horizonHours = 24;
        settings.targetHours = 24;
        const SimulationContext context =
            contextFor(scenario, settings, {{0, 0, 0, 10}, {0, 2600, 0, 10}});
        TerritorySimulator simulator(context);
        struct Case {
            qsizetype territory;
            std::vector<int> mix;
            size_t source;
        };
        for (const Case &c : {Case{1, {0, 0}, 0}, Case{0, {0, 2}, 1}}) {
            simulator.load(c.territory);
            TerritoryState state;
            simulator.begin(state, c.mix);
            const double before = simulator.current(state).cost;
            const double bound =
                simulator.mostSaved(state, c.source, simulator.hoursFloor(state, c.source));
            simulator.add(state, c.source);
            const double saved = before - simulator.current(state).cost;
            // Within the greedy's margin: the kept hours are floats, the floor a double.
            QVERIFY2(saved <= bound + 1e-6 * before,
                     qPrintable(QStringLiteral("territory %1: saves %2, bound %3")
                                    .arg(c.territory)
                                    .arg(saved)
                                    .arg(bound)));
        }
    }

    // Where every storm's target and committed ETR are its last restoration (all its jobs
    // committed), the final pass selects the spread and the risk level's quantile at once: the
    // same values as three selections, at every risk level and with or without quiet storms.
    void theSpreadAndTheQuantileFromOneSelectionAreTheSeparateOnes()
    {
        std::mt19937_64 random(5);
        std::uniform_real_distribution<double> hours(0.0, 600.0);
        std::vector<double> values(700);
        for (double &v : values)
            v = hours(random);
        values[3] = Never;
        for (const qsizetype zeros :
             {qsizetype(0), qsizetype(60), qsizetype(300), qsizetype(900)}) {
            for (const double p : {0.01, 0.1, 0.3, 0.5, 0.8, 0.9, 0.95, 1.0}) {
                double quantile = -1;
                const Spread together = spreadWithZeros(values, zeros, p, quantile);
                QVERIFY(sameSpread(together, spreadWithZeros(values, zeros)));
                QVERIFY(quantile == quantileWithZeros(values, zeros, p));
            }
        }

        // And a tally takes that path only when every storm's three values are one.
        PlanSettings settings;
        settings.simulations = 1000;
        settings.risk = RiskLevel::P80;
        TerritoryCrewInput input;
        TerritoryTally tally;
        for (const bool alike : {true, false}) {
            tally.restart(1000, int(values.size()), 0);
            for (size_t s = 0; s < values.size(); ++s) {
                ScheduleSummary summary;
                summary.lastRestored = values[s];
                summary.committedTarget = alike ? values[s] : values[s] / 2;
                tally.append(int(s), summary, summary.lastRestored, 0, 0);
            }
            const TerritoryPlan line = tally.finish(input, 1, settings);
            std::vector<double> committed = values;
            if (!alike) {
                for (double &c : committed)
                    c /= 2;
            }
            QVERIFY(sameSpread(line.etrAll, spreadWithZeros(values, 300)));
            QVERIFY(sameSpread(line.etrTarget, line.etrAll));
            QVERIFY(line.committedTargetHours ==
                    quantileWithZeros(committed, 300, riskProbability(settings.risk)));
        }
    }

    // The final pass takes a territory's mean customer-hours and cost side by side: each must
    // be meanOf's, value and standard error, to the last bit.
    void twoMeansSummedSideBySideAreEachOnesMean()
    {
        std::mt19937_64 random(3);
        std::lognormal_distribution<double> values(3.0, 2.0);
        for (const size_t n : {size_t(0), size_t(1), size_t(2), size_t(999), size_t(1000)}) {
            std::vector<double> a(n);
            std::vector<double> b(n);
            for (size_t i = 0; i < n; ++i) {
                a[i] = i % 3 == 0 ? 0.0 : values(random);
                b[i] = values(random) * 1e4;
            }
            const auto [meanA, meanB] = meansOf(a, b);
            QVERIFY(meanA.value == meanOf(a).value && meanB.value == meanOf(b).value);
            QVERIFY(meanA.standardError == meanOf(a).standardError);
            QVERIFY(meanB.standardError == meanOf(b).standardError);
        }
    }

    // The target search gives up on a mix as soon as too many storms miss the target
    // (beginIfMet): it must say false exactly when the mix misses, and when it says true its
    // state must be begin()'s, to the last bit.
    void aMixThatGivesUpMissesTheTargetAndOneThatDoesNotIsBegins()
    {
        testing::Scenario scenario = testing::makeScenario(4, 400, 3, 12);
        PlanSettings settings;
        settings.simulations = 400;
        const SimulationContext context =
            contextFor(scenario, settings, {{0, 2600, 0, 1000}, {20, 5600, 3, 1000}});
        TerritorySimulator simulator(context);
        int gaveUp = 0;
        int met = 0;
        for (qsizetype t = 0; t < 4; ++t) {
            simulator.load(t);
            for (const std::vector<int> &mix :
                 {std::vector<int>{1, 0}, {2, 0}, {3, 1}, {5, 0}, {0, 6}, {9, 2}}) {
                TerritoryState full;
                simulator.begin(full, mix);
                const int count = simulator.current(full).targetMet;
                for (const int needed : {0, 100, count - 1, count, count + 1, 320, 400}) {
                    TerritoryState state;
                    const bool ok = simulator.beginIfMet(state, mix, needed);
                    QCOMPARE(ok, count >= needed);
                    QCOMPARE(simulator.meets(mix, needed), ok);
                    QCOMPARE(state.ready, ok);
                    if (!ok) {
                        ++gaveUp;
                        continue;
                    }
                    ++met;
                    QVERIFY(state.hours == full.hours && state.last == full.last);
                    QVERIFY(state.met == full.met && state.hoursSum == full.hoursSum);
                    QCOMPARE(state.metCount, full.metCount);
                }
            }
        }
        QVERIFY(gaveUp > 0 && met > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrewsParallel)
#include "tst_crewsparallel.moc"
