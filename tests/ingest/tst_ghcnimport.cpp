// `import weather --format ghcn`: NOAA's Climate Data Online GHCN-Daily CSV into territory
// observations. The fixture tests/data/ghcn/kentucky-2023-03-02-04.csv is written in NOAA's CDO
// layout (every field quoted, *_ATTRIBUTES "M,Q,S,T"); Louisville (USW00093821) and Lexington
// (USW00093820) are real stations at their real coordinates and SDF's 79 mph gust of the
// 2023-03-03 wind storm is real; the CoCoRaHS gauge US1KYJF0035 and the other values are made
// up for the test. Territories are rectangles whose representative point is their centre.
#include "ingest/ghcnimporter.h"
#include "ingest/stationassignment.h"
#include "ingesttestsupport.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/territoryrepository.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stormcrew;
using namespace stormcrew::test;

Q_DECLARE_METATYPE(RejectReason)
Q_DECLARE_METATYPE(GhcnUnits)

namespace {

const QString kFixture = QStringLiteral(TEST_DATA_DIR "/ghcn/kentucky-2023-03-02-04.csv");

// Geodesic distances (km) from the territories' centres to the stations, computed
// independently with Vincenty's inverse formula on WGS 84 (a Python script, to 1 mm).
constexpr double kJefToSdf = 4.016737;   // (-85.70, 38.20) to (-85.7391, 38.1811)
constexpr double kJefToGauge = 3.780580; // to (-85.6597, 38.2122)
constexpr double kSheToSdf = 47.274203;  // (-85.20, 38.20)
constexpr double kSheToGauge = 40.286045;
constexpr double kSheToLex = 55.019451; // (-84.6058, 38.0408): beyond 50 km
constexpr double kFayToLex = 9.342917;  // (-84.50, 38.05)

// The fixture imported with the defaults (nearest station per value, 50 km); see nearest().
const QString kNearest =
    QStringLiteral("FAY|2023-03-02|11.220704|3.200806|11.430000|9.444444|0.000000\n"
                   "JEF|2023-03-02|12.517120|3.898189|7.112000|10.277778|0.000000\n"
                   "SHE|2023-03-02|12.517120|3.898189|7.112000|10.277778|0.000000\n"
                   "FAY|2023-03-03|30.890464|9.499600|25.908000|13.055556|0.000000\n"
                   "JEF|2023-03-03|35.316160|11.198352|35.560000|14.444444|0.000000\n"
                   "SHE|2023-03-03|35.316160|11.198352|35.560000|14.444444|0.000000\n"
                   "FAY|2023-03-04|13.902944|4.698390|0.000000|5.277778|0.000000\n"
                   "JEF|2023-03-04|16.495776|5.798109|0.000000|-|0.000000\n"
                   "SHE|2023-03-04|16.495776|5.798109|0.000000|-|0.000000");

// The CDO header of the bad-row catalogue: a subset, as an order with fewer elements gives.
const QByteArray kHeader =
    "\"STATION\",\"NAME\",\"LATITUDE\",\"LONGITUDE\",\"ELEVATION\",\"DATE\",\"AWND\","
    "\"AWND_ATTRIBUTES\",\"PRCP\",\"PRCP_ATTRIBUTES\",\"TMAX\",\"TMAX_ATTRIBUTES\",\"TMIN\","
    "\"TMIN_ATTRIBUTES\",\"WSF2\",\"WSF2_ATTRIBUTES\",\"WSF5\",\"WSF5_ATTRIBUTES\"\n";
// A good row of that header (line 2 of every catalogue file).
const QByteArray kGoodRow =
    "\"USW00093821\",\"LOUISVILLE INTERNATIONAL AIRPORT, KY US\",\"38.1811\",\"-85.7391\","
    "\"146.9\",\"2023-03-03\",\"25.05\",\",,W\",\"1.25\",\",,W,2400\",\"71\",\",,W,\",\"45\","
    "\",,W,\",\"56.1\",\",,W\",\"79.0\",\",,W\"\n";

// SDF's row of 2023-03-03 with the fields after DATE replaced.
QByteArray sdfRow(const QByteArray &date, const QByteArray &rest)
{
    return "\"USW00093821\",\"LOUISVILLE INTERNATIONAL AIRPORT, KY US\",\"38.1811\","
           "\"-85.7391\",\"146.9\",\"" +
           date + "\"," + rest + "\n";
}

} // namespace

class TestGhcnImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString freshStore(const QString &name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(m_template, copy) ? copy : QString();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    // code|day|gust|wind|precip|temp|snow per row, by day and code, '-' for NULL.
    static QString weather(Store &store, const char *where = "1", int decimals = 6)
    {
        auto stmt = sqlite::prepare(
            store.handle(),
            QStringLiteral(
                "SELECT t.code || '|' || date(w.valid_time, 'unixepoch') || '|' || "
                "iif(w.gust_ms IS NULL, '-', printf('%.%2f', w.gust_ms)) || '|' || "
                "iif(w.wind_ms IS NULL, '-', printf('%.%2f', w.wind_ms)) || '|' || "
                "iif(w.precip_mm IS NULL, '-', printf('%.%2f', w.precip_mm)) || '|' || "
                "iif(w.temp_c IS NULL, '-', printf('%.%2f', w.temp_c)) || '|' || "
                "iif(w.snow_mm IS NULL, '-', printf('%.%2f', w.snow_mm)) FROM weather w JOIN "
                "territory t ON "
                "t.id = w.territory_id WHERE w.source = 'ghcn' AND w.issued_time IS NULL AND "
                "w.valid_time % 86400 = 0 AND %1 ORDER BY w.valid_time, t.code")
                .arg(QString::fromUtf8(where))
                .arg(decimals));
        QStringList rows;
        while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW)
            rows.append(sqlite::columnText(stmt.get(), 0));
        return rows.join(QLatin1Char('\n'));
    }

    static double value(Store &store, const char *sql)
    {
        auto stmt = sqlite::prepare(store.handle(), QString::fromUtf8(sql));
        return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite3_column_double(stmt.get(), 0)
                                                              : qQNaN();
    }

    static QString failure(const Result<ImportReport> &report)
    {
        return report ? QString() : report.error().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        const auto box = [](double west, double south, double east, double north) {
            return std::vector<std::pair<double, double>>{
                {west, south}, {east, south}, {east, north}, {west, north}};
        };
        QCOMPARE(writeTerritoriesGeoPackage(
                     path(QStringLiteral("ky.gpkg")),
                     {{QStringLiteral("JEF"), QStringLiteral("Louisville metro"),
                       box(-85.95, 38.00, -85.45, 38.40)},
                      {QStringLiteral("FAY"), QStringLiteral("Lexington"),
                       box(-84.70, 37.90, -84.30, 38.20)},
                      {QStringLiteral("SHE"), QStringLiteral("Shelby, between the two"),
                       box(-85.40, 38.05, -85.00, 38.35)},
                      {QStringLiteral("PIK"), QStringLiteral("Pikeville, no station near"),
                       box(-82.80, 37.30, -82.20, 37.70)}}),
                 QString());
        m_template = path(QStringLiteral("template.sqlite"));
        auto store = Store::open(m_template, Store::Access::ReadWrite);
        QVERIFY(store);
        QCOMPARE(insertTerritories(*store.value(), path(QStringLiteral("ky.gpkg"))), QString());
    }

    void distances_data()
    {
        QTest::addColumn<QString>("territory");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("km");
        QTest::newRow("Louisville metro to SDF")
            << QStringLiteral("JEF") << -85.7391 << 38.1811 << kJefToSdf;
        QTest::newRow("Louisville metro to the rain gauge")
            << QStringLiteral("JEF") << -85.6597 << 38.2122 << kJefToGauge;
        QTest::newRow("Shelby to SDF") << QStringLiteral("SHE") << -85.7391 << 38.1811 << kSheToSdf;
        QTest::newRow("Shelby to LEX") << QStringLiteral("SHE") << -84.6058 << 38.0408 << kSheToLex;
        QTest::newRow("Lexington to LEX")
            << QStringLiteral("FAY") << -84.6058 << 38.0408 << kFayToLex;
    }

    void distances()
    {
        QFETCH(QString, territory);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, km);
        auto store = Store::open(m_template, Store::Access::ReadOnly);
        QVERIFY(store);
        auto shapes = TerritoryRepository(*store.value()).shapes();
        QVERIFY(shapes);
        for (const TerritoryShape &shape : shapes.value()) {
            if (shape.code != territory)
                continue;
            auto point = StationAssignment::representativePoint(shape.wkb);
            QVERIFY(point);
            // A rectangle's point on surface is its centre.
            const GeoPoint centre{(shape.bounds.minLon + shape.bounds.maxLon) / 2,
                                  (shape.bounds.minLat + shape.bounds.maxLat) / 2};
            QCOMPARE(point.value().lon, centre.lon);
            QCOMPARE(point.value().lat, centre.lat);
            const double measured = StationAssignment::geodesicKm(point.value(), {lon, lat});
            QVERIFY2(std::abs(measured - km) < 1e-6,
                     qPrintable(QStringLiteral("%1 km, Vincenty %2 km").arg(measured).arg(km)));
            return;
        }
        QFAIL("territory not in the store");
    }

    void inverseDistanceMeanByHand()
    {
        // Weights 1/4 and 1/16: (10 / 4 + 40 / 16) / (1 / 4 + 1 / 16) = 5 / 0.3125 = 16.
        QCOMPARE(StationAssignment::inverseDistanceMean({{10, 2}, {40, 4}}), 16.0);
        // A station on the point takes all the weight.
        QCOMPARE(StationAssignment::inverseDistanceMean({{10, 0}, {40, 4}}), 10.0);
    }

    void nearest()
    {
        auto store =
            Store::open(freshStore(QStringLiteral("nearest.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        auto report = GhcnImporter::run(*store.value(), kFixture, GhcnOptions{},
                                        RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(failure(report)));
        QCOMPARE(report.value().read(), qint64(9));
        QCOMPARE(report.value().accepted(), qint64(9));
        // Per field and day, the nearest station in 50 km that reported it. Louisville metro:
        // precipitation and snow from the gauge (3.78 km; SDF's snow on 03-02, when the gauge
        // gave none), the rest from SDF (4.02 km). Shelby: the same stations at 40 and 47 km.
        // Lexington: LEX. Pikeville: nothing within 50 km.
        // 79.0 mph * 0.44704 = 35.31616 m/s; 25.05 mph = 11.198352 m/s; 1.40 in * 25.4 = 35.56
        // mm; (71 F + 45 F) / 2 = 58 F = (58 - 32) * 5 / 9 = 14.444444 C. On 03-04 SDF's TMIN
        // failed NOAA's checks (quality flag I), so Louisville has no temperature that day.
        QCOMPARE(weather(*store.value()), kNearest);
        const QStringList notes = report.value().notes();
        QVERIFY2(notes.contains(QStringLiteral("No station within 50.0 km, nothing stored for: "
                                               "PIK")),
                 qPrintable(notes.join(QLatin1Char('\n'))));
        QVERIFY(notes.contains(QStringLiteral("9 territory-day(s) stored from 3 station(s)")));
        QVERIFY(notes.contains(
            QStringLiteral("1 value(s) failed NOAA's quality checks (quality flag set) and were "
                           "left out")));
        QVERIFY(notes.contains(
            QStringLiteral("temp_c is the mean of TMAX and TMIN; 1 station-day(s) with only one "
                           "of them have no temp_c")));
        QVERIFY(notes.contains(QStringLiteral(
            "Each value from the nearest station within 50.0 km that reported it; nearest "
            "stations: FAY (USW00093820 LEXINGTON BLUEGRASS AIRPORT, KY US, "
            "9.3 km), JEF (US1KYJF0035 LOUISVILLE 5.1 ESE, KY US, 3.8 km), SHE (US1KYJF0035 "
            "LOUISVILLE 5.1 ESE, KY US, 40.3 km)")));
    }

    void gzippedThroughOgr()
    {
        // NOAA's quoting read by OGR's CSV driver (through /vsigzip/) gives the same rows.
        const QString gz = path(QStringLiteral("kentucky.csv.gz"));
        QProcess gzip;
        gzip.setStandardOutputFile(gz);
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-c"), kFixture});
        QVERIFY(gzip.waitForFinished() && gzip.exitCode() == 0);
        auto store = Store::open(freshStore(QStringLiteral("gz.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        auto report =
            GhcnImporter::run(*store.value(), gz, GhcnOptions{}, RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(failure(report)));
        QCOMPARE(weather(*store.value()), kNearest);
    }

    void inverseDistance()
    {
        auto store =
            Store::open(freshStore(QStringLiteral("idw.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        GhcnOptions options;
        options.inverseDistance = true;
        auto report =
            GhcnImporter::run(*store.value(), kFixture, options, RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(failure(report)));
        const auto idw = [](double a, double da, double b, double db) {
            return (a / (da * da) + b / (db * db)) / (1 / (da * da) + 1 / (db * db));
        };
        // Louisville metro, 03-03: the gauge's 35.56 mm at 3.780580 km and SDF's 31.75 mm at
        // 4.016737 km: (35.56 / 14.2928 + 31.75 / 16.1342) / (1 / 14.2928 + 1 / 16.1342)
        // = 33.770288 mm. Shelby: the same two at 40.286045 and 47.274203 km = 33.957150 mm.
        const double jef = idw(35.56, kJefToGauge, 31.75, kJefToSdf);
        const double she = idw(35.56, kSheToGauge, 31.75, kSheToSdf);
        QCOMPARE(QString::number(jef, 'f', 6), QStringLiteral("33.770288"));
        QCOMPARE(QString::number(she, 'f', 6), QStringLiteral("33.957150"));
        const double storedJef =
            value(*store.value(), "SELECT precip_mm FROM weather w JOIN territory t ON t.id = "
                                  "w.territory_id WHERE t.code = 'JEF' AND w.valid_time = "
                                  "unixepoch('2023-03-03')");
        const double storedShe =
            value(*store.value(), "SELECT precip_mm FROM weather w JOIN territory t ON t.id = "
                                  "w.territory_id WHERE t.code = 'SHE' AND w.valid_time = "
                                  "unixepoch('2023-03-03')");
        // Within 1e-6 mm: the distances above are rounded to 1 mm.
        QVERIFY2(std::abs(storedJef - jef) < 1e-6, qPrintable(QString::number(storedJef, 'g', 17)));
        QVERIFY2(std::abs(storedShe - she) < 1e-6, qPrintable(QString::number(storedShe, 'g', 17)));
        // Only SDF measures wind within 50 km of Shelby and Louisville: its values stand alone.
        // Lexington has LEX alone. The gauge gave no snow on 03-02: SDF's 0 mm stands.
        QCOMPARE(weather(*store.value(), "date(w.valid_time, 'unixepoch') = '2023-03-03'", 5),
                 QStringLiteral("FAY|2023-03-03|30.89046|9.49960|25.90800|13.05556|0.00000\n"
                                "JEF|2023-03-03|35.31616|11.19835|33.77029|14.44444|0.00000\n"
                                "SHE|2023-03-03|35.31616|11.19835|33.95715|14.44444|0.00000"));
        QVERIFY(report.value().notes().contains(QStringLiteral(
            "Stations within 50.0 km, weighted by 1/distance^2: FAY (1 station(s), nearest "
            "USW00093820 at 9.3 km), JEF (2 station(s), nearest US1KYJF0035 at 3.8 km), SHE (2 "
            "station(s), nearest US1KYJF0035 at 40.3 km)")));
    }

    void units_data()
    {
        QTest::addColumn<GhcnUnits>("units");
        QTest::addColumn<QByteArray>("values"); // AWND, PRCP, SNOW, TMAX, TMIN, WSF5
        QTest::addColumn<QString>("stored");    // gust|wind|precip|temp|snow
        QTest::newRow("standard: mph, inches, degrees F")
            << GhcnUnits::Standard
            << QByteArray("\"25.05\",\"1.25\",\"0.5\",\"71\",\"45\",\"79.0\"")
            << QStringLiteral("35.316160|11.198352|31.750000|14.444444|12.700000");
        QTest::newRow("metric: m/s, mm, degrees C")
            << GhcnUnits::Metric << QByteArray("\"11.2\",\"31.8\",\"13\",\"21.7\",\"7.2\",\"35.3\"")
            << QStringLiteral("35.300000|11.200000|31.800000|14.450000|13.000000");
        QTest::newRow("tenths: raw GHCN-Daily (SNOW in whole mm)")
            << GhcnUnits::Tenths << QByteArray("\"112\",\"318\",\"13\",\"217\",\"72\",\"353\"")
            << QStringLiteral("35.300000|11.200000|31.800000|14.450000|13.000000");
    }

    void units()
    {
        QFETCH(GhcnUnits, units);
        QFETCH(QByteArray, values);
        QFETCH(QString, stored);
        const QString csv = writeFile(
            QStringLiteral("units.csv"),
            "\"STATION\",\"NAME\",\"LATITUDE\",\"LONGITUDE\",\"DATE\",\"AWND\",\"PRCP\",\"SNOW\","
            "\"TMAX\",\"TMIN\",\"WSF5\"\n"
            "\"USW00093820\",\"LEXINGTON BLUEGRASS AIRPORT, KY US\",\"38.0408\",\"-84.6058\","
            "\"2023-03-03\"," +
                values + "\n");
        auto store =
            Store::open(freshStore(QStringLiteral("units.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        GhcnOptions options;
        options.units = units;
        auto report =
            GhcnImporter::run(*store.value(), csv, options, RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(failure(report)));
        QCOMPARE(weather(*store.value(), "t.code = 'FAY'"),
                 QStringLiteral("FAY|2023-03-03|") + stored);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("row"); // line 3, after kGoodRow
        QTest::addColumn<RejectReason>("reason");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        // AWND, PRCP, TMAX, TMIN, WSF2, WSF5 with their attributes, after DATE.
        const QByteArray good = "\"25.05\",\",,W\",\"1.25\",\",,W,2400\",\"71\",\",,W,\",\"45\","
                                "\",,W,\",\"56.1\",\",,W\",\"79.0\",\",,W\"";
        QTest::newRow("no station")
            << QByteArray("\"\",\"\",\"38.1811\",\"-85.7391\",\"146.9\",\"2023-03-04\"," + good +
                          "\n")
            << RejectReason::Missing << QStringLiteral("STATION") << QStringLiteral("no station");
        QTest::newRow("no date") << sdfRow("", good) << RejectReason::Missing
                                 << QStringLiteral("DATE") << QStringLiteral("no date");
        QTest::newRow("US date order")
            << sdfRow("03/04/2023", good) << RejectReason::BadTime << QStringLiteral("DATE")
            << QStringLiteral("'03/04/2023' is not a date; NOAA writes dates as yyyy-mm-dd");
        QTest::newRow("latitude beyond the pole")
            << QByteArray("\"USW00093821\",\"LOUISVILLE\",\"138.1811\",\"-85.7391\",\"146.9\","
                          "\"2023-03-04\"," +
                          good + "\n")
            << RejectReason::BadGeometry << QStringLiteral("LATITUDE")
            << QStringLiteral("latitude 138.1811 is outside -90..90");
        QTest::newRow("no longitude")
            << QByteArray("\"USW00093821\",\"LOUISVILLE\",\"38.1811\",\"\",\"146.9\","
                          "\"2023-03-04\"," +
                          good + "\n")
            << RejectReason::Missing << QStringLiteral("LONGITUDE")
            << QStringLiteral("no longitude");
        QTest::newRow("latitude in degrees and minutes")
            << QByteArray("\"USW00093821\",\"LOUISVILLE\",\"38 10.9N\",\"-85.7391\",\"146.9\","
                          "\"2023-03-04\"," +
                          good + "\n")
            << RejectReason::NotANumber << QStringLiteral("LATITUDE")
            << QStringLiteral("'38 10.9N' is not a number");
        QTest::newRow("gust with its unit")
            << sdfRow("2023-03-04", "\"25.05\",\",,W\",\"1.25\",\",,W,2400\",\"71\",\",,W,\","
                                    "\"45\",\",,W,\",\"56.1\",\",,W\",\"79 mph\",\",,W\"")
            << RejectReason::NotANumber << QStringLiteral("WSF5")
            << QStringLiteral("'79 mph' is not a number");
        QTest::newRow("5-second gust below the average wind")
            << sdfRow("2023-03-04", "\"25.05\",\",,W\",\"1.25\",\",,W,2400\",\"71\",\",,W,\","
                                    "\"45\",\",,W,\",\"19.9\",\",,W\",\"20.0\",\",,W\"")
            << RejectReason::Impossible << QStringLiteral("WSF5")
            << QStringLiteral("WSF5 20.0 mph is below the average wind AWND 25.05 mph");
        QTest::newRow("2-minute gust below the average wind, no WSF5")
            << sdfRow("2023-03-04", "\"25.05\",\",,W\",\"1.25\",\",,W,2400\",\"71\",\",,W,\","
                                    "\"45\",\",,W,\",\"19.9\",\",,W\",\"\",\"\"")
            << RejectReason::Impossible << QStringLiteral("WSF2")
            << QStringLiteral("WSF2 19.9 mph is below the average wind AWND 25.05 mph");
        QTest::newRow("negative precipitation")
            << sdfRow("2023-03-04", "\"25.05\",\",,W\",\"-0.50\",\",,W,2400\",\"71\",\",,W,\","
                                    "\"45\",\",,W,\",\"56.1\",\",,W\",\"79.0\",\",,W\"")
            << RejectReason::Impossible << QStringLiteral("PRCP")
            << QStringLiteral("-0.50 in = -12.7 mm is negative");
        QTest::newRow("maximum below minimum temperature")
            << sdfRow("2023-03-04", "\"25.05\",\",,W\",\"1.25\",\",,W,2400\",\"40\",\",,W,\","
                                    "\"45\",\",,W,\",\"56.1\",\",,W\",\"79.0\",\",,W\"")
            << RejectReason::Impossible << QStringLiteral("TMAX")
            << QStringLiteral("TMAX 40 F is below TMIN 45 F");
        QTest::newRow("the same station and day twice")
            << sdfRow("2023-03-03", good) << RejectReason::Duplicate << QStringLiteral("DATE")
            << QStringLiteral("station USW00093821 already has a row for 2023-03-03 (line 2)");
    }

    void rejected()
    {
        QFETCH(QByteArray, row);
        QFETCH(RejectReason, reason);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString csv = writeFile(QStringLiteral("bad.csv"), kHeader + kGoodRow + row);
        const QString storePath = freshStore(QStringLiteral("bad.sqlite"));
        const QByteArray before = sha256(storePath);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            auto refused = GhcnImporter::run(*store.value(), csv, GhcnOptions{},
                                             RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!refused);
            QCOMPARE(refused.error().message,
                     QStringLiteral("1 row(s) rejected, nothing imported; fix the input or use "
                                    "--keep-going"));
        }
        QCOMPARE(sha256(storePath), before);

        auto store = Store::open(storePath, Store::Access::ReadWrite);
        QVERIFY(store);
        auto report =
            GhcnImporter::run(*store.value(), csv, GhcnOptions{}, RejectPolicy::KeepGoing);
        QVERIFY2(report, qPrintable(failure(report)));
        QCOMPARE(report.value().read(), qint64(2));
        QCOMPARE(report.value().accepted(), qint64(1));
        QCOMPARE(report.value().rejected(reason), qint64(1));
        const Error &first = report.value().samples(reason).front();
        QCOMPARE(first.message, message);
        QCOMPARE(first.line, qint64(3));
        QCOMPARE(first.field, field);
        QCOMPARE(first.file, csv);
    }

    void emptyValuesAreMissingNotErrors()
    {
        const QString csv = writeFile(
            QStringLiteral("empty.csv"),
            kHeader + sdfRow("2023-03-03", "\"\",\"\",\"1.25\",\",,W,2400\",\"\",\"\",\"\","
                                           "\"\",\"\",\"\",\"\",\"\""));
        auto store =
            Store::open(freshStore(QStringLiteral("empty.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        auto report = GhcnImporter::run(*store.value(), csv, GhcnOptions{},
                                        RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(failure(report)));
        QCOMPARE(weather(*store.value(), "t.code = 'JEF'"),
                 QStringLiteral("JEF|2023-03-03|-|-|31.750000|-|-"));
    }

    void refusedLeavesStoreUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<double>("maxKm");
        QTest::addColumn<QString>("message");
        QTest::newRow("no station within 1 km of any territory")
            << kHeader + kGoodRow << 1.0
            << QStringLiteral("no station lies within 1.0 km of any territory; raise "
                              "--max-distance-km or check the stations' coordinates");
        QTest::newRow("no coordinates in the order")
            << QByteArray("\"STATION\",\"NAME\",\"DATE\",\"PRCP\"\n\"USW00093821\",\"LOUISVILLE\","
                          "\"2023-03-03\",\"1.25\"\n")
            << 50.0
            << QStringLiteral("has no column 'LATITUDE' (columns: STATION, NAME, DATE, PRCP); "
                              "order NOAA's GHCN-Daily CSV with the station name and the "
                              "geographic location included");
        QTest::newRow("no element Stormcrew reads")
            << QByteArray("\"STATION\",\"NAME\",\"LATITUDE\",\"LONGITUDE\",\"DATE\",\"SNWD\"\n")
            << 50.0
            << QStringLiteral("has none of the GHCN-Daily elements AWND, WSF2, WSF5, PRCP, SNOW, "
                              "TMAX, TMIN (columns: STATION, NAME, LATITUDE, LONGITUDE, DATE, "
                              "SNWD)");
        QTest::newRow("header only")
            << kHeader << 50.0 << QStringLiteral("has a header but no rows");
    }

    void refusedLeavesStoreUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(double, maxKm);
        QFETCH(QString, message);
        const QString csv = writeFile(QStringLiteral("refused.csv"), content);
        const QString storePath = freshStore(QStringLiteral("refused.sqlite"));
        const QByteArray before = sha256(storePath);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            GhcnOptions options;
            options.maxDistanceKm = maxKm;
            auto report =
                GhcnImporter::run(*store.value(), csv, options, RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!report);
            QCOMPARE(report.error().message, message);
        }
        QCOMPARE(sha256(storePath), before);
    }

    void secondImportIsDuplicate()
    {
        auto store =
            Store::open(freshStore(QStringLiteral("twice.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        auto first = GhcnImporter::run(*store.value(), kFixture, GhcnOptions{},
                                       RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(first, qPrintable(failure(first)));
        auto strict = GhcnImporter::run(*store.value(), kFixture, GhcnOptions{},
                                        RejectPolicy::RollBackOnAnyReject);
        QVERIFY(!strict);
        QCOMPARE(strict.error().message,
                 QStringLiteral("9 row(s) rejected, nothing imported; fix the input or use "
                                "--keep-going"));
        auto lenient =
            GhcnImporter::run(*store.value(), kFixture, GhcnOptions{}, RejectPolicy::KeepGoing);
        QVERIFY(!lenient);
        QCOMPARE(lenient.error().message,
                 QStringLiteral("nothing new: the store already holds ghcn weather for every "
                                "territory and day of this file"));
    }

    void partlyInTheStore()
    {
        // Lexington's 2023-03-02 first; then the whole file keeps the other eight rows.
        QFile fixture(kFixture);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = fixture.readAll().split('\n');
        const QString lexFirstDay =
            writeFile(QStringLiteral("lex.csv"), lines[0] + '\n' + lines[4] + '\n');
        auto store =
            Store::open(freshStore(QStringLiteral("partly.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        QVERIFY(GhcnImporter::run(*store.value(), lexFirstDay, GhcnOptions{},
                                  RejectPolicy::RollBackOnAnyReject));
        auto report =
            GhcnImporter::run(*store.value(), kFixture, GhcnOptions{}, RejectPolicy::KeepGoing);
        QVERIFY2(report, qPrintable(failure(report)));
        QCOMPARE(report.value().rejected(RejectReason::Duplicate), qint64(1));
        const Error &duplicate = report.value().samples(RejectReason::Duplicate).front();
        QCOMPARE(duplicate.message,
                 QStringLiteral("territory FAY already has ghcn weather for 2023-03-02 in the "
                                "store"));
        QCOMPARE(duplicate.line, qint64(5)); // LEX's row of that day
        QVERIFY(report.value().notes().contains(
            QStringLiteral("8 territory-day(s) stored from 3 station(s)")));
    }
};

QTEST_GUILESS_MAIN(TestGhcnImport)
#include "tst_ghcnimport.moc"
