// Outage incidents: times to Unix seconds UTC, point-in-polygon assignment, the fallback to a
// territory code, the reject reasons, and the all-or-nothing policy.
#include "testsupport.h"

#include "ingest/incidentimporter.h"
#include "ingest/territoryimporter.h"
#include "ingest/territoryindex.h"
#include "ingest/timeparser.h"
#include "store/territoryrepository.h"

#include <QTemporaryDir>

using namespace stormcrew;

namespace {
const QByteArray kSquares = "code,name,WKT\n"
                            "A,West,\"POLYGON((-86 38,-85 38,-85 39,-86 39,-86 38))\"\n"
                            "B,East,\"POLYGON((-85 38,-84 38,-84 39,-85 39,-85 38))\"\n";
} // namespace

class TestIncidentImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }
    void init();
    void cleanup() { m_store.reset(); }
    void parsesTimes_data();
    void parsesTimes();
    void locatesPoints_data();
    void locatesPoints();
    void importsAndRejects_data();
    void importsAndRejects();
    void keepGoingKeepsTheGoodRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestIncidentImport::init()
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

void TestIncidentImport::parsesTimes_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utc"); // -1: refused
    QTest::addColumn<QString>("message");
    // 2023-03-03T18:05:00Z is 1677866700.
    QTest::newRow("UTC with Z") << QString() << QStringLiteral("2023-03-03T18:05:00Z")
                                << qint64(1677866700) << QString();
    QTest::newRow("offset -05:00") << QString() << QStringLiteral("2023-03-03T13:05:00-05:00")
                                   << qint64(1677866700) << QString();
    QTest::newRow("space instead of T, with zone")
        << QString() << QStringLiteral("2023-03-03 18:05:00Z") << qint64(1677866700) << QString();
    QTest::newRow("naive time in America/New_York (EST)")
        << QStringLiteral("America/New_York") << QStringLiteral("2023-03-03 13:05")
        << qint64(1677866700) << QString();
    QTest::newRow("naive time in summer (EDT)")
        << QStringLiteral("America/New_York") << QStringLiteral("2023-07-01T12:00:00")
        << qint64(1688227200) << QString();
    QTest::newRow("naive time without --timezone")
        << QString() << QStringLiteral("2023-03-03 13:05") << qint64(-1)
        << QStringLiteral("'2023-03-03 13:05' has no time zone; add Z or an offset, or give "
                          "--timezone");
    QTest::newRow("spring-forward gap")
        << QStringLiteral("America/New_York") << QStringLiteral("2023-03-12 02:30") << qint64(-1)
        << QStringLiteral("'2023-03-12 02:30' does not exist in America/New_York (the clocks "
                          "jumped forward)");
    QTest::newRow("autumn overlap")
        << QStringLiteral("America/New_York") << QStringLiteral("2023-11-05 01:30") << qint64(-1)
        << QStringLiteral("'2023-11-05 01:30' happens twice in America/New_York (the clocks went "
                          "back); add an offset");
    QTest::newRow("not a time") << QString() << QStringLiteral("yesterday") << qint64(-1)
                                << QStringLiteral("'yesterday' is not an ISO 8601 time such as "
                                                  "2023-03-03T18:05:00Z");
}

void TestIncidentImport::parsesTimes()
{
    QFETCH(QString, zone);
    QFETCH(QString, text);
    QFETCH(qint64, utc);
    QFETCH(QString, message);
    TimeParser parser;
    if (!zone.isEmpty()) {
        auto named = TimeParser::zone(zone);
        QVERIFY(named);
        parser = TimeParser(named.value());
    }
    const auto parsed = parser.parse(text);
    if (utc >= 0) {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed.value(), utc);
    } else {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
    }
}

