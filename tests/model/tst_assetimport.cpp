// Asset attributes per territory from CSV, their validation, and power lines measured per
// territory on the ellipsoid.
#include "testsupport.h"

#include "ingest/assetimporter.h"
#include "ingest/territoryimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace stormcrew;

namespace {
// Two 1 x 1 degree squares side by side along the 38th parallel.
const QByteArray kSquares = "code,name,WKT\n"
                            "A,West,\"POLYGON((-86 38,-85 38,-85 39,-86 39,-86 38))\"\n"
                            "B,East,\"POLYGON((-85 38,-84 38,-84 39,-85 39,-85 38))\"\n";
} // namespace

class TestAssetImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }
    void init();
    void cleanup() { m_store.reset(); }
    void validatesRows_data();
    void validatesRows();
    void keepsWhatTheFileDoesNotGive();
    void sumsLinesOnTheEllipsoid();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAssetImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openStore(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(m_store);
    TerritoryImportOptions options;
    options.crs = QStringLiteral("EPSG:4326");
    const QString squares =
        test::writeFile(m_dir->filePath(QStringLiteral("squares.csv")), kSquares);
    QVERIFY(TerritoryImporter(*m_store).run(squares, options, RejectPolicy::RollBackOnAnyReject));
}

void TestAssetImport::validatesRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("good row") << QByteArray("A,120000,850.5,120,30000,2022-05-01") << QString()
                              << QString();
    QTest::newRow("negative customers")
        << QByteArray("A,-5,850.5,120,30000,2022-05-01") << QStringLiteral("impossible")
        << QStringLiteral("line 2, field customers: -5 is negative");
    QTest::newRow("huge customers")
        << QByteArray("A,99999999999999999999,850,120,30000,2022-05-01")
        << QStringLiteral("impossible")
        << QStringLiteral("line 2, field customers: 99999999999999999999 is more than any "
                          "territory has (at most 100000000)");
    QTest::newRow("customers not a number")
        << QByteArray("A,lots,850,120,30000,2022-05-01") << QStringLiteral("not_a_number")
        << QStringLiteral("line 2, field customers: 'lots' is not a number");
    QTest::newRow("fractional poles")
        << QByteArray("A,10,850,120,30.5,2022-05-01") << QStringLiteral("not_a_number")
        << QStringLiteral("line 2, field poles: '30.5' is not a "
                          "whole number");
    QTest::newRow("negative overhead km")
        << QByteArray("A,10,-1.5,120,30,2022-05-01") << QStringLiteral("impossible")
        << QStringLiteral("line 2, field overhead_km: -1.5 is negative");
    QTest::newRow("unknown territory")
        << QByteArray("Z,10,1,1,1,2022-05-01") << QStringLiteral("unknown_territory")
        << QStringLiteral("line 2, field code: territory 'Z' is not in the store");
    QTest::newRow("bad trimming date")
        << QByteArray("A,10,1,1,1,May 2022") << QStringLiteral("bad_time")
        << QStringLiteral("line 2, field last_trimmed: 'May 2022' is not a date of the form "
                          "YYYY-MM-DD");
    QTest::newRow("duplicate territory")
        << QByteArray("A,10,1,1,1,2022-05-01\nA,11,1,1,1,2022-05-01") << QStringLiteral("duplicate")
        << QStringLiteral("line 3, field code: territory A appears more than once");
}

