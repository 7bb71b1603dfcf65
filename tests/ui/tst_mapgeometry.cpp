// The map's geometry: Web Mercator, WKB, triangulation, simplification, hit testing, labels,
// palettes and the label model.
#include "choropleth.h"
#include "featurelayer.h"
#include "hitindex.h"
#include "labelplacer.h"
#include "maplabelmodel.h"
#include "mapviewport.h"
#include "polygontriangulator.h"
#include "simplifier.h"
#include "webmercator.h"
#include "wkbreader.h"

#include "featureloader.h"
#include "maptestsupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QSet>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::map;

namespace {

QByteArray wkbFromWkt(const char *wkt, bool bigEndian = false)
{
    OGRGeometryH geometry = nullptr;
    char *text = const_cast<char *>(wkt);
    if (OGR_G_CreateFromWkt(&text, nullptr, &geometry) != OGRERR_NONE)
        return {};
    QByteArray wkb(OGR_G_WkbSize(geometry), Qt::Uninitialized);
    OGR_G_ExportToIsoWkb(geometry, bigEndian ? wkbXDR : wkbNDR,
                         reinterpret_cast<unsigned char *>(wkb.data()));
    OGR_G_DestroyGeometry(geometry);
    return wkb;
}

double triangleArea(const Triangulation &t)
{
    double sum = 0;
    for (std::size_t i = 0; i + 2 < t.indices.size(); i += 3) {
        const QPointF &a = t.vertices[t.indices[i]], &b = t.vertices[t.indices[i + 1]],
                      &c = t.vertices[t.indices[i + 2]];
        sum += std::abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y())) / 2;
    }
    return sum;
}

} // namespace

class TestMapGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void projectionRoundTrips_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("null island") << 0.0 << 0.0;
        QTest::newRow("Louisville, Kentucky") << -85.7585 << 38.2527;
        QTest::newRow("Key West") << -81.78 << 24.55;
        QTest::newRow("Utqiagvik, Alaska") << -156.79 << 71.29;
        QTest::newRow("Hilo, Hawaii") << -155.09 << 19.72;
        QTest::newRow("date line, far south") << 179.999 << -84.9;
        QTest::newRow("Greenwich") << 0.0 << 51.4779;
    }

    void projectionRoundTrips()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const QPointF world = WebMercator::project(lon, lat);
        const QPointF back = WebMercator::unproject(world);
        QVERIFY2(maptest::near(back, QPointF(lon, lat), 1e-9), qPrintable(maptest::describe(back)));
        const QPointF metres = WebMercator::toEpsg3857(world);
        QVERIFY(maptest::near(WebMercator::fromEpsg3857(metres), world, 1e-15));
    }

    void projectionMatchesEpsg3857()
    {
        // Reference values from PROJ 9.1 (osr.CoordinateTransformation EPSG:4326 -> 3857).
        const QPointF metres = WebMercator::toEpsg3857(WebMercator::project(-85.7585, 38.2527));
        QVERIFY2(maptest::near(metres, QPointF(-9546592.551195, 4615185.610064), 1e-3),
                 qPrintable(maptest::describe(metres)));
        QCOMPARE(WebMercator::project(-180, WebMercator::MaxLatitude), QPointF(0, 0));
        QVERIFY(maptest::near(WebMercator::project(0, 0), QPointF(0.5, 0.5), 1e-15));
        // Latitudes beyond Mercator's edge are clamped, not infinite.
        QVERIFY(std::isfinite(WebMercator::project(0, 90).y()));
    }

    void viewportKeepsTheAnchorUnderTheCursor()
    {
        MapViewport view;
        view.setSize({800, 600});
        view.setCenter(WebMercator::project(-85, 37.5));
        view.setZoom(6);
        const QPointF anchor(123, 456);
        const QPointF before = view.toWorld(anchor);
        view.zoomAround(8.5, anchor);
        QVERIFY(maptest::near(view.toWorld(anchor), before, 1e-12));
        QCOMPARE(view.zoom(), 8.5);
        view.setZoom(99);
        QCOMPARE(view.zoom(), MapViewport::MaximumZoom);
        const QRectF target(QPointF(0.2, 0.3), QSizeF(0.01, 0.005));
        view.fit(target, 20);
        QVERIFY(view.visibleWorld().contains(target));
        QVERIFY(view.visibleWorld().width() < target.width() * 1.2);
    }

    void wkbIsRead_data()
    {
        QTest::addColumn<QByteArray>("wkb");
        QTest::addColumn<int>("polygons");
        QTest::addColumn<int>("rings");
        QTest::newRow("polygon, little-endian")
            << wkbFromWkt("POLYGON((-85 37,-84 37,-84 38,-85 38,-85 37))") << 1 << 1;
        QTest::newRow("polygon with a hole, big-endian")
            << wkbFromWkt("POLYGON((-85 37,-84 37,-84 38,-85 38,-85 37),"
                          "(-84.7 37.3,-84.3 37.3,-84.3 37.7,-84.7 37.3))",
                          true)
            << 1 << 2;
        QTest::newRow("multipolygon of two islands")
            << wkbFromWkt("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((2 2,3 2,3 3,2 2)))") << 2 << 2;
        QTest::newRow("polygon with Z")
            << wkbFromWkt("POLYGON Z((0 0 5,1 0 5,1 1 5,0 0 5))") << 1 << 1;
    }

    void wkbIsRead()
    {
        QFETCH(QByteArray, wkb);
        QFETCH(int, polygons);
        QFETCH(int, rings);
        QString error;
        const auto shape = readWkb(wkb, &error);
        QVERIFY2(shape, qPrintable(error));
        QCOMPARE(int(shape->size()), polygons);
        int total = 0;
        for (const auto &polygon : *shape) {
            total += int(polygon.rings.size());
            for (const auto &ring : polygon.rings)
                QVERIFY(ring.front() != ring.back()); // the closing point is dropped
        }
        QCOMPARE(total, rings);
    }

    void badWkbIsRefused()
    {
        QString error;
        QVERIFY(!readWkb(wkbFromWkt("POINT(1 2)"), &error));
        QCOMPARE(error, QStringLiteral("not a polygon or multipolygon"));
        QVERIFY(!readWkb(wkbFromWkt("POLYGON((0 0,1 0,1 1,0 0))").left(20), &error));
        QVERIFY(!readWkb(QByteArray(), &error));
    }

    void triangulationCoversThePolygonExactly_data()
    {
        QTest::addColumn<QByteArray>("wkb");
        QTest::newRow("convex square") << wkbFromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))");
        QTest::newRow("concave L") << wkbFromWkt("POLYGON((0 0,10 0,10 2,2 2,2 10,0 10,0 0))");
        QTest::newRow("square with two holes")
            << wkbFromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(1 1,3 1,3 3,1 3,1 1),"
                          "(5 5,8 5,8 8,5 8,5 5))");
        QTest::newRow("multipolygon with a hole in one island")
            << wkbFromWkt("MULTIPOLYGON(((0 0,4 0,4 4,0 4,0 0),(1 1,2 1,2 2,1 2,1 1)),"
                          "((6 0,8 0,7 3,6 0)))");
        QTest::newRow("comb of 200 teeth") << [] {
            QByteArray wkt = "POLYGON((0 0";
            for (int i = 0; i < 200; ++i)
                wkt += " ," + QByteArray::number(i) + " 5," + QByteArray::number(i) + ".5 0";
            wkt += ",200 -1,0 -1,0 0))";
            return wkbFromWkt(wkt.constData());
        }();
    }

    void triangulationCoversThePolygonExactly()
    {
        QFETCH(QByteArray, wkb);
        const auto shape = readWkb(wkb);
        QVERIFY(shape);
        Triangulation triangles;
        triangulate(*shape, triangles);
        const double expected = areaOf(*shape);
        QVERIFY(expected > 0);
        QVERIFY2(std::abs(triangleArea(triangles) - expected) <= expected * 1e-9,
                 qPrintable(QStringLiteral("triangles cover %1, the polygon has %2")
                                .arg(triangleArea(triangles), 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
    }

    void everyUsCountyTriangulates()
    {
        // The 3,231 real outlines, holes and islands included: the triangles' area must equal
        // each county's area. 39 of them have self-intersecting rings in this file (OGR: not
        // valid, e.g. Alameda, 06001); those may be off by 0.5 % (the importer repairs such
        // rings before they reach a store).
        QSet<qint64> invalid;
        {
            GDALDatasetH source =
                GDALOpenEx(SHARED_DATA_DIR "/boundaries/us_counties_census2017.geojson",
                           GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            QVERIFY(source);
            OGRLayerH layer = GDALDatasetGetLayer(source, 0);
            while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
                if (!OGR_G_IsValid(OGR_F_GetGeometryRef(f)))
                    invalid.insert(OGR_F_GetFID(f));
                OGR_F_Destroy(f);
            }
            GDALClose(source);
        }
        QCOMPARE(invalid.size(), 39);
        auto features = FeatureLoader::vectorFile(
            QStringLiteral(SHARED_DATA_DIR "/boundaries/us_counties_census2017.geojson"));
        QVERIFY2(features, qPrintable(features ? QString() : features.error().toString()));
        QCOMPARE(int(features.value().size()), 3231);
        int off = 0;
        for (const auto &feature : features.value()) {
            Triangulation triangles;
            triangulate(feature.shape, triangles);
            const double expected = areaOf(feature.shape);
            const double tolerance = invalid.contains(feature.id) ? 5e-3 : 1e-6;
            if (std::abs(triangleArea(triangles) - expected) > expected * tolerance) {
                ++off;
                qWarning() << "county" << feature.id << "triangles" << triangleArea(triangles)
                           << "area" << expected << "polygons" << feature.shape.size();
            }
        }
        QCOMPARE(off, 0);
    }

    void simplificationNeverLosesAShape()
    {
        auto circle = [](QPointF centre, double radius) {
            std::vector<QPointF> ring;
            for (int i = 0; i < 40; ++i)
                ring.emplace_back(centre.x() + radius * std::cos(i * M_PI / 20),
                                  centre.y() + radius * std::sin(i * M_PI / 20));
            return ring;
        };
        const MultiPolygon islands{Polygon{{circle({0, 0}, 0.001)}},
                                   Polygon{{circle({1, 1}, 0.0001)}}};
        // A tolerance far above both islands: the larger one survives, whole.
        const MultiPolygon coarse = simplify(islands, 1.0);
        QCOMPARE(int(coarse.size()), 1);
        QCOMPARE(coarse[0].rings[0], islands[0].rings[0]);
        // A tolerance between their sizes: the small island goes, the large one is simplified.
        const MultiPolygon medium = simplify(islands, 0.0002);
        QCOMPARE(int(medium.size()), 1);
        QVERIFY(medium[0].rings[0].size() < 40 && medium[0].rings[0].size() >= 3);
        std::vector<QPointF> zigzag;
        for (int i = 0; i < 100; ++i)
            zigzag.emplace_back(i, (i % 2) * 1e-6);
        zigzag.emplace_back(50, 10);
        QVERIFY(simplifyRing(zigzag, 1e-3).size() < 10);
    }

    void hitIndexHonoursHolesAndIslands_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("expected");
        QTest::newRow("in the donut's ring") << -84.9 << 37.5 << 0;
        QTest::newRow("in the donut's hole, beside the isle") << -84.65 << 37.35 << -1;
        QTest::newRow("on the isle inside the hole") << -84.5 << 37.5 << 1;
        QTest::newRow("first island of the pair") << -82.75 << 37.25 << 2;
        QTest::newRow("second island of the pair") << -81.75 << 37.25 << 2;
        QTest::newRow("between the islands") << -82.25 << 37.25 << -1;
        QTest::newRow("far away") << -100.0 << 45.0 << -1;
    }

    void hitIndexHonoursHolesAndIslands()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, expected);
        const MultiPolygon donut =
            *readWkb(wkbFromWkt("POLYGON((-85 37,-84 37,-84 38,-85 38,-85 37),"
                                "(-84.7 37.3,-84.3 37.3,-84.3 37.7,-84.7 37.7,-84.7 37.3))"));
        const MultiPolygon isle = *readWkb(
            wkbFromWkt("POLYGON((-84.6 37.4,-84.4 37.4,-84.4 37.6,-84.6 37.6,-84.6 37.4))"));
        const MultiPolygon pair =
            *readWkb(wkbFromWkt("MULTIPOLYGON(((-83 37,-82.5 37,-82.5 37.5,-83 37.5,-83 37)),"
                                "((-82 37,-81.5 37,-81.5 37.5,-82 37.5,-82 37)))"));
        const HitIndex index({&donut, &isle, &pair}, 16);
        QCOMPARE(index.shapeAt(WebMercator::project(lon, lat)), expected);
    }

    void labelsDoNotCollide()
    {
        QFont font;
        font.setPixelSize(12);
        const QFontMetricsF metrics(font);
        std::vector<LabelCandidate> candidates{
            {QStringLiteral("Jefferson"), {100, 100}, 10, 200},
            {QStringLiteral("Oldham"), {110, 102}, 5, 200},    // overlaps Jefferson: dropped
            {QStringLiteral("Fayette"), {300, 100}, 1, 200},   // free
            {QStringLiteral("Tiny county"), {300, 300}, 9, 4}, // wider than its county
            {QStringLiteral("Off the edge"), {-50, 100}, 8, 200}};
        const auto placed = placeLabels(candidates, metrics, QSizeF(400, 400));
        QStringList names;
        for (const auto &label : placed)
            names << label.text;
        QCOMPARE(names, (QStringList{QStringLiteral("Jefferson"), QStringLiteral("Fayette")}));
        for (std::size_t i = 0; i < placed.size(); ++i)
            for (std::size_t j = i + 1; j < placed.size(); ++j)
                QVERIFY(!placed[i].rect.intersects(placed[j].rect));
    }

    void labelModelIsAWellBehavedModel()
    {
        MapLabelModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setLabels({{QStringLiteral("Jefferson"), QRectF(10, 20, 50, 14)},
                         {QStringLiteral("Fayette"), QRectF(100, 20, 40, 14)}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), MapLabelModel::TextRole).toString(),
                 QStringLiteral("Fayette"));
        QCOMPARE(model.data(model.index(0), MapLabelModel::XRole).toDouble(), 10.0);
        QVERIFY(model.roleNames().value(MapLabelModel::TextRole) == "labelText");
        model.setLabels({});
        QCOMPARE(model.rowCount(), 0);
    }

    void aLayerOpensWithOneLevelAndGetsTheOthersLater()
    {
        // The map shows a large layer as soon as the level its opening view needs is built;
        // the other levels follow. The result must be the layer built all at once.
        auto read = FeatureLoader::vectorFile(
            QStringLiteral(SHARED_DATA_DIR "/boundaries/us_counties_census2017.geojson"));
        QVERIFY(read);
        const auto whole = buildFeatureLayer(read.value(), true);
        QVERIFY(whole->complete());
        QVERIFY(whole->levels.size() > 2);
        double askedBounds = 0;
        const auto partial =
            buildFeatureLayer(read.value(), true, FullDetail::Later, [&](const QRectF &bounds) {
                askedBounds = bounds.width();
                return 4.5;
            });
        QCOMPARE(askedBounds, whole->bounds.width());
        QVERIFY(!partial->complete());
        QCOMPARE(partial->levels.size(), whole->levels.size());
        const int opening = whole->levelIndexFor(4.5);
        for (std::size_t i = 0; i < partial->levels.size(); ++i)
            QCOMPARE(partial->levels[i].built, int(i) == opening);
        // Every zoom uses the one built level meanwhile, full detail included.
        for (double zoom : {1.0, 4.5, 9.0, 14.0})
            QCOMPARE(partial->levelIndexFor(zoom), opening);
        QCOMPARE(partial->levels[std::size_t(opening)].xy, whole->levels[std::size_t(opening)].xy);

        const auto completed = withAllLevels(*partial);
        QVERIFY(completed->complete());
        for (std::size_t i = 0; i < whole->levels.size(); ++i) {
            QVERIFY(completed->levels[i].built);
            QCOMPARE(completed->levels[i].maxZoom, whole->levels[i].maxZoom);
            QCOMPARE(completed->levels[i].xy, whole->levels[i].xy);
            QCOMPARE(completed->levels[i].fillIndices, whole->levels[i].fillIndices);
            QCOMPARE(completed->levels[i].lineIndices, whole->levels[i].lineIndices);
        }
        // The copy's hit index refers to its own shapes (the partial layer may go first).
        const QPointF louisville = WebMercator::project(-85.7585, 38.2527);
        const int county = whole->hits.shapeAt(louisville);
        QVERIFY(county >= 0);
        QCOMPARE(completed->hits.shapeAt(louisville), county);
        QVERIFY(HitIndex::contains(completed->features[std::size_t(county)].shape, louisville));
    }

    void choroplethColoursByValue()
    {
        std::vector<MapFeature> features(3);
        for (int i = 0; i < 3; ++i) {
            features[std::size_t(i)].id = 10 + i;
            features[std::size_t(i)].shape = *readWkb(wkbFromWkt("POLYGON((0 0,1 0,1 1,0 0))"));
        }
        const auto layer = buildFeatureLayer(std::move(features), true);
        Choropleth choropleth;
        const QRgb neutral = qRgb(200, 200, 200);
        QCOMPARE(choropleth.colours(*layer, neutral), std::vector<QRgb>(3, neutral));
        choropleth.setValues({{10, 0.0}, {11, 50.0}});
        const auto colours = choropleth.colours(*layer, neutral);
        QCOMPARE(colours[0], ColorRamp(ColorRamp::Name::Viridis).rgbaAt(0));
        QCOMPARE(colours[1], ColorRamp(ColorRamp::Name::Viridis).rgbaAt(1));
        QCOMPARE(colours[2], neutral); // no value: neutral
        choropleth.setRamp(ColorRamp::Name::PurpleOrange);
        choropleth.setValues({{10, -5.0}, {11, 20.0}});
        QCOMPARE(choropleth.minimum(), -20.0); // diverging: symmetric around zero
        QCOMPARE(choropleth.maximum(), 20.0);
    }
};

QTEST_MAIN(TestMapGeometry)
#include "tst_mapgeometry.moc"
