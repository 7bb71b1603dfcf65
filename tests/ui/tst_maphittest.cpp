// Hit testing on real territories: a click at a known coordinate selects the right county of the
// demo utility (imported through the real importer, as the demo builder does), and holes and
// islands are honoured end to end, from the store through the map item.
#include "featureloader.h"
#include "maptestsupport.h"
#include "territorymap.h"
#include "webmercator.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stormcrew;
using namespace stormcrew::map;

class TestMapHitTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_kentucky;
    QString m_holes;

    // A map item on the store, loaded, sized and fitted as the window would.
    static std::unique_ptr<TerritoryMap> loadedMap(const QString &store)
    {
        auto map = std::make_unique<TerritoryMap>();
        map->setSize(QSizeF(1200, 800));
        map->setStorePath(store);
        if (!QTest::qWaitFor([&] { return map->status() != TerritoryMap::Status::Loading; }, 20000))
            return nullptr;
        map->fitToTerritories();
        return map;
    }

    static QString codeOf(const TerritoryMap &map, qint64 id)
    {
        if (id < 0)
            return QStringLiteral("<none>");
        for (const auto &feature : map.territoryLayer()->features)
            if (feature.id == id)
                return feature.code;
        return QStringLiteral("<unknown id>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_kentucky = m_dir.filePath(QStringLiteral("kentucky.sqlite"));
        QCOMPARE(maptest::makeTerritoryStore(m_kentucky, maptest::kentuckyCounties,
                                             maptest::kentuckyOptions()),
                 QString());
        m_holes = m_dir.filePath(QStringLiteral("holes.sqlite"));
        TerritoryImportOptions options;
        options.idField = QStringLiteral("code");
        QCOMPARE(maptest::makeTerritoryStore(
                     m_holes, QStringLiteral(TEST_DATA_DIR "/map/holes.geojson"), options),
                 QString());
    }

    void territoriesAreReadFromTheStore()
    {
        auto features = FeatureLoader::territories(m_kentucky);
        QVERIFY2(features, qPrintable(features ? QString() : features.error().toString()));
        QCOMPARE(int(features.value().size()), 120);
    }

    void aStoreThatCannotBeReadIsReported()
    {
        auto map = loadedMap(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QVERIFY(map);
        QCOMPARE(map->status(), TerritoryMap::Status::Failed);
        QVERIFY2(map->errorString().contains(QStringLiteral("missing.sqlite")),
                 qPrintable(map->errorString()));
    }

    void clickSelectsTheCountyUnderIt_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("code");
        QTest::newRow("Louisville is in Jefferson County") << 38.2527 << -85.7585 << "21111";
        QTest::newRow("Lexington is in Fayette County") << 38.0406 << -84.5037 << "21067";
        QTest::newRow("Bowling Green is in Warren County") << 36.9685 << -86.4808 << "21227";
        QTest::newRow("Paducah is in McCracken County") << 37.0834 << -88.6001 << "21145";
        QTest::newRow("Pikeville is in Pike County") << 37.4793 << -82.5188 << "21195";
        QTest::newRow("mainland Fulton County") << 36.55 << -89.0 << "21075";
        QTest::newRow("the Kentucky Bend, Fulton's exclave") << 36.50 << -89.52 << "21075";
        QTest::newRow("Cincinnati, Ohio, is no territory") << 39.1031 << -84.5120 << "<none>";
    }

    void clickSelectsTheCountyUnderIt()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, code);
        auto map = loadedMap(m_kentucky);
        QVERIFY(map);
        QCOMPARE(map->status(), TerritoryMap::Status::Ready);
        map->setZoomLevel(8); // close enough for the exclave to be several pixels wide
        map->setCenter(QGeoCoordinate(lat, lon));
        const QPointF click = map->positionOf(QGeoCoordinate(lat, lon));
        QVERIFY(maptest::near(click, QPointF(600, 400), 1e-6));
        QCOMPARE(codeOf(*map, map->territoryAt(click)), code);

        // The same through the mouse, as a user clicks.
        QSignalSpy selected(map.get(), &TerritoryMap::selectionChanged);
        QMouseEvent press(QEvent::MouseButtonPress, click, click, Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, click, click, Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QCoreApplication::sendEvent(map.get(), &press);
        QCoreApplication::sendEvent(map.get(), &release);
        QCOMPARE(codeOf(*map, map->selectedTerritory()), code);
        QCOMPARE(selected.count(), code == QLatin1String("<none>") ? 0 : 1);
    }

    void holesAndIslandsThroughTheStore_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("code");
        QTest::newRow("the donut's ring") << 37.5 << -84.9 << "DONUT";
        QTest::newRow("the donut's hole") << 37.35 << -84.65 << "<none>";
        QTest::newRow("the isle in the hole") << 37.5 << -84.5 << "ISLE";
        QTest::newRow("first island of the pair") << 37.25 << -82.75 << "PAIR";
        QTest::newRow("second island of the pair") << 37.25 << -81.75 << "PAIR";
        QTest::newRow("between the islands") << 37.25 << -82.25 << "<none>";
    }

    void holesAndIslandsThroughTheStore()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, code);
        auto map = loadedMap(m_holes);
        QVERIFY(map);
        QCOMPARE(map->territoryCount(), 3);
        QCOMPARE(codeOf(*map, map->territoryAt(map->positionOf(QGeoCoordinate(lat, lon)))), code);
    }

    void fitShowsEveryTerritory()
    {
        auto map = loadedMap(m_kentucky);
        QVERIFY(map);
        const QGeoRectangle region = map->visibleRegion();
        QVERIFY2(region.contains(QGeoCoordinate(39.1, -84.5)) &&
                     region.contains(QGeoCoordinate(36.5, -89.5)),
                 qPrintable(region.toString()));
        QVERIFY(map->zoomLevel() > 5 && map->zoomLevel() < 8);
        QVERIFY(map->scaleBarWidth() > 40 && map->scaleBarWidth() <= 120);
        QVERIFY2(map->scaleBarText().contains(QStringLiteral("km")),
                 qPrintable(map->scaleBarText()));
    }

    void keysPanZoomAndFit()
    {
        auto map = loadedMap(m_kentucky);
        QVERIFY(map);
        const QGeoCoordinate fitted = map->center();
        const double zoom = map->zoomLevel();
        auto press = [&](Qt::Key key) {
            QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(map.get(), &event);
        };
        press(Qt::Key_Left);
        QVERIFY(map->center().longitude() < fitted.longitude()); // looks further west
        press(Qt::Key_Up);
        QVERIFY(map->center().latitude() > fitted.latitude());
        press(Qt::Key_Plus);
        QCOMPARE(map->zoomLevel(), zoom + 1);
        press(Qt::Key_Minus);
        press(Qt::Key_Minus);
        QCOMPARE(map->zoomLevel(), zoom - 1);
        press(Qt::Key_Home);
        QCOMPARE(map->zoomLevel(), zoom);
        QVERIFY(std::abs(map->center().longitude() - fitted.longitude()) < 1e-9);
        press(Qt::Key_PageDown);
        QCOMPARE(codeOf(*map, map->selectedTerritory()), QStringLiteral("21001"));
        press(Qt::Key_Escape);
        QCOMPARE(map->selectedTerritory(), -1);
    }
};

QTEST_MAIN(TestMapHitTest)
#include "tst_maphittest.moc"
