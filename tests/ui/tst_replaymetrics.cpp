// The replay view's map metrics and territory table on hand-worked territories: the values are
// the model's replay arithmetic (expected - actual, relative in %, the P10..P90 categories),
// territories without a prediction are left out of every metric but the actual outages.
#include "replaymetrics.h"
#include "replayterritorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace stormcrew;

namespace {

replay::TerritoryReplay territory(qint64 id, bool predicted, double mean, double p10, double p90,
                                  double actual)
{
    replay::TerritoryReplay t;
    t.territoryId = id;
    t.code = QStringLiteral("T%1").arg(id);
    t.name = QStringLiteral("Territory %1").arg(id);
    t.predicted = predicted;
    t.mean = mean;
    t.p10 = p10;
    t.p50 = mean;
    t.p90 = p90;
    t.actual = actual;
    t.signedError = mean - actual;
    if (actual > 0)
        t.relative = (mean - actual) / actual;
    t.inInterval = p10 <= actual && actual <= p90;
    return t;
}

// Four territories: too many predicted, inside, too few, nothing happened; and one without a
// prediction (an input missing as of then).
replay::StormReplay handWorked()
{
    replay::StormReplay r;
    r.territories = {territory(1, true, 30, 20, 40, 10), territory(2, true, 12, 8, 16, 12),
                     territory(3, true, 5, 2, 9, 25), territory(4, true, 3, 0, 6, 0),
                     territory(5, false, 0, 0, 0, 7)};
    return r;
}

} // namespace

class TestReplayMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valuesPerMetric_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("actual: every territory, predicted or not")
            << QStringLiteral("actual") << QList<qint64>{1, 2, 3, 4, 5}
            << QList<double>{10, 12, 25, 0, 7};
        QTest::newRow("predicted: the expected outages")
            << QStringLiteral("predicted") << QList<qint64>{1, 2, 3, 4}
            << QList<double>{30, 12, 5, 3};
        QTest::newRow("error: expected - actual")
            << QStringLiteral("error") << QList<qint64>{1, 2, 3, 4} << QList<double>{20, 0, -20, 3};
        QTest::newRow("relative: in %, none where nothing happened")
            << QStringLiteral("relative") << QList<qint64>{1, 2, 3} << QList<double>{200, 0, -80};
        QTest::newRow("interval: below P10 -1, inside 0, above P90 1")
            << QStringLiteral("interval") << QList<qint64>{1, 2, 3, 4}
            << QList<double>{-1, 0, 1, 0};
    }

    void valuesPerMetric()
    {
        QFETCH(QString, metric);
        QFETCH(QList<qint64>, ids);
        QFETCH(QList<double>, values);
        const auto m = ReplayMetrics::fromName(metric);
        QCOMPARE(ReplayMetrics::name(m), metric);
        const QHash<qint64, double> got = ReplayMetrics::values(handWorked(), m);
        QCOMPARE(got.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY2(got.contains(ids[i]), qPrintable(QStringLiteral("territory %1").arg(ids[i])));
            QVERIFY2(std::abs(got.value(ids[i]) - values[i]) < 1e-9,
                     qPrintable(QStringLiteral("territory %1: %2, expected %3")
                                    .arg(ids[i])
                                    .arg(got.value(ids[i]))
                                    .arg(values[i])));
        }
    }

    void anUnknownMetricIsTheActualOutages()
    {
        QCOMPARE(ReplayMetrics::fromName(QStringLiteral("p50")), ReplayMetrics::Metric::Actual);
    }

    void theTableIsHardestHitFirst()
    {
        ReplayTerritoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerritories(handWorked().territories);
        QCOMPARE(model.rowCount(), 5);
        const auto at = [&model](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, ReplayTerritoryModel::CodeRole).toString(), QStringLiteral("T3"));
        QCOMPARE(at(0, ReplayTerritoryModel::IntervalRole).toInt(), 1);
        QCOMPARE(at(1, ReplayTerritoryModel::CodeRole).toString(), QStringLiteral("T2"));
        QCOMPARE(at(2, ReplayTerritoryModel::CodeRole).toString(), QStringLiteral("T1"));
        QCOMPARE(at(2, ReplayTerritoryModel::ErrorRole).toDouble(), 20.0);
        QCOMPARE(at(2, ReplayTerritoryModel::RelativeRole).toDouble(), 200.0);
        // No prediction: the actual count, and nothing to compare it with.
        QCOMPARE(at(3, ReplayTerritoryModel::CodeRole).toString(), QStringLiteral("T5"));
        QCOMPARE(at(3, ReplayTerritoryModel::ActualRole).toDouble(), 7.0);
        QVERIFY(!at(3, ReplayTerritoryModel::MeanRole).isValid());
        QVERIFY(!at(3, ReplayTerritoryModel::IntervalRole).isValid());
        // Nothing happened: no relative error.
        QVERIFY(!at(4, ReplayTerritoryModel::RelativeRole).isValid());
        QVERIFY(model.roleNames().values().contains("interval"));
    }
};

QTEST_GUILESS_MAIN(TestReplayMetrics)
#include "tst_replaymetrics.moc"