void TestAssetImport::validatesRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const QString file = test::writeFile(
        m_dir->filePath(QStringLiteral("assets.csv")),
        "code,customers,overhead_km,underground_km,poles,last_trimmed\n" + row + '\n');
    const qint64 logged = m_store->rowCount(QStringLiteral("import_log"));
    auto outcome = AssetImporter(*m_store).run(file, {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    const QJsonObject json = outcome.value().toJson();
    if (reason.isEmpty()) {
        QCOMPARE(outcome.value().rejected(), 0);
        QCOMPARE(test::queryText(*m_store, QStringLiteral("SELECT customers || ' ' || overhead_km "
                                                          "|| ' ' || poles || ' ' || last_trimmed "
                                                          "FROM territory WHERE code='A'")),
                 QStringLiteral("120000 850.5 30000 2022-05-01"));
        return;
    }
    const QJsonObject rejected =
        json.value(QStringLiteral("rejected")).toObject().value(reason).toObject();
    QCOMPARE(rejected.value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject first = rejected.value(QStringLiteral("first")).toArray().first().toObject();
    QCOMPARE(QStringLiteral("line %1, field %2: %3")
                 .arg(first.value(QStringLiteral("line")).toInt())
                 .arg(first.value(QStringLiteral("field")).toString(),
                      first.value(QStringLiteral("message")).toString()),
             message);
    // Rolled back: no import logged, no attribute written.
    QCOMPARE(m_store->rowCount(QStringLiteral("import_log")), logged);
    QCOMPARE(test::queryText(*m_store, QStringLiteral("SELECT count(*) FROM territory WHERE "
                                                      "customers IS NOT NULL")),
             QStringLiteral("0"));
}

void TestAssetImport::keepsWhatTheFileDoesNotGive()
{
    const QString first = test::writeFile(m_dir->filePath(QStringLiteral("first.csv")),
                                          "code,customers,poles\nA,100,7\n");
    QVERIFY(AssetImporter(*m_store).run(first, {}, RejectPolicy::RollBackOnAnyReject));
    // Other column names through --map; an empty cell keeps the stored value.
    const QString second = test::writeFile(m_dir->filePath(QStringLiteral("second.csv")),
                                           "territory,meters,poles\nA,150,\n");
    AssetImportOptions options;
    options.idField = QStringLiteral("territory");
    options.mapping.insert(QStringLiteral("customers"), QStringLiteral("meters"));
    auto outcome = AssetImporter(*m_store).run(second, options, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(test::queryText(*m_store, QStringLiteral("SELECT customers || ' ' || poles FROM "
                                                      "territory WHERE code='A'")),
             QStringLiteral("150 7"));
}

void TestAssetImport::sumsLinesOnTheEllipsoid()
{
    // Along the 38.5th parallel from -85.5 to -84.5: half in A, half in B. Written in UTM 16N by
    // ogr2ogr, with many vertices so the line follows the parallel closely.
    const QString wgs = test::writeFile(
        m_dir->filePath(QStringLiteral("lines.csv")),
        "id,WKT\n1,\"LINESTRING(-85.5 38.5,-85.25 38.5,-85 38.5,-84.75 38.5,-84.5 38.5)\"\n"
        "2,\"LINESTRING(10 10,11 11)\"\n");
    const QString utm = m_dir->filePath(QStringLiteral("lines.gpkg"));
    test::run(QStringLiteral("ogr2ogr"),
              {QStringLiteral("-s_srs"), QStringLiteral("EPSG:4326"), QStringLiteral("-t_srs"),
               QStringLiteral("EPSG:26916"), QStringLiteral("-segmentize"), QStringLiteral("500"),
               utm, wgs});
    AssetImportOptions options;
    options.lines = true;
    auto strict = AssetImporter(*m_store).run(utm, options, RejectPolicy::RollBackOnAnyReject);
    QVERIFY(strict);
    QCOMPARE(strict.value().rejected(RejectReason::OutsideTerritories), 1);
    QVERIFY(!ImportTransaction::accepts(strict.value(), RejectPolicy::RollBackOnAnyReject));

    auto outcome = AssetImporter(*m_store).run(utm, options, RejectPolicy::KeepGoing);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome.value().accepted(), 1);
    // Half a degree of longitude at 38.5 N on WGS 84 is 43.6 km.
    for (const char *code : {"A", "B"}) {
        const double km = test::queryText(*m_store, QStringLiteral("SELECT overhead_km FROM "
                                                                   "territory WHERE code='%1'")
                                                        .arg(QLatin1String(code)))
                              .toDouble();
        QVERIFY2(qAbs(km - 43.6) < 0.2,
                 qPrintable(QStringLiteral("%1: %2 km").arg(QLatin1String(code)).arg(km)));
    }
}

QTEST_GUILESS_MAIN(TestAssetImport)
#include "tst_assetimport.moc"
