// The pure rules of the feature layer: leaf-on's shape, the daily-precipitation rules, and the
// catalogue (keys, and the table docs/model.md shows).
#include "features/dailyrules.h"
#include "features/featurecatalogue.h"
#include "features/leafon.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace stormcrew;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

qint64 utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// The first noon of the year at which leaf-on reaches one half at the latitude.
double springHalfDay(double latitude, int year)
{
    for (int day = 0; day < 366; ++day) {
        const qint64 t = utc(year, 1, 1, 0) + qint64(day) * 86400;
        if (leafOn(latitude, t) >= 0.5)
            return day + 1;
    }
    return NaN;
}

std::vector<double> days(std::initializer_list<double> values, std::size_t size = 60)
{
    std::vector<double> v(values);
    v.resize(size, NaN);
    return v;
}

} // namespace

class TestFeatureRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leafOnAtKnownDates_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<double>("expected");
        QTest::newRow("mid-January at 37 N is bare") << 37.0 << utc(2023, 1, 15) << 0.0;
        QTest::newRow("1 July at 37 N is in full leaf") << 37.0 << utc(2023, 7, 1) << 1.0;
        QTest::newRow("mid-December at 30 N is bare") << 30.0 << utc(2023, 12, 15) << 0.0;
        QTest::newRow("mid-July at 45 N is in full leaf") << 45.0 << utc(2023, 7, 15) << 1.0;
        QTest::newRow("1 July at 37 S is bare (its winter)") << -37.0 << utc(2023, 7, 1) << 0.0;
        QTest::newRow("mid-January at 37 S is in full leaf") << -37.0 << utc(2023, 1, 15) << 1.0;
    }

    void leafOnAtKnownDates()
    {
        QFETCH(double, latitude);
        QFETCH(qint64, time);
        QFETCH(double, expected);
        QCOMPARE(leafOn(latitude, time), expected);
    }

    void leafOnHalfWayOnTheCalendarDays()
    {
        // At the reference latitude the ramps are centred on the documented days.
        const LeafOnCalendar c = leafOnCalendar(leafon::ReferenceLatitude);
        const qint64 newYear = utc(2023, 1, 1, 0);
        const auto at = [&](double dayOfYear) {
            return leafOn(leafon::ReferenceLatitude, newYear + qint64((dayOfYear - 1) * 86400));
        };
        QCOMPARE(at(c.greenUp), 0.5);
        QCOMPARE(at(c.leafFall), 0.5);
        QCOMPARE(at(c.greenUp - leafon::RampDays / 2), 0.0);
        QCOMPARE(at(c.greenUp + leafon::RampDays / 2), 1.0);
        QCOMPARE(at(c.leafFall - leafon::RampDays / 2), 1.0);
        QCOMPARE(at(c.leafFall + leafon::RampDays / 2), 0.0);
    }

    void leafOnNeverRisesWithLatitude()
    {
        // Every noon of a year, from 25 N to 50 N in steps of 0.25 degrees.
        for (int day = 0; day < 365; ++day) {
            const qint64 t = utc(2023, 1, 1) + qint64(day) * 86400;
            double previous = 2;
            for (double lat = 25; lat <= 50; lat += 0.25) {
                const double value = leafOn(lat, t);
                QVERIFY2(value >= 0 && value <= 1, qPrintable(QString::number(value)));
                QVERIFY2(value <= previous,
                         qPrintable(QStringLiteral("day %1: leaf-on rises from %2 to %3 at %4 N")
                                        .arg(day + 1)
                                        .arg(previous)
                                        .arg(value)
                                        .arg(lat)));
                previous = value;
            }
        }
    }

    void springComesLaterNorthwards()
    {
        // Hopkins' law as documented: DaysPerDegree later per degree north, within the range.
        const double south = springHalfDay(36.0, 2023);
        const double north = springHalfDay(39.0, 2023);
        QCOMPARE(north - south, 3 * leafon::DaysPerDegree);
        // Beyond the range the edge's calendar holds.
        QCOMPARE(springHalfDay(leafon::MaxLatitude + 5, 2023),
                 springHalfDay(leafon::MaxLatitude, 2023));
        QVERIFY(std::isnan(leafOn(NaN, utc(2023, 7, 1))));
    }

    void antecedentPrecipitation_data()
    {
        QTest::addColumn<std::vector<double>>("before");
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("filled");
        std::vector<double> full(60, 2.0);
        full[3] = 20;
        QTest::newRow("14 days complete: their sum") << full << 14 << 13 * 2.0 + 20 << false;
        QTest::newRow("30 days complete: their sum") << full << 30 << 29 * 2.0 + 20 << false;
        std::vector<double> twoMissing = full;
        twoMissing[0] = twoMissing[5] = NaN;
        QTest::newRow("2 of 14 missing: scaled by 14/12")
            << twoMissing << 14 << (11 * 2.0 + 20) * 14 / 12 << true;
        std::vector<double> threeMissing = twoMissing;
        threeMissing[7] = NaN;
        QTest::newRow("3 of 14 missing: more than a fifth, missing")
            << threeMissing << 14 << NaN << false;
        QTest::newRow("no daily weather at all") << days({}) << 14 << NaN << false;
    }

    void antecedentPrecipitation()
    {
        QFETCH(std::vector<double>, before);
        QFETCH(int, days);
        QFETCH(double, expected);
        QFETCH(bool, filled);
        bool wasFilled = !filled;
        const double value = antecedentPrecip(before, days, &wasFilled);
        if (std::isnan(expected))
            QVERIFY2(std::isnan(value), qPrintable(QString::number(value)));
        else
            QVERIFY2(std::fabs(value - expected) < 1e-12,
                     qPrintable(QStringLiteral("%1, expected %2").arg(value).arg(expected)));
        QCOMPARE(wasFilled, filled);
    }

    void daysSinceSignificantRain_data()
    {
        QTest::addColumn<std::vector<double>>("before");
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("lowerBound");
        QTest::newRow("10 mm the day before: 1") << days({10.0, 0, 0}) << 1.0 << false;
        QTest::newRow("9.9 mm is not significant") << days({9.9, 0, 12.5, 0}) << 3.0 << false;
        QTest::newRow("60 dry days observed: the cap")
            << std::vector<double>(60, 0.0) << 60.0 << false;
        std::vector<double> oldRain(60, 0.0);
        oldRain[59] = 30;
        QTest::newRow("rain 60 days before: 60") << oldRain << 60.0 << false;
        QTest::newRow("30 dry days, then no data: at least 30")
            << days({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
            << 30.0 << true;
        std::vector<double> gap = days({0, 0, 0});
        gap[10] = 25; // beyond the gap: not read
        QTest::newRow("a gap stops the search") << gap << 3.0 << true;
        QTest::newRow("no row for the day before: missing") << days({NaN, 15.0}) << NaN << false;
    }

    void daysSinceSignificantRain()
    {
        QFETCH(std::vector<double>, before);
        QFETCH(double, expected);
        QFETCH(bool, lowerBound);
        const DaysSinceRain rain = daysSinceRain(before);
        if (std::isnan(expected))
            QVERIFY(std::isnan(rain.days));
        else
            QCOMPARE(rain.days, expected);
        QCOMPARE(rain.lowerBound, lowerBound);
    }

    void catalogueKeysAreStableAndUnique()
    {
        static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
        QSet<QString> keys;
        int index = 0;
        for (Feature f : FeatureCatalogue::all()) {
            QCOMPARE(int(f), index++);
            const FeatureInfo info = FeatureCatalogue::info(f);
            QCOMPARE(info.feature, f);
            QVERIFY2(snakeCase.match(info.key).hasMatch(), qPrintable(info.key));
            QVERIFY(!info.unit.isEmpty() && !info.name.isEmpty() && !info.source.isEmpty() &&
                    !info.transformation.isEmpty() && !info.definition.isEmpty());
            QCOMPARE(FeatureCatalogue::fromKey(info.key), std::optional<Feature>(f));
            keys.insert(info.key);
        }
        QCOMPARE(keys.size(), FeatureCount);
        QCOMPARE(FeatureCatalogue::key(Feature::PeakGust), QStringLiteral("peak_gust"));
        QVERIFY(!FeatureCatalogue::fromKey(QStringLiteral("gust")));
    }

    void theDocsShowTheCataloguesTable()
    {
        QFile file(QStringLiteral(DOCS_DIR "/model.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString docs = QString::fromUtf8(file.readAll());
        QVERIFY2(docs.contains(FeatureCatalogue::markdownTable()),
                 "docs/model.md does not hold the feature table; paste the output of "
                 "`stormcrew-cli features --catalogue`");
    }
};

QTEST_GUILESS_MAIN(TestFeatureRules)
#include "tst_featurerules.moc"
