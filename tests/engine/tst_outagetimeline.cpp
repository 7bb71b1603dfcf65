// The storm timeline on a whole demo store: features hour by hour from the weather valid up to
// each cut-off (point in time: later rows change nothing), "so far" features that never fall,
// predicted outages that never fall through the storm, and a last hour that is the full
// prediction exactly. Also the forecast grids the demo's GRIB2 import keeps in the store.
#include "demo/demobuilder.h"
#include "engine/outageengine.h"
#include "engine/outagetimeline.h"
#include "features/featurebuilder.h"
#include "features/featurecatalogue.h"
#include "features/featuretimeline.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/weathergridrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <ctime>

using namespace stormcrew;

namespace {

constexpr quint64 Seed = 7;
constexpr qint64 Now = 1780315200; // 2026-06-01T12:00:00Z
constexpr qint64 Hour = 3600;

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) ||
           std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

bool exec(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Every feature of every territory equal (NaN equal to NaN).
QString differences(const FeatureTable &a, const FeatureTable &b)
{
    if (a.territoryIds != b.territoryIds)
        return QStringLiteral("different territories");
    for (Feature f : FeatureCatalogue::all())
        for (std::size_t i = 0; i < a.territoryIds.size(); ++i)
            if (!same(a.column(f)[i], b.column(f)[i]))
                return QStringLiteral("%1 of %2: %3 against %4")
                    .arg(FeatureCatalogue::key(f), a.territoryCodes.at(qsizetype(i)))
                    .arg(a.column(f)[i], 0, 'g', 17)
                    .arg(b.column(f)[i], 0, 'g', 17);
    return {};
}

} // namespace

