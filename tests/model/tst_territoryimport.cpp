// Territories from any OGR vector format in any CRS, and the bad inputs the importer refuses.
#include "testsupport.h"

#include "ingest/territoryimporter.h"

#include <QTemporaryDir>

using namespace stormcrew;

namespace {

// Three territories near Louisville: a 1 x 1 degree square, a square with a hole, and a bow tie
// (self-intersecting, repaired by MakeValid into two triangles).
const QByteArray kTerritories = R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
"features":[
{"type":"Feature","properties":{"code":"A","name":"Square"},"geometry":{"type":"Polygon",
 "coordinates":[[[-86,38],[-85,38],[-85,39],[-86,39],[-86,38]]]}},
{"type":"Feature","properties":{"code":"B","name":"Holed"},"geometry":{"type":"Polygon",
 "coordinates":[[[-85,38],[-84,38],[-84,39],[-85,39],[-85,38]],
                [[-84.75,38.25],[-84.25,38.25],[-84.25,38.75],[-84.75,38.75],[-84.75,38.25]]]}},
{"type":"Feature","properties":{"code":"C","name":"Bow tie"},"geometry":{"type":"Polygon",
 "coordinates":[[[-84,38],[-83,39],[-83,38],[-84,39],[-84,38]]]}}
]})";

// Spherical area of a lon/lat rectangle (authalic radius): the ellipsoidal answer is within 1 %.
double rectangleKm2(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double r = 6371.0072;
    constexpr double degree = M_PI / 180;
    return r * r * (lon2 - lon1) * degree * (std::sin(lat2 * degree) - std::sin(lat1 * degree));
}

} // namespace

class TestTerritoryImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsEveryFormatAndCrs_data();
    void importsEveryFormatAndCrs();
    void reimportUpdatesByCodeAndKeepsAssets();
    void realCountiesWithFilter();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    QTemporaryDir m_dir;
    QString m_geojson;
};

void TestTerritoryImport::initTestCase()
{
    test::pinEnvironment();
    QVERIFY(m_dir.isValid());
    m_geojson =
        test::writeFile(m_dir.filePath(QStringLiteral("territories.geojson")), kTerritories);
}

void TestTerritoryImport::importsEveryFormatAndCrs_data()
{
    QTest::addColumn<QStringList>("ogr2ogr");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("crs");
    QTest::newRow("GeoJSON, WGS 84")
        << QStringList() << QStringLiteral("territories.geojson") << QString();
    QTest::newRow("Shapefile, UTM 16N")
        << QStringList{QStringLiteral("-t_srs"), QStringLiteral("EPSG:26916")}
        << QStringLiteral("utm.shp") << QString();
    QTest::newRow("GeoPackage, Web Mercator")
        << QStringList{QStringLiteral("-t_srs"), QStringLiteral("EPSG:3857")}
        << QStringLiteral("mercator.gpkg") << QString();
    QTest::newRow("FlatGeobuf, Kentucky Lambert (EPSG:3089)")
        << QStringList{QStringLiteral("-t_srs"), QStringLiteral("EPSG:3089")}
        << QStringLiteral("lambert.fgb") << QString();
    QTest::newRow("CSV with WKT, no CRS in the file, --crs EPSG:4326")
        << QStringList{QStringLiteral("-lco"), QStringLiteral("GEOMETRY=AS_WKT")}
        << QStringLiteral("wkt.csv") << QStringLiteral("EPSG:4326");
}

