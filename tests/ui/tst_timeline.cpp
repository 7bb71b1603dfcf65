// The storm timeline in the control centre: TimelineController on a demo store (moving the
// hour changes the map's values and the totals, play runs to the end and stops, the plan and
// the gust grid follow), and the gust grid drawn by the map from memory (pixels, offscreen).
#include "demo/demobuilder.h"
#include "forecastcontroller.h"
#include "maptestsupport.h"
#include "plancontroller.h"
#include "session.h"
#include "store/store.h"
#include "territorymap.h"
#include "timelinecontroller.h"

#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stormcrew;
using stormcrew::map::TerritoryMap;

namespace {

constexpr qint64 Now = 1780315200; // 2026-06-01T12:00:00Z

double sum(const QVariantMap &values)
{
    double total = 0;
    for (const QVariant &v : values)
        total += v.toDouble();
    return total;
}

// A grid over Kentucky in WGS 84, 0.1 degree cells: 5 m/s west of 86 W, 35 m/s east of it, and
// no data in a block around (37.5 N, 84 W).
SharedWeatherGrid testGrid()
{
    auto grid = std::make_shared<WeatherGrid>();
    grid->variable = QStringLiteral("gust_ms");
    grid->valid = Now;
    grid->width = 82;
    grid->height = 30;
    grid->geoTransform = {-89.6, 0.1, 0, 39.2, 0, -0.1};
    grid->crs = QStringLiteral(
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
        "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\","
        "\"4326\"]]");
    grid->values.resize(std::size_t(grid->width) * grid->height);
    for (int r = 0; r < grid->height; ++r)
        for (int c = 0; c < grid->width; ++c) {
            const double lon = -89.6 + (c + 0.5) * 0.1, lat = 39.2 - (r + 0.5) * 0.1;
            const bool hole = std::fabs(lat - 37.5) < 0.4 && std::fabs(lon + 84) < 0.4;
            grid->values[std::size_t(r) * grid->width + c] =
                hole        ? std::numeric_limits<float>::quiet_NaN()
                : lon < -86 ? 5.0f
                            : 35.0f;
        }
    return grid;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<Session> m_session;

    [[nodiscard]] TimelineController &timeline() const { return *m_session->timeline(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.seed = 7;
        options.now = Now;
        auto built =
            demo::DemoBuilder(options).build(m_storePath, [](const auto &) { return true; });
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        auto store = Store::open(m_storePath, Store::Access::ReadWrite);
        QVERIFY(store);
        m_session = std::make_unique<Session>(std::move(store).value(), m_storePath, QString(),
                                              QStringLiteral("en"));
        // The forecast, then the plan and the timeline, each on a worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->forecast()->hasPrediction() &&
                                     !m_session->forecast()->busy() && timeline().ready() &&
                                     !timeline().busy() && m_session->plan()->ready() &&
                                     !m_session->plan()->busy(),
                                 120000);
    }

    void opensAtTheEndOnTheFullPrediction()
    {
        TimelineController &t = timeline();
        QVERIFY(!t.observed());
        QCOMPARE(t.lastHour(), 72);
        QCOMPARE(t.hour(), 72);
        QVERIFY(t.atEnd());
        QCOMPARE(t.totalP50(), m_session->forecast()->totalP50());
        QCOMPARE(t.totalP90(), m_session->forecast()->totalP90());
        QCOMPARE(t.metricValues(), m_session->forecast()->metricValues());
        QCOMPARE(t.validTime(), m_session->forecast()->windowEnd());
        // The demo utility keeps Eastern time: June is daylight time, four hours behind UTC.
        QVERIFY2(t.clockLabel().endsWith(QStringLiteral("(UTC\u22124)")),
                 qPrintable(t.clockLabel()));
    }

    void movingTheHourChangesTheMapAndTheTotals()
    {
        TimelineController &t = timeline();
        QSignalSpy values(&t, &TimelineController::valuesChanged);
        QSignalSpy hours(&t, &TimelineController::hourChanged);
        const QVariantMap atEnd = t.metricValues();
        const double endP50 = t.totalP50();
        t.setHour(12);
        QCOMPARE(hours.count(), 1);
        QVERIFY(values.count() >= 1);
        QVERIFY(!t.atEnd());
        const QVariantMap at12 = t.metricValues();
        QVERIFY(at12 != atEnd);
        QVERIFY(sum(at12) < sum(atEnd));
        QVERIFY(t.totalP50() <= endP50);
        QVERIFY(t.summary().startsWith(QStringLiteral("T+12 h of 72: ")));
        QCOMPARE(t.validTime(), m_session->forecast()->forecastIssued().addSecs(12 * 3600));
        t.setHour(48);
        const QVariantMap at48 = t.metricValues();
        QVERIFY(sum(at12) <= sum(at48) && sum(at48) <= sum(atEnd));
        // Each territory's outages so far never exceed its later ones.
        for (auto it = at12.constBegin(); it != at12.constEnd(); ++it)
            QVERIFY(it.value().toDouble() <= at48.value(it.key()).toDouble());
        // The metric the user picks is followed too.
        m_session->forecast()->setMetric(QStringLiteral("p90"));
        QVERIFY(sum(t.metricValues()) >= sum(at48));
        m_session->forecast()->setMetric(QStringLiteral("p50"));
        // The selected territory's figures at this hour.
        QVariantMap selected = t.selected();
        QVERIFY(
            selected.value(QStringLiteral("text")).toString().contains(QLatin1String("so far")));
        QVERIFY(selected.value(QStringLiteral("p50")).toDouble() <=
                m_session->forecast()->selected().value(QStringLiteral("p50")).toDouble());
        t.setHour(t.lastHour());
    }

    void theGustGridIsTheNewestNotAfterTheHour()
    {
        TimelineController &t = timeline();
        QVERIFY(t.hasGust());
        QVERIFY(t.gustMaximum() > 10);
        t.setHour(0);
        QVERIFY(!t.gustGrid().isValid()); // the demo's first grid is valid at T+1
        for (int h : {1, 12, 48, 72}) {
            t.setHour(h);
            const auto grid = t.gustGrid().value<SharedWeatherGrid>();
            QVERIFY(grid);
            QCOMPARE(grid->valid, t.validTime().toSecsSinceEpoch());
        }
    }

    void thePlanFollowsTheHour()
    {
        TimelineController &t = timeline();
        const auto &plan = m_session->plan()->plan();
        QVERIFY(plan);
        // The plan's hour 0 is the all-clear: the forecast's last hour of damaging gusts, well
        // before the end of the demo's 72-hour forecast (its storm passes around T+40).
        const auto &run = m_session->forecast()->run();
        QVERIFY(run);
        QVERIFY(run->prediction.allClear > run->prediction.windowStart);
        QVERIFY(run->prediction.allClear < run->prediction.windowEnd);
        int clear = 0;
        for (; clear < t.lastHour(); ++clear) {
            t.setHour(clear);
            if (t.planHour() >= 0)
                break;
        }
        QVERIFY(clear > 0 && clear < t.lastHour());
        // During the storm nothing is restored and no crew works yet; customers out grow.
        t.setHour(clear / 2);
        QCOMPARE(t.planShareRestored(), 0.0);
        QCOMPARE(t.planCrewsInField(), 0);
        const double early = t.planCustomersOut();
        QVERIFY(t.planSummary().contains(QLatin1String("all-clear")));
        t.setHour(clear);
        QVERIFY(t.planCustomersOut() >= early);
        QVERIFY(t.planCustomersOut() <= plan->meanCustomersOut * (1 + 1e-9));
        // From the all-clear the plan's own crews are out, and they restore customers.
        QVERIFY(t.planCrewsInField() > 0);
        t.setHour(t.lastHour());
        QVERIFY(t.planShareRestored() > 0);
        QVERIFY(t.planCustomersOut() < plan->meanCustomersOut);
    }

    void theMapsCrewsFollowTheHour()
    {
        // Per territory, the crews at an hour are the plan's crews that have arrived by then:
        // none during the storm, and they add up to the system's crews in the field.
        TimelineController &t = timeline();
        const auto sum = [](const QVariantMap &values) {
            double total = 0;
            for (const QVariant &v : values)
                total += v.toDouble();
            return total;
        };
        const auto &plan = m_session->plan()->plan();
        QVERIFY(plan);
        bool sawBefore = false, sawAfter = false;
        for (int h = 0; h <= t.lastHour(); h += 3) {
            t.setHour(h);
            const QVariantMap values = t.planCrewValues();
            QCOMPARE(values.size(), qsizetype(plan->territories.size()));
            QCOMPARE(sum(values), double(t.planCrewsInField()));
            if (t.planHour() < 0) {
                QCOMPARE(sum(values), 0.0);
                sawBefore = true;
            } else {
                sawAfter = sawAfter || sum(values) > 0;
            }
        }
        QVERIFY(sawBefore && sawAfter);
    }

    void playRunsToTheEndAndStops()
    {
        TimelineController &t = timeline();
        t.setSpeed(24);
        QSignalSpy playing(&t, &TimelineController::playingChanged);
        t.setHour(t.lastHour() - 5);
        t.play();
        QVERIFY(t.playing());
        QTRY_VERIFY_WITH_TIMEOUT(!t.playing(), 5000);
        QCOMPARE(t.hour(), t.lastHour());
        QVERIFY(playing.count() >= 2);
        // Play at the end starts again from T+0.
        t.play();
        QVERIFY(t.hour() <= 1);
        t.pause();
        QVERIFY(!t.playing());
        t.setHour(t.lastHour());
    }

    void aPastStormIsObserved()
    {
        const QVariantList storms = m_session->forecast()->storms();
        QVERIFY(!storms.isEmpty());
        const QString code = storms.front().toMap().value(QStringLiteral("code")).toString();
        m_session->forecast()->showStorm(code);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->forecast()->stormCode() == code && !timeline().busy() &&
                                     timeline().ready() && timeline().observed(),
                                 60000);
        QVERIFY(timeline().hourLabel().startsWith(QStringLiteral("Observed +")));
        QCOMPARE(timeline().totalP50(), m_session->forecast()->totalP50());
        m_session->forecast()->showForecast();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline().busy() && timeline().ready() && !timeline().observed(),
                                 60000);
    }

    void theMapDrawsAGridFromMemory()
    {
        const QString store = m_dir.filePath(QStringLiteral("kentucky.sqlite"));
        QCOMPARE(maptest::makeTerritoryStore(store, maptest::kentuckyCounties,
                                             maptest::kentuckyOptions()),
                 QString());
        QQuickWindow window;
        window.resize(640, 400);
        window.setColor(Qt::white);
        auto *map = new TerritoryMap(window.contentItem());
        map->setSize(QSizeF(640, 400));
        map->setNeutralColor(QColor(0xbc, 0xc7, 0xd1));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        map->setStorePath(store);
        QTRY_VERIFY_WITH_TIMEOUT(map->status() == TerritoryMap::Status::Ready && !map->isBusy(),
                                 20000);
        map->setCenter(QGeoCoordinate(37.8, -85.8));
        map->setZoomLevel(6.5);
        QTRY_VERIFY_WITH_TIMEOUT(!map->isBusy(), 10000);
        const QPointF west = map->positionOf(QGeoCoordinate(37.3, -87.5));
        const QPointF east = map->positionOf(QGeoCoordinate(38.0, -85.0));
        const QPointF hole = map->positionOf(QGeoCoordinate(37.5, -84.0));
        const QImage before = window.grabWindow();

        map->setOverlayRange(0, 40);
        map->setOverlayOpacity(0.6);
        map->setOverlayGrid(QVariant::fromValue(testGrid()));
        QTRY_VERIFY_WITH_TIMEOUT(map->overlayReady() && !map->isBusy(), 10000);
        QCOMPARE(map->overlayUnit(), QStringLiteral("m/s"));
        QCOMPARE(map->overlayMaximum(), 40.0);
        QTest::qWait(100);
        const QImage after = window.grabWindow();
        after.save(m_dir.filePath(QStringLiteral("overlay.png")));
        const qreal dpr = after.devicePixelRatio();
        auto pixel = [dpr](const QImage &image, QPointF p) {
            return image.pixelColor((p * dpr).toPoint());
        };
        // Strong gusts in the east are red through the overlay; the light west barely tinted;
        // no data leaves the map as it was.
        const QColor e0 = pixel(before, east), e1 = pixel(after, east);
        const QColor w1 = pixel(after, west);
        QVERIFY2(e1.red() - e1.blue() > 60, qPrintable(e1.name()));
        QVERIFY2(e1 != e0, qPrintable(e0.name()));
        QVERIFY2(w1.red() - w1.blue() < e1.red() - e1.blue(), qPrintable(w1.name()));
        QCOMPARE(pixel(after, hole), pixel(before, hole));

        // An empty value removes the grid.
        map->setOverlayGrid(QVariant());
        QVERIFY(!map->overlayReady());
        QTRY_VERIFY_WITH_TIMEOUT(!map->isBusy(), 10000);
        QTest::qWait(100);
        QCOMPARE(pixel(window.grabWindow(), east), e0);
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