void TestIncidentImport::locatesPoints_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("code");
    QTest::newRow("inside West") << -85.5 << 38.5 << QStringLiteral("A");
    QTest::newRow("inside East") << -84.2 << 38.9 << QStringLiteral("B");
    QTest::newRow("on the shared border: first by code") << -85.0 << 38.5 << QStringLiteral("A");
    QTest::newRow("north of both") << -85.5 << 39.5 << QString();
    QTest::newRow("far away") << 2.35 << 48.85 << QString();
}

void TestIncidentImport::locatesPoints()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, code);
    auto shapes = TerritoryRepository(*m_store).shapes();
    QVERIFY(shapes);
    for (const auto lookup : {TerritoryIndex::Lookup::Grid, TerritoryIndex::Lookup::LinearScan}) {
        auto index = TerritoryIndex::build(shapes.value(), lookup);
        QVERIFY(index);
        const auto found = index.value()->locate(lon, lat);
        QString foundCode;
        for (const auto &shape : shapes.value()) {
            if (found && shape.id == *found)
                foundCode = shape.code;
        }
        QCOMPARE(foundCode, code);
    }
}

void TestIncidentImport::importsAndRejects_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("good row, located in West")
        << QByteArray("1,2023-03-03T18:05:00Z,2023-03-04T02:00:00Z,42,Trees,38.5,-85.5,")
        << QString() << QString();
    QTest::newRow("no coordinates, territory code B")
        << QByteArray("1,2023-03-03T18:05:00Z,,42,Trees,,,B") << QString() << QString();
    QTest::newRow("no coordinates and no code")
        << QByteArray("1,2023-03-03T18:05:00Z,,42,Trees,,,") << QStringLiteral("missing")
        << QStringLiteral("line 2, field lat: no coordinates and no territory code");
    QTest::newRow("unknown territory code")
        << QByteArray("1,2023-03-03T18:05:00Z,,42,Trees,,,Z") << QStringLiteral("unknown_territory")
        << QStringLiteral("line 2, field territory: territory 'Z' is not in the store");
    QTest::newRow("outside every territory")
        << QByteArray("1,2023-03-03T18:05:00Z,,42,Trees,48.85,2.35,")
        << QStringLiteral("outside_territories")
        << QStringLiteral("line 2, field lat: 2.35, 48.85 (lon, lat) lies in no territory");
    QTest::newRow("restored before it started")
        << QByteArray("1,2023-03-03T18:05:00Z,2023-03-03T17:00:00Z,42,Trees,38.5,-85.5,")
        << QStringLiteral("impossible")
        << QStringLiteral("line 2, field end: restored (2023-03-03T17:00:00Z) before it started "
                          "(2023-03-03T18:05:00Z)");
    QTest::newRow("negative customers")
        << QByteArray("1,2023-03-03T18:05:00Z,,-3,Trees,38.5,-85.5,")
        << QStringLiteral("impossible")
        << QStringLiteral("line 2, field customers: -3 customers is impossible");
    QTest::newRow("customers not a number")
        << QByteArray("1,2023-03-03T18:05:00Z,,n/a,Trees,38.5,-85.5,")
        << QStringLiteral("not_a_number")
        << QStringLiteral("line 2, field customers: 'n/a' is not a whole number");
    QTest::newRow("latitude out of range")
        << QByteArray("1,2023-03-03T18:05:00Z,,3,Trees,138.5,-85.5,")
        << QStringLiteral("impossible")
        << QStringLiteral("line 2, field lat: -85.5, 138.5 is not a longitude, latitude in "
                          "degrees");
    QTest::newRow("naive time") << QByteArray("1,2023-03-03 18:05,,3,Trees,38.5,-85.5,")
                                << QStringLiteral("bad_time")
                                << QStringLiteral("line 2, field start: '2023-03-03 18:05' has no "
                                                  "time zone; add Z or an offset, or give "
                                                  "--timezone");
    QTest::newRow("duplicate id") << QByteArray("1,2023-03-03T18:05:00Z,,3,Trees,38.5,-85.5,\n"
                                                "1,2023-03-03T19:05:00Z,,3,Trees,38.5,-85.5,")
                                  << QStringLiteral("duplicate")
                                  << QStringLiteral(
                                         "line 3, field id: incident 1 appears more than once");
}

