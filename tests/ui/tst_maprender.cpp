// The map as pixels: a fixed view of the demo utility's territories with values, a selection,
// the gust overlay and the shipped outlines, compared with committed control images within a
// tolerance, in the backend this process was started with (CTest runs it twice: OpenGL on Xvfb
// and QT_QUICK_BACKEND=software). STORMCREW_UPDATE_CONTROL_IMAGES=1 writes the control images
// instead; a person looks at them before they are committed.
#include "idlayernode.h"
#include "maptestsupport.h"
#include "scenegraphsetup.h"
#include "territorymap.h"
#include "testsupport.h"
#include "webmercator.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stormcrew;
using namespace stormcrew::map;

namespace {

// Share of pixels that differ by more than `threshold` in any channel.
double differingShare(const QImage &a, const QImage &b, int threshold)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (std::abs(qRed(p[col]) - qRed(q[col])) > threshold ||
                std::abs(qGreen(p[col]) - qGreen(q[col])) > threshold ||
                std::abs(qBlue(p[col]) - qBlue(q[col])) > threshold)
                ++differing;
    }
    return double(differing) / (double(x.width()) * x.height());
}

} // namespace

class TestMapRender : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_backend;
    std::unique_ptr<QQuickWindow> m_window;
    TerritoryMap *m_map = nullptr;

    bool settle()
    {
        // Wait for the map to finish loading and rendering, then for a few frames.
        if (!QTest::qWaitFor([this] { return !m_map->isBusy(); }, 20000))
            return false;
        for (int i = 0; i < 3; ++i) {
            m_window->update();
            QTest::qWait(60);
        }
        return !m_map->isBusy();
    }

    void compareWithControl(const QString &name)
    {
        QVERIFY(settle());
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        const QString control =
            QStringLiteral(TEST_DATA_DIR "/map/control_%1_%2.png").arg(name, m_backend);
        const QString actual = m_dir.filePath(QStringLiteral("%1_%2.png").arg(name, m_backend));
        image.save(actual);
        if (qEnvironmentVariableIntValue("STORMCREW_UPDATE_CONTROL_IMAGES")) {
            QVERIFY(image.save(control));
            QSKIP("control image written; look at it before committing it");
        }
        const QImage expected(control);
        QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("no control image ") + control));
        const double share = differingShare(image, expected, 40);
        // Antialiasing and Mesa versions move a few edge pixels; a wrong colour, view or layer
        // changes tens of percent.
        QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1 % of the pixels differ from %2; "
                                                         "this run's image: %3")
                                              .arg(share * 100, 0, 'f', 2)
                                              .arg(control, actual)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The window is set up as the control centre's (no depth or stencil buffer): the control
        // images are what users see.
        configureSceneGraph();
        QVERIFY(m_dir.isValid());
        // STORMCREW_KEEP_TEST_FILES=1 keeps this run's images to look at.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("STORMCREW_KEEP_TEST_FILES"));
        m_store = m_dir.filePath(QStringLiteral("kentucky.sqlite"));
        QCOMPARE(maptest::makeTerritoryStore(m_store, maptest::kentuckyCounties,
                                             maptest::kentuckyOptions()),
                 QString());
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(800, 560);
        m_window->setColor(QColor(0xdf, 0xe6, 0xec));
        m_map = new TerritoryMap(m_window->contentItem());
        m_map->setSize(QSizeF(800, 560));
        m_map->setNeutralColor(QColor(0xbc, 0xc7, 0xd1));
        m_map->setOutlineColor(Qt::white);
        m_map->setBoundaryColor(QColor(0xa3, 0xaf, 0xbb));
        m_map->setSelectionColor(QColor(0x09, 0x69, 0xda));
        m_map->setHoverColor(QColor(0x1f, 0x23, 0x28));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_map->setStorePath(m_store);
        QVERIFY(settle());
        QCOMPARE(m_map->status(), TerritoryMap::Status::Ready);

        const auto api = m_window->rendererInterface()->graphicsApi();
        m_backend = api == QSGRendererInterface::Software ? QStringLiteral("software")
                                                          : QStringLiteral("opengl");
        const QByteArray expected = qgetenv("STORMCREW_EXPECT_RENDERER");
        if (!expected.isEmpty())
            QCOMPARE(m_backend, QString::fromLatin1(expected));
        QTRY_COMPARE(m_map->renderPath(), m_backend);
        if (m_backend == QLatin1String("opengl")) {
            QCOMPARE(m_window->requestedFormat().depthBufferSize(), 0);
            QCOMPARE(m_window->requestedFormat().stencilBufferSize(), 0);
        }
    }

    void neutralTerritoriesOverTheShippedOutlines()
    {
        m_map->setCenter(QGeoCoordinate(37.85, -85.9));
        m_map->setZoomLevel(6.6);
        m_map->clearValues();
        m_map->setSelectedTerritory(-1);
        compareWithControl(QStringLiteral("neutral"));
    }

    void choroplethWithASelection()
    {
        // A value per county from its FIPS code: deterministic, and spread over the palette.
        QVariantMap values;
        qint64 jefferson = -1;
        for (const auto &feature : m_map->territoryLayer()->features) {
            values.insert(QString::number(feature.id), (feature.code.toInt() * 37) % 101);
            if (feature.code == QLatin1String("21111"))
                jefferson = feature.id;
        }
        m_map->setValues(values);
        m_map->setSelectedTerritory(jefferson);
        QCOMPARE(m_map->selectedName(), QStringLiteral("Jefferson"));
        compareWithControl(QStringLiteral("choropleth"));
    }

    void gustOverlay()
    {
        m_map->setOverlaySource(QStringLiteral(TEST_DATA_DIR "/map/gust.tif"));
        QTRY_VERIFY_WITH_TIMEOUT(m_map->overlayReady(), 10000);
        QCOMPARE(m_map->overlayUnit(), QStringLiteral("m/s"));
        QCOMPARE(m_map->overlayMaximum(), 40.0);
        compareWithControl(QStringLiteral("gust"));
        m_map->setOverlaySource({});
    }

    void badBasemapIsReportedAndTheOutlinesStay()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.tif"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a raster\n");
        file.close();
        m_map->setBasemapSource(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!m_map->basemapError().isEmpty(), 10000);
        QVERIFY2(m_map->basemapError().contains(bad), qPrintable(m_map->basemapError()));
        QVERIFY2(m_map->basemapError().contains(QStringLiteral("GeoTIFF")),
                 qPrintable(m_map->basemapError()));
        m_map->setBasemapSource({});
        QVERIFY(m_map->basemapError().isEmpty());
    }

    void aGestureMovesTheLastDrawingUntilTheViewRests()
    {
        // Kentucky at zoom 7.6 leaves its western end (Hickman, Fulton County) just off the left
        // edge; panning 200 pixels to the right brings it in.
        m_map->setCenter(QGeoCoordinate(37.85, -85.9));
        m_map->setZoomLevel(7.6);
        m_map->clearValues();
        m_map->setSelectedTerritory(-1);
        QVERIFY(settle());
        const QColor window(0xdf, 0xe6, 0xec), neutral(0xbc, 0xc7, 0xd1);
        const QGeoCoordinate louisville(38.2527, -85.7585), hickman(36.5712, -89.1862);
        QVERIFY(m_map->positionOf(hickman).x() < 0);
        const QImage before = m_window->grabWindow();

        m_map->panBy(200, 0);
        QVERIFY2(m_map->isBusy(), "the view has not rested yet");
        const QImage during = m_window->grabWindow();
        // The last drawing, moved as one picture: what was at x is now at x + 200 ...
        const QRect overlap(200, 0, before.width() - 200, before.height());
        QVERIFY2(differingShare(during.copy(overlap), before.copy(overlap.translated(-200, 0)), 8) <
                     0.001,
                 "the drawing moved with the view");
        QCOMPARE(during.pixelColor(m_map->positionOf(louisville).toPoint()),
                 before.pixelColor(m_map->positionOf(louisville).toPoint() - QPoint(200, 0)));
        // ... and what it never covered stays empty until the map is drawn for the new view.
        const QPoint west = m_map->positionOf(hickman).toPoint();
        QVERIFY(west.x() > 0 && west.x() < 200);
        QCOMPARE(during.pixelColor(west), window);

        QVERIFY(settle());
        const QImage after = m_window->grabWindow();
        QCOMPARE(after.pixelColor(west), neutral);
        QVERIFY2(differingShare(after.copy(overlap), during.copy(overlap), 40) < 0.01,
                 "the drawing for the rested view matches the moved one where both show the map");
    }

    void aRecolourDuringAGestureStaysWithTheMovedDrawing()
    {
        m_map->setCenter(QGeoCoordinate(37.85, -85.9));
        m_map->setZoomLevel(7.6);
        m_map->clearValues();
        m_map->setSelectedTerritory(-1);
        QVERIFY(settle());
        const QGeoCoordinate louisville(38.2527, -85.7585);
        const QPoint spot = m_map->positionOf(louisville).toPoint();
        const QImage before = m_window->grabWindow();

        m_map->panBy(120, 0);
        QVERIFY(m_map->isBusy());
        QVariantMap values;
        for (const auto &feature : m_map->territoryLayer()->features)
            values.insert(QString::number(feature.id), 100.0);
        m_map->setValues(values);
        const QImage during = m_window->grabWindow();
        // The new colour is drawn at the drawing's view, which is still moved by the gesture:
        // Louisville's county shows it 120 pixels to the right, and the outlines have not moved.
        const QColor recoloured = during.pixelColor(spot + QPoint(120, 0));
        QVERIFY2(recoloured != before.pixelColor(spot), qPrintable(recoloured.name()));
        const QRect overlap(120, 0, before.width() - 120, before.height());
        const QImage outlinesBefore = before.copy(overlap.translated(-120, 0));
        const QImage outlinesDuring = during.copy(overlap);
        int outlinePixels = 0, kept = 0;
        for (int y = 0; y < outlinesBefore.height(); y += 2)
            for (int x = 0; x < outlinesBefore.width(); x += 2)
                if (outlinesBefore.pixelColor(x, y) == QColor(Qt::white)) {
                    ++outlinePixels;
                    kept += outlinesDuring.pixelColor(x, y) == QColor(Qt::white);
                }
        QVERIFY(outlinePixels > 500);
        QVERIFY2(
            kept > outlinePixels * 0.98,
            qPrintable(QStringLiteral("%1 of %2 outline pixels").arg(kept).arg(outlinePixels)));
        QVERIFY(settle());
        QCOMPARE(m_window->grabWindow().pixelColor(m_map->positionOf(louisville).toPoint()),
                 recoloured);
        m_map->clearValues();
    }

    void thePaletteDrawsWhatVertexColoursDrew_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("dark");
        QTest::newRow("zoom 5, light") << 5.0 << false;
        QTest::newRow("zoom 7.6, dark") << 7.6 << true;
        QTest::newRow("zoom 9.5, light") << 9.5 << false;
        QTest::newRow("zoom 11.5, dark") << 11.5 << true;
    }

    void thePaletteDrawsWhatVertexColoursDrew()
    {
        // The OpenGL path colours an id texture through a palette; the former path
        // (STORMCREW_MAP_VERTEX_COLOURS=1) drew every territory with vertex colours. Both must
        // give the same picture, edges under the outlines included, at every zoom and theme.
        if (m_backend != QLatin1String("opengl"))
            QSKIP("the software backend paints with QPainter on both paths");
        QFETCH(double, zoom);
        QFETCH(bool, dark);
        qputenv("STORMCREW_MAP_VERTEX_COLOURS", "1");
        QQuickWindow formerWindow;
        auto *former = new TerritoryMap(formerWindow.contentItem());
        qunsetenv("STORMCREW_MAP_VERTEX_COLOURS");
        formerWindow.resize(m_window->size());
        formerWindow.setColor(m_window->color());
        former->setSize(m_map->size());
        QVariantMap values;
        for (const auto &feature : m_map->territoryLayer()->features)
            values.insert(QString::number(feature.id), (feature.code.toInt() * 53) % 97);
        for (TerritoryMap *map : {m_map, former}) {
            map->setNeutralColor(dark ? QColor(0x3d, 0x47, 0x53) : QColor(0xbc, 0xc7, 0xd1));
            map->setOutlineColor(dark ? QColor(0x14, 0x18, 0x1c) : QColor(Qt::white));
            map->setBoundaryColor(dark ? QColor(0x3a, 0x44, 0x4f) : QColor(0xb4, 0xbf, 0xca));
            map->setStateColor(dark ? QColor(0x6f, 0x7c, 0x8a) : QColor(0x7a, 0x87, 0x94));
            map->setCenter(QGeoCoordinate(37.6, -85.4));
            map->setZoomLevel(zoom);
            map->setValues(values);
        }
        formerWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&formerWindow));
        former->setStorePath(m_store);
        QVERIFY(QTest::qWaitFor([&] { return !former->isBusy(); }, 20000));
        former->setValues(values);
        QVERIFY(QTest::qWaitFor([&] { return !former->isBusy(); }, 20000));
        QVERIFY(settle());
        QTest::qWait(100);
        const QImage palette = m_window->grabWindow();
        const QImage vertexColours = formerWindow.grabWindow();
        const double share = differingShare(palette, vertexColours, 24);
        QVERIFY2(
            share < 0.001,
            qPrintable(QStringLiteral("%1 % of the pixels differ").arg(share * 100, 0, 'f', 3)));
        // Back to the colours the other cases use.
        m_map->setNeutralColor(QColor(0xbc, 0xc7, 0xd1));
        m_map->setOutlineColor(Qt::white);
        m_map->setBoundaryColor(QColor(0xa3, 0xaf, 0xbb));
        m_map->setStateColor(Qt::darkGray);
        m_map->clearValues();
    }

    void moreTerritoriesThanThePaletteHoldsAreDrawnWithVertexColours()
    {
        // The palette has 65,533 territory entries (IdLayerNode::MaxTerritories); a utility with
        // more is drawn with vertex colours. 257 x 256 = 65,792 squares of 0.01 degree, written
        // as CSV with WKT and turned into a GeoPackage by ogr2ogr, imported through the real
        // importer; drawn as the app would draw it and as the former path draws it by request,
        // the two pictures agree (with the palette, codes past its end would alias other
        // territories' colours).
        if (m_backend != QLatin1String("opengl"))
            QSKIP("the software backend paints with QPainter whatever the count");
        constexpr int Columns = 257, Rows = 256;
        static_assert(Columns * Rows > IdLayerNode::MaxTerritories);
        QByteArray csv = "code,name,wkt\n";
        for (int row = 0; row < Rows; ++row) {
            for (int column = 0; column < Columns; ++column) {
                const double x = -87.0 + 0.01 * column, y = 36.5 + 0.01 * row;
                csv += QStringLiteral(
                           "g%1_%2,Square %1 %2,\"POLYGON((%3 %4,%5 %4,%5 %6,%3 %6,%3 %4))\"\n")
                           .arg(row)
                           .arg(column)
                           .arg(x, 0, 'f', 2)
                           .arg(y, 0, 'f', 2)
                           .arg(x + 0.01, 0, 'f', 2)
                           .arg(y + 0.01, 0, 'f', 2)
                           .toUtf8();
            }
        }
        const QString csvPath = m_dir.filePath(QStringLiteral("grid.csv"));
        const QString gpkg = m_dir.filePath(QStringLiteral("grid.gpkg"));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        test::run(QStringLiteral("ogr2ogr"),
                  {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-a_srs"),
                   QStringLiteral("EPSG:4326"), QStringLiteral("-oo"),
                   QStringLiteral("GEOM_POSSIBLE_NAMES=wkt"), QStringLiteral("-oo"),
                   QStringLiteral("KEEP_GEOM_COLUMNS=NO"), gpkg, csvPath});
        const QString store = m_dir.filePath(QStringLiteral("grid.sqlite"));
        TerritoryImportOptions options;
        options.idField = QStringLiteral("code");
        options.nameField = QStringLiteral("name");
        QCOMPARE(maptest::makeTerritoryStore(store, gpkg, options), QString());

        QVariantMap values;
        std::vector<std::unique_ptr<QQuickWindow>> windows;
        std::vector<TerritoryMap *> maps;
        for (const bool forced : {false, true}) {
            if (forced)
                qputenv("STORMCREW_MAP_VERTEX_COLOURS", "1");
            auto &window = windows.emplace_back(std::make_unique<QQuickWindow>());
            auto *map = new TerritoryMap(window->contentItem());
            qunsetenv("STORMCREW_MAP_VERTEX_COLOURS");
            window->resize(m_window->size());
            window->setColor(m_window->color());
            map->setSize(m_map->size());
            map->setOutlineColor(Qt::white);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            map->setStorePath(store);
            QVERIFY(QTest::qWaitFor([&] { return map->status() == TerritoryMap::Status::Ready; },
                                    120000));
            QCOMPARE(map->territoryCount(), Columns * Rows);
            if (values.isEmpty()) {
                for (const auto &feature : map->territoryLayer()->features)
                    values.insert(QString::number(feature.id), (feature.id * 53) % 97);
            }
            map->setValues(values);
            maps.push_back(map);
        }
        // The view is on the last territories of the layer: their palette entries would lie
        // past the palette's end.
        const auto &features = maps[0]->territoryLayer()->features;
        const QPointF last = WebMercator::unproject(features.back().labelAnchor);
        for (TerritoryMap *map : maps) {
            map->setZoomLevel(10.2);
            map->setCenter(QGeoCoordinate(last.y(), last.x()));
        }
        for (TerritoryMap *map : maps)
            QVERIFY(QTest::qWaitFor([&] { return !map->isBusy(); }, 60000));
        QTest::qWait(100);
        const QImage automatic = windows[0]->grabWindow();
        const QImage forced = windows[1]->grabWindow();
        // Compared in the middle of every square in view, away from the outlines (which the
        // two paths may rasterise a pixel apart where a line falls on a pixel boundary): the
        // same fill in both, many different fills, and squares past the palette's capacity.
        QSet<QRgb> fills;
        int compared = 0, pastCapacity = 0;
        for (std::size_t i = 0; i < features.size(); ++i) {
            const QPointF centre = WebMercator::unproject(features[i].labelAnchor);
            const QPoint p = maps[0]->positionOf(QGeoCoordinate(centre.y(), centre.x())).toPoint();
            if (!automatic.rect().adjusted(2, 2, -2, -2).contains(p))
                continue;
            const QColor a = automatic.pixelColor(p), b = forced.pixelColor(p);
            QVERIFY2(
                std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 &&
                    std::abs(a.blue() - b.blue()) <= 2,
                qPrintable(QStringLiteral("%1 at %2: %3 drawn, %4 expected")
                               .arg(features[i].code, maptest::describe(p), a.name(), b.name())));
            fills.insert(a.rgb());
            ++compared;
            pastCapacity += i >= std::size_t(IdLayerNode::MaxTerritories);
        }
        QVERIFY2(compared > 1000, qPrintable(QString::number(compared)));
        QVERIFY2(pastCapacity > 50, qPrintable(QString::number(pastCapacity)));
        QVERIFY2(fills.size() > 20, qPrintable(QString::number(fills.size())));
    }

    void rasterBasemap()
    {
        // Any GDAL raster as basemap: here the gust GeoTIFF drawn in grey as the file has it.
        m_map->setBasemapSource(QStringLiteral(TEST_DATA_DIR "/map/gust.tif"));
        QVERIFY(settle());
        QVERIFY(m_map->basemapError().isEmpty());
        const QImage image = m_window->grabWindow();
        m_map->setBasemapSource({});
        // Somewhere west of the territories, over the raster: grey, not the window colour.
        const QPointF west = m_map->positionOf(QGeoCoordinate(37.0, -89.55));
        const QColor pixel = image.pixelColor(west.toPoint());
        QVERIFY2(pixel != QColor(0xdf, 0xe6, 0xec), qPrintable(pixel.name()));
    }
};

QTEST_MAIN(TestMapRender)
#include "tst_maprender.moc"
