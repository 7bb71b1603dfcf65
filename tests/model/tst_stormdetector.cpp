// Storm detection on daily incident counts: robust z-score against a rolling median/MAD.
#include "testsupport.h"

#include "stats/stormdetector.h"

using namespace stormcrew;

namespace {

// Sixty quiet days of `usual` incidents (with a little weekly wobble) from 2023-01-01, then the
// given counts on the days that follow; a count of 0 leaves the day out (the feed was down).
std::vector<DailyIncidents> history(int usual, const QList<int> &after)
{
    std::vector<DailyIncidents> days;
    QDate day(2023, 1, 1);
    for (int i = 0; i < 60; ++i, day = day.addDays(1))
        days.push_back({day, usual + (i % 7) - 3, 0});
    for (const int count : after) {
        if (count > 0)
            days.push_back({day, count, 0});
        day = day.addDays(1);
    }
    return days;
}

QString describe(const std::vector<StormEvent> &events)
{
    QStringList parts;
    for (const StormEvent &event : events)
        parts.append(
            QStringLiteral("%1..%2:%3")
                .arg(event.firstDay.toString(Qt::ISODate), event.lastDay.toString(Qt::ISODate))
                .arg(event.incidents));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestStormDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }
    void detects_data();
    void detects();
};

void TestStormDetector::detects_data()
{
    QTest::addColumn<int>("usual");
    QTest::addColumn<QList<int>>("after");
    QTest::addColumn<QString>("expected");
    // Day 61 is 2023-03-02.
    QTest::newRow("quiet history: no storm") << 80 << QList<int>{82, 79, 85} << QString();
    QTest::newRow("one storm day")
        << 80 << QList<int>{81, 900, 85} << QStringLiteral("2023-03-03..2023-03-03:900");
    QTest::newRow("two storm days merge")
        << 80 << QList<int>{81, 900, 400, 85} << QStringLiteral("2023-03-03..2023-03-04:1300");
    QTest::newRow("feed down between storm days: still one event")
        << 80 << QList<int>{81, 900, 0, 0, 1500, 85}
        << QStringLiteral("2023-03-03..2023-03-06:2400");
    QTest::newRow("a quiet day between storm days: two events")
        << 80 << QList<int>{81, 900, 80, 700, 85}
        << QStringLiteral("2023-03-03..2023-03-03:900 2023-03-05..2023-03-05:700");
    QTest::newRow("busy but ordinary day (1.5x usual): no storm")
        << 80 << QList<int>{81, 120, 85} << QString();
    QTest::newRow("small territory: 1 to 6 is below the noise floor")
        << 1 << QList<int>{1, 6, 1} << QString();
}

void TestStormDetector::detects()
{
    QFETCH(int, usual);
    QFETCH(QList<int>, after);
    QFETCH(QString, expected);
    const auto events = StormDetector().detect(history(usual, after));
    QCOMPARE(describe(events), expected);
    for (const StormEvent &event : events) {
        QVERIFY(event.peakScore >= StormDetector().settings().threshold);
        QVERIFY(qAbs(event.baseline - usual) <= 3);
        QCOMPARE(event.code(), QStringLiteral("auto-") + event.firstDay.toString(Qt::ISODate));
    }
}

QTEST_GUILESS_MAIN(TestStormDetector)
#include "tst_stormdetector.moc"