class TestOutageTimeline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<Store> m_store;
    qint64 m_issued = 0;
    FeatureTimeline::Hours m_hours;
    OutageTimeline m_timeline;

    [[nodiscard]] Result<FeatureTimeline::Hours> hoursOf(Store &store) const
    {
        FeatureRequest request;
        request.target = FeatureRequest::Target::LatestForecast;
        return FeatureTimeline(store).build(request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.seed = Seed;
        options.now = Now;
        auto built =
            demo::DemoBuilder(options).build(m_storePath, [](const auto &) { return true; });
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        m_issued = built.value().forecastIssued;
        auto opened = Store::open(m_storePath, Store::Access::ReadWrite);
        QVERIFY(opened);
        m_store = std::move(opened).value();

        QElapsedTimer clock;
        clock.start();
        auto hours = hoursOf(*m_store);
        QVERIFY2(hours, qPrintable(hours ? QString() : hours.error().toString()));
        m_hours = std::move(hours).value();
        const qint64 featuresMs = clock.restart();
        // CPU time too: the machine's two cores are shared with other builds.
        const std::clock_t cpu = std::clock();
        auto timeline = OutageTimelineBuilder::run(*m_store, PredictionRequest{});
        const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        QVERIFY2(timeline, qPrintable(timeline ? QString() : timeline.error().toString()));
        m_timeline = std::move(timeline).value();
        qInfo("timeline: %d hours x %zu territories; features %lld ms, all of it %lld ms "
              "(%.0f ms CPU)",
              m_timeline.hours(), m_timeline.territoryIds.size(), featuresMs, clock.elapsed(),
              cpuMs);
    }

    void theForecastRunsFromItsIssueToT72()
    {
        QVERIFY(m_hours.forecast);
        QCOMPARE(m_hours.origin, m_issued);
        // The demo's GRIB2 forecast is valid from T+1 to T+72: hours 0 .. 72.
        QCOMPARE(m_hours.cutoffs.size(), std::size_t(73));
        QCOMPARE(m_hours.tables.size(), std::size_t(73));
        for (std::size_t h = 0; h < m_hours.cutoffs.size(); ++h)
            QCOMPARE(m_hours.cutoffs[h], m_issued + qint64(h) * Hour);
        QCOMPARE(m_timeline.hours(), 73);
        QCOMPARE(m_timeline.origin, m_issued);
    }

    void theCutoffsOfAWindow_data()
    {
        QTest::addColumn<qint64>("end");
        QTest::addColumn<int>("maxHours");
        QTest::addColumn<std::vector<qint64>>("expected");
        QTest::newRow("exact hours")
            << 3 * Hour << 72 << std::vector<qint64>{0, Hour, 2 * Hour, 3 * Hour};
        QTest::newRow("a part hour ends at the window's end")
            << 2 * Hour + 600 << 72 << std::vector<qint64>{0, Hour, 2 * Hour, 2 * Hour + 600};
        QTest::newRow("capped at the longest timeline")
            << 100 * Hour << 2 << std::vector<qint64>{0, Hour, 2 * Hour};
        QTest::newRow("an empty window is hour 0 alone")
            << qint64(0) << 72 << std::vector<qint64>{0};
    }
    void theCutoffsOfAWindow()
    {
        QFETCH(qint64, end);
        QFETCH(int, maxHours);
        QFETCH(std::vector<qint64>, expected);
        QCOMPARE(FeatureTimeline::cutoffs(0, end, maxHours), expected);
    }

    void theLastHourIsTheFullPrediction()
    {
        FeatureRequest request;
        request.target = FeatureRequest::Target::LatestForecast;
        auto full = FeatureBuilder(*m_store).build(request);
        QVERIFY(full);
        const QString diff = differences(m_hours.tables.back(), full.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        auto run = OutageEngine(*m_store).run(PredictionRequest{});
        QVERIFY(run);
        const StormTotals &last = m_timeline.totals.back();
        const StormTotals &whole = run.value().prediction.totals;
        QCOMPARE(last.p10, whole.p10);
        QCOMPARE(last.p50, whole.p50);
        QCOMPARE(last.p90, whole.p90);
        QVERIFY(same(last.mean, whole.mean));
        QVERIFY(whole.p50 > 0);
        const int h = m_timeline.hours() - 1;
        for (std::size_t t = 0; t < m_timeline.territoryIds.size(); ++t) {
            const TerritoryPrediction &p = run.value().prediction.territories[t];
            QCOMPARE(m_timeline.territoryIds[t], p.territoryId);
            if (p.missing) {
                QVERIFY(std::isnan(m_timeline.p50[m_timeline.index(h, t)]));
                continue;
            }
            QCOMPARE(m_timeline.p50[m_timeline.index(h, t)], p.p50);
            QCOMPARE(m_timeline.p90[m_timeline.index(h, t)], p.p90);
            QVERIFY(same(m_timeline.mean[m_timeline.index(h, t)], p.mean));
        }
    }

    void featuresSoFarNeverFall()
    {
        const Feature soFar[] = {Feature::PeakGust, Feature::PeakWind, Feature::HoursGustAbove20,
                                 Feature::StormPrecip};
        int grew = 0;
        for (std::size_t h = 1; h < m_hours.tables.size(); ++h) {
            const FeatureTable &before = m_hours.tables[h - 1];
            const FeatureTable &now = m_hours.tables[h];
            for (Feature f : soFar)
                for (std::size_t t = 0; t < now.territoryIds.size(); ++t) {
                    const double a = before.column(f)[t], b = now.column(f)[t];
                    if (std::isnan(a))
                        continue; // nothing yet before the storm's first valid hour
                    QVERIFY2(b >= a, qPrintable(QStringLiteral("%1 of %2 fell from %3 to %4 at "
                                                               "T+%5")
                                                    .arg(FeatureCatalogue::key(f),
                                                         now.territoryCodes.at(qsizetype(t)))
                                                    .arg(a)
                                                    .arg(b)
                                                    .arg(h)));
                    grew += b > a;
                }
        }
        QVERIFY2(grew > 100, "the storm's weather should build up hour by hour");
        // Antecedent rain and the territory's own facts do not depend on the hour.
        const FeatureTable &first = m_hours.tables[1], &last = m_hours.tables.back();
        for (Feature f : {Feature::Antecedent14, Feature::Canopy, Feature::OverheadKm})
            for (std::size_t t = 0; t < first.territoryIds.size(); ++t)
                QVERIFY(same(first.column(f)[t], last.column(f)[t]));
    }

    void predictedOutagesNeverFallThroughTheStorm()
    {
        int rawDips = 0;
        for (int h = 1; h < m_timeline.hours(); ++h) {
            const StormTotals &a = m_timeline.totals[std::size_t(h - 1)];
            const StormTotals &b = m_timeline.totals[std::size_t(h)];
            QVERIFY2(
                b.p10 >= a.p10 && b.p50 >= a.p50 && b.p90 >= a.p90 && b.mean >= a.mean,
                qPrintable(QStringLiteral("T+%1: P50 %2 after %3").arg(h).arg(b.p50).arg(a.p50)));
            for (std::size_t t = 0; t < m_timeline.territoryIds.size(); ++t) {
                const double x = m_timeline.p50[m_timeline.index(h - 1, t)];
                const double y = m_timeline.p50[m_timeline.index(h, t)];
                QVERIFY(std::isnan(x) == std::isnan(y));
                QVERIFY(std::isnan(x) || y >= x);
            }
            rawDips += m_timeline.rawTotals[std::size_t(h)].p50 <
                       m_timeline.rawTotals[std::size_t(h - 1)].p50;
        }
        // The storm builds: the first hour predicts far fewer outages than the whole storm.
        QVERIFY(m_timeline.totals.front().p50 < 0.5 * m_timeline.totals.back().p50);
        // The bound only smooths Monte Carlo noise and rain's undirected effect: the raw hourly
        // means (the sum of each territory's expectation, no simulation) grow nearly everywhere.
        int meanDips = 0;
        for (int h = 1; h < m_timeline.hours(); ++h)
            meanDips += m_timeline.rawTotals[std::size_t(h)].mean <
                        m_timeline.rawTotals[std::size_t(h - 1)].mean - 1e-6;
        qInfo("raw P50 totals fell in %d of %d hours, raw means in %d", rawDips,
              m_timeline.hours() - 1, meanDips);
        QVERIFY2(meanDips <= m_timeline.hours() / 10, qPrintable(QString::number(meanDips)));
    }

    void aCutoffReadsNothingValidAfterIt()
    {
        // A copy of the store whose forecast is changed after T+24: the hours up to T+24 are
        // the same, the later ones are not.
        const QString copy = m_dir.filePath(QStringLiteral("changed.sqlite"));
        QVERIFY(QFile::copy(m_storePath, copy));
        auto store = Store::open(copy, Store::Access::ReadWrite);
        QVERIFY(store);
        const qint64 cutoff = m_issued + 24 * Hour;
        QVERIFY(exec(store.value()->handle(),
                     QStringLiteral("UPDATE weather SET gust_ms = 60, precip_mm = 40 WHERE "
                                    "issued_time = %1 AND valid_time > %2")
                         .arg(m_issued)
                         .arg(cutoff)));
        auto changed = hoursOf(*store.value());
        QVERIFY(changed);
        for (int h = 0; h <= 24; ++h) {
            const QString diff =
                differences(changed.value().tables[std::size_t(h)], m_hours.tables[std::size_t(h)]);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("T+%1: %2").arg(h).arg(diff)));
        }
        QVERIFY(!differences(changed.value().tables[25], m_hours.tables[25]).isEmpty());
    }

    void aPastStormRunsThroughItsObservedWindow()
    {
        auto code = sqlite::prepare(m_store->handle(),
                                    QStringLiteral("SELECT code, id, start_time, end_time FROM "
                                                   "storm ORDER BY start_time DESC LIMIT 1"));
        QVERIFY(code && sqlite3_step(code.get()) == SQLITE_ROW);
        const QString stormCode = sqlite::columnText(code.get(), 0);
        const qint64 start = sqlite3_column_int64(code.get(), 2);
        const qint64 end = sqlite3_column_int64(code.get(), 3);
        FeatureRequest request;
        request.stormId = sqlite3_column_int64(code.get(), 1);
        auto hours = FeatureTimeline(*m_store).build(request);
        QVERIFY(hours);
        QVERIFY(!hours.value().forecast);
        QCOMPARE(hours.value().origin, start);
        QCOMPARE(hours.value().cutoffs.back(), end);
        auto full = FeatureBuilder(*m_store).build(request);
        QVERIFY(full);
        const QString diff = differences(hours.value().tables.back(), full.value());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(hours.value().tables.back().outages, full.value().outages);

        PredictionRequest predict;
        predict.stormCode = stormCode;
        auto timeline = OutageTimelineBuilder::run(*m_store, predict);
        QVERIFY(timeline);
        QVERIFY(!timeline.value().forecast);
        auto whole = OutageEngine(*m_store).predict(predict);
        QVERIFY(whole);
        QCOMPARE(timeline.value().totals.back().p50, whole.value().totals.p50);
    }

    void theDemoForecastKeepsItsGustGrids()
    {
        auto grids = WeatherGridRepository(*m_store).issue(QStringLiteral("gust_ms"), m_issued);
        QVERIFY2(grids, qPrintable(grids ? QString() : grids.error().toString()));
        QCOMPARE(grids.value().size(), std::size_t(72));
        for (std::size_t i = 0; i < grids.value().size(); ++i) {
            const WeatherGrid &g = grids.value()[i];
            QCOMPARE(g.valid, m_issued + qint64(i + 1) * Hour);
            QCOMPARE(g.source, QStringLiteral("demo-forecast"));
            QVERIFY(g.isValid());
        }
        // The grid's strongest gust is at least the strongest territory's (a territory's gust is
        // the maximum of the cells it overlaps; the grid reaches beyond the territories).
        const WeatherGrid &peak = grids.value()[35];
        float gridMax = 0;
        for (float v : peak.values)
            gridMax = std::max(gridMax, std::isfinite(v) ? v : 0.0f);
        auto stmt = sqlite::prepare(m_store->handle(),
                                    QStringLiteral("SELECT max(gust_ms) FROM weather WHERE "
                                                   "issued_time = %1 AND valid_time = %2")
                                        .arg(m_issued)
                                        .arg(peak.valid));
        QVERIFY(stmt && sqlite3_step(stmt.get()) == SQLITE_ROW);
        const double rowMax = sqlite3_column_double(stmt.get(), 0);
        QVERIFY2(rowMax > 0 && gridMax + 1e-3 >= rowMax && gridMax < rowMax + 15,
                 qPrintable(QStringLiteral("grid %1, rows %2").arg(gridMax).arg(rowMax)));
        QCOMPARE(WeatherGridRepository(*m_store)
                     .issue(QStringLiteral("wind_ms"), m_issued)
                     .value()
                     .size(),
                 std::size_t(72));
    }
};

QTEST_GUILESS_MAIN(TestOutageTimeline)
#include "tst_outagetimeline.moc"