void TestIncidentImport::importsAndRejects()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const QString file =
        test::writeFile(m_dir->filePath(QStringLiteral("incidents.csv")),
                        "id,start,end,customers,cause,lat,lon,territory\n" + row + '\n');
    auto outcome = IncidentImporter(*m_store).run(file, {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    const ImportReport &report = outcome.value();
    if (reason.isEmpty()) {
        QCOMPARE(report.accepted(), 1);
        QCOMPARE(m_store->rowCount(QStringLiteral("incident")), 1);
        QCOMPARE(test::queryText(*m_store, QStringLiteral("SELECT start_time FROM incident")),
                 QStringLiteral("1677866700"));
        return;
    }
    QCOMPARE(report.rejected(), 1);
    QCOMPARE(report
                 .samples(RejectReason([&] {
                     for (int r = 0; r < RejectReasonCount; ++r) {
                         if (ImportReport::reasonKey(RejectReason(r)) == reason)
                             return r;
                     }
                     return 0;
                 }()))
                 .front()
                 .toString(),
             file + QLatin1Char(' ') + message);
    QCOMPARE(m_store->rowCount(QStringLiteral("incident")), 0);
}

void TestIncidentImport::keepGoingKeepsTheGoodRows()
{
    // The Kentucky log's own column names, mapped as docs/data-formats.md says.
    const QString file = test::writeFile(
        m_dir->filePath(QStringLiteral("log.csv")),
        "incident_id,start_time_utc,first_seen_utc,last_seen_utc,max_customers_affected,"
        "number_out,cause,lat,lon,county_fips,county_name\n"
        "10,,2023-03-03T18:05:00Z,2023-03-04T01:00:00Z,120,1,Trees or limbs in lines,38.5,-85.5,"
        "A,West\n"
        "11,,2023-03-03T18:35:00Z,2023-03-03T20:00:00Z,0,0,Working to determine cause,,,B,East\n"
        "12,,2023-03-03T19:00:00Z,2023-03-03T21:00:00Z,4,1,Weather-related,,,,\n");
    IncidentImportOptions options;
    options.mapping = {{QStringLiteral("id"), QStringLiteral("incident_id")},
                       {QStringLiteral("start"), QStringLiteral("first_seen_utc")},
                       {QStringLiteral("end"), QStringLiteral("last_seen_utc")},
                       {QStringLiteral("customers"), QStringLiteral("max_customers_affected")},
                       {QStringLiteral("territory"), QStringLiteral("county_fips")}};
    auto strict = IncidentImporter(*m_store).run(file, options, RejectPolicy::RollBackOnAnyReject);
    QVERIFY(strict);
    QCOMPARE(m_store->rowCount(QStringLiteral("incident")), 0);

    auto outcome = IncidentImporter(*m_store).run(file, options, RejectPolicy::KeepGoing);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome.value().read(), 3);
    QCOMPARE(outcome.value().accepted(), 2);
    QCOMPARE(outcome.value().rejected(RejectReason::Missing), 1);
    QCOMPARE(test::queryText(*m_store,
                             QStringLiteral("SELECT group_concat(i.external_id || '=' || t.code || "
                                            "'/' || (i.end_time - i.start_time), ' ') FROM "
                                            "incident i JOIN territory t ON t.id = i.territory_id "
                                            "ORDER BY i.external_id")),
             QStringLiteral("10=A/24900 11=B/5100"));
    QCOMPARE(m_store->rowCount(QStringLiteral("import_log")), 2); // territories + incidents
}

QTEST_GUILESS_MAIN(TestIncidentImport)
#include "tst_incidentimport.moc"