void TestTerritoryImport::importsEveryFormatAndCrs()
{
    QFETCH(QStringList, ogr2ogr);
    QFETCH(QString, file);
    QFETCH(QString, crs);
    const QString path = m_dir.filePath(file);
    if (!ogr2ogr.isEmpty())
        test::run(QStringLiteral("ogr2ogr"), ogr2ogr + QStringList{path, m_geojson});
    QTemporaryDir storeDir;
    auto store = test::openStore(storeDir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store);

    TerritoryImportOptions options;
    options.crs = crs;
    auto outcome = TerritoryImporter(*store).run(path, options, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    const ImportReport &report = outcome.value();
    QCOMPARE(report.read(), 3);
    QCOMPARE(report.accepted(), 3);
    QVERIFY2(report.notes()
                 .join(QLatin1Char('|'))
                 .contains(QStringLiteral("1 invalid outline(s) repaired with MakeValid: C")),
             qPrintable(report.notes().join(QLatin1Char('|'))));
    QCOMPARE(store->rowCount(QStringLiteral("territory")), 3);

    const double square = test::queryText(*store, QStringLiteral("SELECT area_km2 FROM territory "
                                                                 "WHERE code='A'"))
                              .toDouble();
    const double holed = test::queryText(*store, QStringLiteral("SELECT area_km2 FROM territory "
                                                                "WHERE code='B'"))
                             .toDouble();
    const double bowTie = test::queryText(*store, QStringLiteral("SELECT area_km2 FROM territory "
                                                                 "WHERE code='C'"))
                              .toDouble();
    const double expected = rectangleKm2(-86, 38, -85, 39);
    QVERIFY2(
        qAbs(square / expected - 1) < 0.01,
        qPrintable(QStringLiteral("square %1 km2, expected about %2").arg(square).arg(expected)));
    const double hole = rectangleKm2(-84.75, 38.25, -84.25, 38.75);
    QVERIFY2(qAbs(holed / (expected - hole) - 1) < 0.01, qPrintable(QString::number(holed)));
    QVERIFY2(qAbs(bowTie / (expected / 2) - 1) < 0.02, qPrintable(QString::number(bowTie)));
    // Bounding boxes are in degrees, whatever the file's CRS.
    QCOMPARE(test::queryText(*store, QStringLiteral("SELECT printf('%.6f %.6f %.6f %.6f', min_lon, "
                                                    "min_lat, max_lon, max_lat) FROM territory "
                                                    "WHERE code='A'")),
             QStringLiteral("-86.000000 38.000000 -85.000000 39.000000"));
    QCOMPARE(test::queryText(*store, QStringLiteral("SELECT name FROM territory WHERE code='C'")),
             QStringLiteral("Bow tie"));
}

void TestTerritoryImport::reimportUpdatesByCodeAndKeepsAssets()
{
    QTemporaryDir storeDir;
    auto store = test::openStore(storeDir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store);
    TerritoryImporter importer(*store);
    QVERIFY(importer.run(m_geojson, {}, RejectPolicy::RollBackOnAnyReject));
    QCOMPARE(sqlite3_exec(store->handle(),
                          "UPDATE territory SET customers = 1200, poles = 50 WHERE code = 'A'",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    // The second file renames A and gives poles but not customers.
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.geojson"));
    test::run(QStringLiteral("ogr2ogr"),
              {QStringLiteral("-dialect"), QStringLiteral("SQLite"), QStringLiteral("-sql"),
               QStringLiteral("SELECT code, 'Square, renamed' AS name, 75 AS poles, geometry FROM "
                              "territories WHERE code = 'A'"),
               renamed, m_geojson});
    auto again = importer.run(renamed, {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(store->rowCount(QStringLiteral("territory")), 3);
    QCOMPARE(test::queryText(*store, QStringLiteral("SELECT name || ' ' || customers || ' ' || "
                                                    "poles FROM territory WHERE code = 'A'")),
             QStringLiteral("Square, renamed 1200 75"));
    QCOMPARE(store->rowCount(QStringLiteral("import_log")), 2);
}

void TestTerritoryImport::realCountiesWithFilter()
{
    QTemporaryDir storeDir;
    auto store = test::openStore(storeDir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store);
    TerritoryImportOptions options;
    options.where = QStringLiteral("fips LIKE '21%'");
    options.idField = QStringLiteral("fips");
    options.nameField = QStringLiteral("name");
    auto outcome = TerritoryImporter(*store).run(
        QStringLiteral(SHARED_DATA_DIR "/boundaries/us_counties_census2017.geojson"), options,
        RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome.value().accepted(), 120); // Kentucky's counties
    // Jefferson County, KY: 398 square miles (1,031 km2) of total area in the Census gazetteer.
    const double jefferson =
        test::queryText(*store, QStringLiteral("SELECT area_km2 FROM territory WHERE "
                                               "code='21111' AND name='Jefferson'"))
            .toDouble();
    QVERIFY2(qAbs(jefferson / 1031.0 - 1) < 0.01, qPrintable(QString::number(jefferson)));
}

void TestTerritoryImport::refusesBadInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");  // the whole import fails with this message, or
    QTest::addColumn<QString>("reject"); // it is rolled back with this first reject
    QTest::newRow("truncated GeoJSON (head -c 300)")
        << QStringLiteral("truncated")
        << QStringLiteral("%1: cannot be read as a vector file: Failed to read GeoJSON data")
        << QString();
    QTest::newRow("empty layer (ogr2ogr -where)")
        << QStringLiteral("empty") << QStringLiteral("%1: layer 'empty' holds no feature")
        << QString();
    QTest::newRow("no CRS (CSV with WKT)")
        << QStringLiteral("nocrs")
        << QStringLiteral("%1: layer 'nocrs' has no coordinate reference system; give it with "
                          "--crs EPSG:code, or assign one to the file with ogr2ogr -a_srs "
                          "EPSG:code out.gpkg nocrs.csv")
        << QString();
    QTest::newRow("non-UTF-8 name (Latin-1 CSV)")
        << QStringLiteral("latin1")
        << QStringLiteral("%1 line 2, field name: text is not UTF-8; convert the file first, "
                          "e.g. iconv -f WINDOWS-1252 -t UTF-8")
        << QString();
    QTest::newRow("duplicate territory codes")
        << QStringLiteral("duplicate") << QString()
        << QStringLiteral("%1 line 3, field code: territory A appears more than once");
    QTest::newRow("points instead of polygons")
        << QStringLiteral("points") << QString()
        << QStringLiteral("%1 line 2: territory P is a POINT, not a polygon");
    QTest::newRow("unknown --id-field")
        << QStringLiteral("idfield")
        << QStringLiteral("%1: has no field 'fips' for --id-field; its fields are: code, name")
        << QString();
}

void TestTerritoryImport::refusesBadInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QFETCH(QString, reject);
    QTemporaryDir dir;
    QString file;
    TerritoryImportOptions options;
    if (kind == QLatin1String("truncated")) {
        file = test::writeFile(dir.filePath(QStringLiteral("truncated.geojson")),
                               test::run(QStringLiteral("head"),
                                         {QStringLiteral("-c"), QStringLiteral("300"), m_geojson}));
    } else if (kind == QLatin1String("empty")) {
        file = dir.filePath(QStringLiteral("empty.gpkg"));
        test::run(QStringLiteral("ogr2ogr"),
                  {QStringLiteral("-where"), QStringLiteral("1=0"), QStringLiteral("-nln"),
                   QStringLiteral("empty"), file, m_geojson});
    } else if (kind == QLatin1String("nocrs")) {
        file = test::writeFile(dir.filePath(QStringLiteral("nocrs.csv")),
                               "code,name,WKT\nA,Square,\"POLYGON((-86 38,-85 38,-85 39,-86 "
                               "39,-86 38))\"\n");
    } else if (kind == QLatin1String("latin1")) {
        options.crs = QStringLiteral("EPSG:4326");
        file = test::writeFile(dir.filePath(QStringLiteral("latin1.csv")),
                               "code,name,WKT\nA,Do\xf1"
                               "a Ana,\"POLYGON((-86 38,-85 38,-85 39,-86 39,-86 38))\"\n");
    } else if (kind == QLatin1String("duplicate")) {
        options.crs = QStringLiteral("EPSG:4326");
        file = test::writeFile(dir.filePath(QStringLiteral("duplicate.csv")),
                               "code,name,WKT\nA,One,\"POLYGON((-86 38,-85 38,-85 39,-86 39,-86 "
                               "38))\"\nA,Two,\"POLYGON((-85 38,-84 38,-84 39,-85 39,-85 38))\"\n");
    } else if (kind == QLatin1String("points")) {
        options.crs = QStringLiteral("EPSG:4326");
        file = test::writeFile(dir.filePath(QStringLiteral("points.csv")),
                               "code,name,WKT\nP,Point,\"POINT(-85 38)\"\n");
    } else if (kind == QLatin1String("idfield")) {
        options.idField = QStringLiteral("fips");
        file = m_geojson;
    }
    if (QTest::currentTestFailed())
        return;

    // A store with territories already in it, closed so that its file is complete.
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    {
        auto store = test::openStore(storePath);
        QVERIFY(store);
        QVERIFY(TerritoryImporter(*store).run(m_geojson, {}, RejectPolicy::RollBackOnAnyReject));
    }
    const QByteArray before = test::sha256(storePath);
    {
        auto store = test::openStore(storePath);
        QVERIFY(store);
        const auto outcome =
            TerritoryImporter(*store).run(file, options, RejectPolicy::RollBackOnAnyReject);
        if (!error.isEmpty()) {
            QVERIFY(!outcome);
            QCOMPARE(outcome.error().toString(), error.arg(file));
        } else {
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
            QVERIFY(
                !ImportTransaction::accepts(outcome.value(), RejectPolicy::RollBackOnAnyReject));
            bool found = false;
            for (int r = 0; r < RejectReasonCount; ++r) {
                for (const Error &sample : outcome.value().samples(RejectReason(r)))
                    found = found || sample.toString() == reject.arg(file);
            }
            QVERIFY2(found, qPrintable(outcome.value().toText()));
        }
    }
    QCOMPARE(test::sha256(storePath), before);
}

QTEST_GUILESS_MAIN(TestTerritoryImport)
#include "tst_territoryimport.moc"
