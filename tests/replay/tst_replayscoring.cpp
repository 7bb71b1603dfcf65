// The replay's arithmetic on hand-worked cases: per-territory errors and the storm's metrics,
// the negative binomial's log score, the timeline of outages as they happened, and how the crews
// actually deployed are spread over the crew sources.
#include "replay/hindsight.h"
#include "replay/replayscoring.h"

#include <QTest>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::replay;

namespace {

TerritoryReplay territory(double mean, double p10, double p90, double actual)
{
    TerritoryReplay t;
    t.predicted = true;
    t.mean = mean;
    t.p10 = p10;
    t.p50 = mean;
    t.p90 = p90;
    t.actual = actual;
    ReplayScoring::scoreTerritory(t);
    return t;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class TestReplayScoring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void territoryErrors_data()
    {
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("p10");
        QTest::addColumn<double>("p90");
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("signedError");
        QTest::addColumn<double>("relative"); // NaN: none
        QTest::addColumn<bool>("inInterval");
        QTest::newRow("over by 6 of 20, inside")
            << 26.0 << 15.0 << 40.0 << 20.0 << 6.0 << 0.3 << true;
        QTest::newRow("under by 2 of 10, on P10")
            << 8.0 << 10.0 << 14.0 << 10.0 << -2.0 << -0.2 << true;
        QTest::newRow("nothing happened: no relative error")
            << 2.0 << 0.0 << 5.0 << 0.0 << 2.0 << std::nan("") << true;
        QTest::newRow("above P90") << 3.0 << 1.0 << 6.0 << 7.0 << -4.0 << -4.0 / 7.0 << false;
    }

    void territoryErrors()
    {
        QFETCH(double, mean);
        QFETCH(double, p10);
        QFETCH(double, p90);
        QFETCH(double, actual);
        QFETCH(double, signedError);
        QFETCH(double, relative);
        QFETCH(bool, inInterval);
        const TerritoryReplay t = territory(mean, p10, p90, actual);
        QCOMPARE(t.signedError, signedError);
        QCOMPARE(t.relative.has_value(), !std::isnan(relative));
        if (t.relative)
            QVERIFY(near(*t.relative, relative));
        QCOMPARE(t.inInterval, inInterval);
    }

    // Three territories worked by hand: actual 0, 10, 20; predicted 2, 8, 26.
    // MAE (2 + 2 + 6) / 3 = 10/3; RMSE sqrt((4 + 4 + 36) / 3) = sqrt(44/3); total 36 against
    // 30: 20 %; ranks agree: Spearman 1; P10..P90 [0, 5], [9, 14], [21, 30]: 20 lies outside,
    // coverage 2/3.
    void stormMetricsByHand()
    {
        const std::vector<TerritoryReplay> territories{
            territory(2, 0, 5, 0), territory(8, 9, 14, 10), territory(26, 21, 30, 20)};
        std::vector<HeldOutRow> rows;
        for (const TerritoryReplay &t : territories)
            rows.push_back(ReplayScoring::heldOutRow(t, {t.mean, 5.0, std::nan("")}));
        const Scores s = EvaluationMetrics::score(rows);
        QCOMPARE(s.rows, 3);
        QVERIFY(near(s.mae, 10.0 / 3.0));
        QVERIFY(near(s.rmse, std::sqrt(44.0 / 3.0)));
        QVERIFY(near(s.observedTotal, 30));
        QVERIFY(near(s.predictedTotal, 36));
        QVERIFY(near(s.totalAbsPercentError, 20));
        QVERIFY(near(s.spearman, 1));
        QVERIFY(near(s.coverage80, 2.0 / 3.0));
        // Wider intervals cover at least as much as narrower ones of the same distribution.
        QVERIFY(s.coverage90 >= s.coverage50);
    }

    // -log p(y) of a negative binomial against its formula, and Poisson in the limit.
    void logScoreByHand()
    {
        // NB(mu 2, theta 1) is geometric with p(y) = (1/3) (2/3)^y: p(3) = 8/81.
        QVERIFY(near(ReplayScoring::logScore(3, 2, 1), -std::log(8.0 / 81.0)));
        // Poisson(4): p(2) = e^-4 4^2 / 2.
        const double poisson = -std::log(std::exp(-4.0) * 16.0 / 2.0);
        QVERIFY(
            near(ReplayScoring::logScore(2, 4, std::numeric_limits<double>::infinity()), poisson));
        QVERIFY(near(ReplayScoring::logScore(2, 4, 1e9), poisson, 1e-6));
        // The deviance is 0 where the mean meets the observation, positive elsewhere.
        QVERIFY(near(ReplayScoring::deviance(7, 7, 3), 0));
        QVERIFY(ReplayScoring::deviance(7, 2, 3) > 0);
        QVERIFY(near(ReplayScoring::deviance(0, 2, std::numeric_limits<double>::infinity()), 4));
    }

    // Four incidents from 10:00: began 10:10 (restored 12:30), 10:50 (restored 11:00 exactly),
    // 12:05 (never restored), 09:30 (before the first hour, restored 10:20).
    void timelineCountsBeganAndOut()
    {
        const qint64 t0 = 1'700'000'000 - 1'700'000'000 % 3600; // on the hour
        const std::vector<OutageSpan> incidents{
            {1, t0 - 1800, t0 + 1200},
            {1, t0 + 600, t0 + 9000},
            {2, t0 + 3000, t0 + 3600},
            {2, t0 + 7500, std::nullopt},
        };
        const auto hours = ReplayScoring::timeline(incidents, t0 + 120, t0 + 3 * 3600);
        QCOMPARE(hours.size(), std::size_t(4));
        QCOMPARE(hours[0].time, t0);
        // hour 0 [10, 11): two began; at 11:00 out: the 10:10 one (09:30 back at 10:20, 10:50
        // back at 11:00 exactly).
        QCOMPARE(hours[0].began, 2);
        QCOMPARE(hours[0].cumulative, 3);
        QCOMPARE(hours[0].out, 1);
        // hour 1 [11, 12): nothing new; at 12:00 still the 10:10 one.
        QCOMPARE(hours[1].began, 0);
        QCOMPARE(hours[1].out, 1);
        // hour 2 [12, 13): 12:05 began; at 13:00 the 10:10 one is back (12:30), 12:05 is out.
        QCOMPARE(hours[2].began, 1);
        QCOMPARE(hours[2].cumulative, 4);
        QCOMPARE(hours[2].out, 1);
        QCOMPARE(hours[3].out, 1); // never restored: out to the end
    }

    void deployedCrewsFillOwnCrewsFirst()
    {
        std::vector<crews::CrewSource> sources(3);
        sources[0].available = 10; // own
        sources[1].available = 5;  // contractor
        sources[2].available = 100;
        // 20 crews deployed: 10 own, 5 contractor, 5 mutual aid, each territory its share.
        const std::vector<int> deployed{12, 8, 0};
        const auto crews = HindsightSimulator::spreadOverSources(deployed, sources);
        QCOMPARE(crews.size(), std::size_t(3));
        int perSource[3] = {0, 0, 0};
        for (std::size_t t = 0; t < crews.size(); ++t) {
            int sum = 0;
            for (int s = 0; s < 3; ++s) {
                sum += crews[t][std::size_t(s)];
                perSource[s] += crews[t][std::size_t(s)];
            }
            QCOMPARE(sum, deployed[t]);
        }
        QCOMPARE(perSource[0], 10);
        QCOMPARE(perSource[1], 5);
        QCOMPARE(perSource[2], 5);
        QCOMPARE(crews[0], (std::vector<int>{6, 3, 3}));

        // More than the sources hold: the excess counts as own crews, and a note says so.
        QStringList notes;
        const auto over = HindsightSimulator::spreadOverSources({200, 0, 0}, sources, &notes);
        QCOMPARE(over[0][0] + over[0][1] + over[0][2], 200);
        QCOMPARE(over[0][0], 95);
        QCOMPARE(notes.size(), 1);
    }

    // Dispatch: each source's crews spread again in proportion to the outages, every territory
    // with outages keeping at least one crew.
    void dispatchFollowsTheOutages()
    {
        const std::vector<std::vector<int>> planned{{10, 0}, {0, 6}, {0, 0}, {2, 2}};
        const auto dispatched =
            HindsightSimulator::dispatch(planned, std::vector<double>{0, 30, 1, 9});
        QCOMPARE(dispatched[0], (std::vector<int>{0, 0}));
        int own = 0, aid = 0;
        for (const auto &row : dispatched) {
            own += row[0];
            aid += row[1];
        }
        QCOMPARE(own, 12); // no crew lost or made
        QCOMPARE(aid, 8);
        QVERIFY(dispatched[2][0] + dispatched[2][1] >= 1); // one outage: still a crew
        QVERIFY(dispatched[1][0] + dispatched[1][1] > dispatched[3][0] + dispatched[3][1]);
        // Nothing happened anywhere: the plan stands.
        QCOMPARE(HindsightSimulator::dispatch(planned, std::vector<double>(4, 0.0)), planned);
    }
};

QTEST_GUILESS_MAIN(TestReplayScoring)
#include "tst_replayscoring.moc"
