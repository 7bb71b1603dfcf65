// `import weather`: per-territory CSV (validation, units, time zones) and gridded GRIB2 / NetCDF
// fields made by gdal_translate. Every refused file leaves the store byte-identical.
#include "ingest/gridweatherimporter.h"
#include "ingest/weathercsvimporter.h"
#include "ingesttestsupport.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stormcrew;
using namespace stormcrew::test;

Q_DECLARE_METATYPE(RejectReason)

class TestWeatherImport : public QObject {
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

    static QString query(Store &store, const char *sql)
    {
        auto stmt = sqlite::prepare(store.handle(), QString::fromUtf8(sql));
        QStringList rows;
        while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW) {
            QStringList cells;
            for (int i = 0; i < sqlite3_column_count(stmt.get()); ++i)
                cells.append(sqlite::columnText(stmt.get(), i));
            rows.append(cells.join(QLatin1Char('|')));
        }
        return rows.join(QLatin1Char(';'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        QCOMPARE(writeTerritoriesGeoPackage(
                     path(QStringLiteral("t.gpkg")),
                     {{QStringLiteral("X"),
                       QStringLiteral("Inside one grid cell"),
                       {{-85.9, 37.1}, {-85.1, 37.1}, {-85.1, 37.9}, {-85.9, 37.9}}},
                      {QStringLiteral("Y"),
                       QStringLiteral("Across two cells"),
                       {{-84.5, 36.2}, {-83.5, 36.2}, {-83.5, 36.8}, {-84.5, 36.8}}}}),
                 QString());
        m_template = path(QStringLiteral("template.sqlite"));
        auto store = Store::open(m_template, Store::Access::ReadWrite);
        QVERIFY(store);
        QCOMPARE(insertTerritories(*store.value(), path(QStringLiteral("t.gpkg"))), QString());
    }

    void csvAccepted()
    {
        auto store = Store::open(freshStore(QStringLiteral("ok.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        const QString csv = writeFile(QStringLiteral("ok.csv"),
                                      "territory,valid_time,issued_time,Gust,wind_ms,precip_mm\n"
                                      "X,2023-03-03T14:00:00Z,,50,10,0.5\n"
                                      "X,2023-03-03 09:00,2023-03-02T12:00:00-05:00,45,\"12\",\n"
                                      "Y,2023-03-03T15:00:00+01:00,,,,1\n");
        WeatherCsvOptions options;
        options.columns.insert(QStringLiteral("gust_ms"), QStringLiteral("Gust"));
        options.units.insert(WeatherField::Gust, QStringLiteral("mph"));
        options.units.insert(WeatherField::Precip, QStringLiteral("in"));
        options.zone = QTimeZone("America/New_York");
        auto report = WeatherCsvImporter::run(*store.value(), csv, options,
                                              RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report.value().accepted(), qint64(3));
        // 50 mph = 22.352 m/s; 09:00 EST = 14:00 UTC; 0.5 in = 12.7 mm.
        QCOMPARE(query(*store.value(),
                       "SELECT t.code, w.valid_time, ifnull(w.issued_time, '-'), "
                       "round(w.gust_ms, 3), w.wind_ms, w.precip_mm FROM weather w JOIN "
                       "territory t ON t.id = w.territory_id ORDER BY w.id"),
                 QStringLiteral("X|1677852000|-|22.352|10.0|12.7;X|1677852000|1677776400|20.117|"
                                "12.0|;Y|1677852000|-|||25.4"));
    }

    void csvRejected_data()
    {
        QTest::addColumn<QByteArray>("rows"); // after the header
        QTest::addColumn<QString>("zone");
        QTest::addColumn<RejectReason>("reason");
        QTest::addColumn<qint64>("line"); // line 2 is a good row of territory Y
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("gust below sustained wind")
            << QByteArray("X,2023-03-03T14:00:00Z,,10,12\n") << QString()
            << RejectReason::Impossible << qint64(3) << QStringLiteral("gust_ms")
            << QStringLiteral("gust 10 m/s is below the sustained wind 12 m/s");
        QTest::newRow("not a number")
            << QByteArray("X,2023-03-03T14:00:00Z,,n/a,12\n") << QString()
            << RejectReason::NotANumber << qint64(3) << QStringLiteral("gust_ms")
            << QStringLiteral("'n/a' is not a number");
        QTest::newRow("negative precipitation")
            << QByteArray("X,2023-03-03T14:00:00Z,,,,-1\n") << QString() << RejectReason::Impossible
            << qint64(3) << QStringLiteral("precip_mm") << QStringLiteral("-1 mm is negative");
        QTest::newRow("huge gust")
            << QByteArray("X,2023-03-03T14:00:00Z,,500,\n") << QString() << RejectReason::Impossible
            << qint64(3) << QStringLiteral("gust_ms")
            << QStringLiteral("500 m/s is beyond any wind ever measured (113 m/s)");
        QTest::newRow("unknown territory")
            << QByteArray("ZZ,2023-03-03T14:00:00Z,,20,10\n") << QString()
            << RejectReason::UnknownTerritory << qint64(3) << QStringLiteral("territory")
            << QStringLiteral("'ZZ' is not a territory in the store");
        QTest::newRow("naive time without --timezone")
            << QByteArray("X,2023-03-03 14:00,,20,10\n") << QString() << RejectReason::BadTime
            << qint64(3) << QStringLiteral("valid_time")
            << QStringLiteral("'2023-03-03 14:00' has no UTC offset; add Z or +hh:mm, or give "
                              "--timezone (e.g. America/New_York)");
        QTest::newRow("time repeated by the fall-back hour in New York")
            << QByteArray("X,2023-11-05 01:30,,20,10\n") << QStringLiteral("America/New_York")
            << RejectReason::BadTime << qint64(3) << QStringLiteral("valid_time")
            << QStringLiteral("'2023-11-05 01:30' is ambiguous in America/New_York (the clocks "
                              "repeat that hour); give the UTC offset");
        QTest::newRow("time skipped by the spring-forward hour in New York")
            << QByteArray("X,2023-03-12 02:30,,20,10\n") << QStringLiteral("America/New_York")
            << RejectReason::BadTime << qint64(3) << QStringLiteral("valid_time")
            << QStringLiteral("'2023-03-12 02:30' does not exist in America/New_York (the clocks "
                              "skip that hour)");
        QTest::newRow("February 30th")
            << QByteArray("X,2023-02-30T14:00:00Z,,20,10\n") << QString() << RejectReason::BadTime
            << qint64(3) << QStringLiteral("valid_time")
            << QStringLiteral("'2023-02-30T14:00:00Z' is not a time; write ISO 8601 such as "
                              "2023-03-03T14:00:00Z");
        QTest::newRow("the same row twice")
            << QByteArray("X,2023-03-03T14:00:00Z,,20,10\nX,2023-03-03T15:00:00+01:00,,21,10\n")
            << QString() << RejectReason::Duplicate << qint64(4) << QStringLiteral("valid_time")
            << QStringLiteral("territory X already has csv weather for this valid and issued "
                              "time (earlier in the file or in the store)");
    }

    void csvRejected()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, zone);
        QFETCH(RejectReason, reason);
        QFETCH(qint64, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString storePath = freshStore(QStringLiteral("rejected.sqlite"));
        const QString csv = writeFile(QStringLiteral("rejected.csv"),
                                      "territory,valid_time,issued_time,gust_ms,wind_ms,precip_mm\n"
                                      "Y,2023-03-03T14:00:00Z,,20,10,0\n" +
                                          rows);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            WeatherCsvOptions options;
            if (!zone.isEmpty())
                options.zone = QTimeZone(zone.toUtf8());
            ImportReport seen(QStringLiteral("weather"), csv);
            // Keep going to read the report; then the all-or-nothing default on a fresh copy.
            auto report =
                WeatherCsvImporter::run(*store.value(), csv, options, RejectPolicy::KeepGoing);
            if (report)
                seen = report.value();
            auto strict =
                Store::open(freshStore(QStringLiteral("strict.sqlite")), Store::Access::ReadWrite);
            auto refused = WeatherCsvImporter::run(*strict.value(), csv, options,
                                                   RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!refused);
            QCOMPARE(refused.error().message,
                     QStringLiteral("1 row(s) rejected, nothing imported; fix the input or use "
                                    "--keep-going"));
            QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
            QCOMPARE(report.value().accepted(), qint64(1 + rows.count('\n') - 1));
            QCOMPARE(seen.rejected(reason), qint64(1));
            const Error &first = seen.samples(reason).front();
            QCOMPARE(first.message, message);
            QCOMPARE(first.line, line);
            QCOMPARE(first.field, field);
        }
    }

    void csvRefusedLeavesStoreUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("gust below wind, all or nothing")
            << QByteArray("territory,valid_time,gust_ms,wind_ms\nX,2023-03-03T14:00:00Z,10,12\n")
            << QStringLiteral("1 row(s) rejected, nothing imported; fix the input or use "
                              "--keep-going");
        QTest::newRow("Latin-1 territory name")
            << QByteArray("territory,valid_time,gust_ms\nCa\xf1on,2023-03-03T14:00:00Z,20\n")
            << QStringLiteral("is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 "
                              "-t UTF-8 in.csv > out.csv");
        QTest::newRow("no time column")
            << QByteArray("territory,when,gust_ms\nX,2023-03-03T14:00:00Z,20\n")
            << QStringLiteral("has no column 'valid_time' (columns: territory, when, gust_ms); "
                              "name the right one with --map valid_time=COLUMN");
        QTest::newRow("header only") << QByteArray("territory,valid_time,gust_ms\n")
                                     << QStringLiteral("has a header but no rows");
    }

    void csvRefusedLeavesStoreUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString storePath = freshStore(QStringLiteral("untouched.sqlite"));
        const QByteArray before = sha256(storePath);
        const QString csv = writeFile(QStringLiteral("refused.csv"), content);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            auto report = WeatherCsvImporter::run(*store.value(), csv, WeatherCsvOptions{},
                                                  RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!report);
            QCOMPARE(report.error().message, message);
        }
        QCOMPARE(sha256(storePath), before);
    }

    void bulkLoadMatchesIndexedInsert()
    {
        // The same two imports with the unique index kept and with it dropped and rebuilt:
        // the same report (duplicates in the file and in the store found alike), the same rows,
        // and the index back as it was.
        const QString first = writeFile(QStringLiteral("bulk1.csv"),
                                        "territory,valid_time,issued_time,gust_ms\n"
                                        "X,2023-03-03T14:00:00Z,,20\n"
                                        "Y,2023-03-03T14:00:00Z,2023-03-03T00:00:00Z,21\n");
        const QString second = writeFile(QStringLiteral("bulk2.csv"),
                                         "territory,valid_time,issued_time,gust_ms\n"
                                         "X,2023-03-03T15:00:00Z,,22\n"
                                         "X,2023-03-03T14:00:00Z,,23\n"
                                         "Y,2023-03-03T14:00:00Z,,24\n"
                                         "Y,2023-03-03T14:00:00Z,2023-03-03T00:00:00Z,25\n"
                                         "X,2023-03-03T16:00:00+01:00,,26\n");
        QStringList outcomes;
        for (const auto bulk : {WeatherCsvOptions::Bulk::Never, WeatherCsvOptions::Bulk::Always}) {
            auto store =
                Store::open(freshStore(QStringLiteral("bulk.sqlite")), Store::Access::ReadWrite);
            QVERIFY(store);
            WeatherCsvOptions options;
            options.bulk = bulk;
            QVERIFY(WeatherCsvImporter::run(*store.value(), first, options,
                                            RejectPolicy::RollBackOnAnyReject));
            auto report =
                WeatherCsvImporter::run(*store.value(), second, options, RejectPolicy::KeepGoing);
            QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
            QStringList lines;
            for (const Error &e : report.value().samples(RejectReason::Duplicate))
                lines.append(QString::number(e.line));
            outcomes.append(
                QStringLiteral("accepted %1, duplicates on lines %2; rows %3; index %4; foreign "
                               "keys %5")
                    .arg(report.value().accepted())
                    .arg(lines.join(QLatin1Char(',')),
                         query(*store.value(),
                               "SELECT t.code, w.valid_time, ifnull(w.issued_time, '-'), "
                               "w.gust_ms FROM weather w JOIN territory t ON t.id = "
                               "w.territory_id ORDER BY w.id"),
                         query(*store.value(), "SELECT sql FROM sqlite_schema WHERE name = "
                                               "'weather_key'"),
                         query(*store.value(), "PRAGMA foreign_keys")));
        }
        QCOMPARE(outcomes.at(1), outcomes.at(0));
        QCOMPARE(outcomes.at(0),
                 QStringLiteral("accepted 2, duplicates on lines 3,5,6; rows "
                                "X|1677852000|-|20.0;Y|1677852000|1677801600|21.0;"
                                "X|1677855600|-|22.0;Y|1677852000|-|24.0; index CREATE UNIQUE "
                                "INDEX weather_key ON weather(territory_id, source, valid_time, "
                                "coalesce(issued_time, -1)); foreign keys 1"));
    }

    void bulkLoadFailureRollsBackEverything_data()
    {
        QTest::addColumn<bool>("sneakInADuplicate");
        QTest::addColumn<QString>("message");
        QTest::newRow("a rejected row: nothing written, the index back")
            << false
            << QStringLiteral("1 row(s) rejected, nothing imported; fix the input or use "
                              "--keep-going");
        QTest::newRow("the index rebuild fails: nothing written, the index back")
            << true
            << QStringLiteral("rebuilding the weather index failed (UNIQUE constraint failed: "
                              "index 'weather_key'); nothing was imported");
    }

    void bulkLoadFailureRollsBackEverything()
    {
        QFETCH(bool, sneakInADuplicate);
        QFETCH(QString, message);
        const QString storePath = freshStore(QStringLiteral("bulkfail.sqlite"));
        if (sneakInADuplicate) {
            // A trigger copies one row behind the importer's back, a duplicate its in-memory
            // check cannot see: only the rebuilt UNIQUE index finds it.
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            QCOMPARE(sqlite3_exec(store.value()->handle(),
                                  "CREATE TRIGGER sneak AFTER INSERT ON weather WHEN "
                                  "NEW.valid_time = 1677855600 BEGIN INSERT INTO "
                                  "weather(territory_id, valid_time, source, gust_ms) "
                                  "VALUES(NEW.territory_id, NEW.valid_time, NEW.source, 1); END",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        const QByteArray before = sha256(storePath);
        const QString csv =
            writeFile(QStringLiteral("bulkfail.csv"),
                      sneakInADuplicate ? QByteArray("territory,valid_time,gust_ms\n"
                                                     "X,2023-03-03T14:00:00Z,20\n"
                                                     "X,2023-03-03T15:00:00Z,21\n")
                                        : QByteArray("territory,valid_time,gust_ms\n"
                                                     "X,2023-03-03T14:00:00Z,20\n"
                                                     "X,2023-03-03T15:00:00Z,-21\n"));
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            WeatherCsvOptions options;
            options.bulk = WeatherCsvOptions::Bulk::Always;
            auto report = WeatherCsvImporter::run(*store.value(), csv, options,
                                                  RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!report);
            QCOMPARE(report.error().message, message);
            QCOMPARE(query(*store.value(), "SELECT count(*) FROM sqlite_schema WHERE name = "
                                           "'weather_key'"),
                     QStringLiteral("1"));
            QCOMPARE(query(*store.value(), "PRAGMA foreign_keys"), QStringLiteral("1"));
        }
        QCOMPARE(sha256(storePath), before);
    }

    void grid_data()
    {
        QTest::addColumn<QStringList>("translate"); // gdal_translate options
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected"); // code|valid|issued|gust per row

        // A 4 x 3 grid of 1 degree cells from (-86, 39); band 1 is 12 m/s, band 2 is 20 m/s.
        const QString ids = QStringLiteral("IDS=CENTER=7 SUBCENTER=0 MASTER_TABLE=2 "
                                           "SIGNF_REF_TIME=1 REF_TIME=2023-03-03T00:00:00Z "
                                           "PROD_STATUS=0 TYPE=1");
        QTest::newRow("GRIB2 gust, +6 h and +12 h from the 00 UTC run")
            << QStringList{QStringLiteral("-of"),
                           QStringLiteral("GRIB"),
                           QStringLiteral("-co"),
                           ids,
                           QStringLiteral("-co"),
                           QStringLiteral("DISCIPLINE=0"),
                           QStringLiteral("-co"),
                           QStringLiteral("PDS_PDTN=0"),
                           QStringLiteral("-co"),
                           QStringLiteral("BAND_1_PDS_TEMPLATE_ASSEMBLED_VALUES=2 22 2 0 96 0 0 "
                                          "1 6 103 0 10 255 0 0"),
                           QStringLiteral("-co"),
                           QStringLiteral("BAND_2_PDS_TEMPLATE_ASSEMBLED_VALUES=2 22 2 0 96 0 0 "
                                          "1 12 103 0 10 255 0 0")}
            << QStringLiteral("grb2")
            << QStringLiteral("X|1677823200|1677801600|12.0;Y|1677823200|1677801600|12.0;"
                              "X|1677844800|1677801600|20.0;Y|1677844800|1677801600|20.0");
        QTest::newRow("NetCDF with a time dimension in hours since 2023-03-03")
            << QStringList{QStringLiteral("-of"),
                           QStringLiteral("netCDF"),
                           QStringLiteral("-mo"),
                           QStringLiteral("NETCDF_DIM_EXTRA={time}"),
                           QStringLiteral("-mo"),
                           QStringLiteral("NETCDF_DIM_time_DEF={2,6}"),
                           QStringLiteral("-mo"),
                           QStringLiteral("NETCDF_DIM_time_VALUES={6,12}"),
                           QStringLiteral("-mo"),
                           QStringLiteral("time#units=hours since 2023-03-03 00:00:00")}
            << QStringLiteral("nc")
            << QStringLiteral("X|1677823200|-|12.0;Y|1677823200|-|12.0;X|1677844800|-|20.0;"
                              "Y|1677844800|-|20.0");
    }

    void grid()
    {
        QFETCH(QStringList, translate);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        const QString tif = path(QStringLiteral("gust.tif"));
        QFile::remove(tif);
        QCOMPARE(runTool(QStringLiteral("gdal_create"),
                         {QStringLiteral("-q"),      QStringLiteral("-of"),
                          QStringLiteral("GTiff"),   QStringLiteral("-outsize"),
                          QStringLiteral("4"),       QStringLiteral("3"),
                          QStringLiteral("-bands"),  QStringLiteral("2"),
                          QStringLiteral("-ot"),     QStringLiteral("Float32"),
                          QStringLiteral("-a_srs"),  QStringLiteral("EPSG:4326"),
                          QStringLiteral("-a_ullr"), QStringLiteral("-86"),
                          QStringLiteral("39"),      QStringLiteral("-82"),
                          QStringLiteral("36"),      QStringLiteral("-burn"),
                          QStringLiteral("12"),      QStringLiteral("-burn"),
                          QStringLiteral("20"),      tif}),
                 QString());
        const QString grid = path(QStringLiteral("gust.") + suffix);
        QCOMPARE(runTool(QStringLiteral("gdal_translate"),
                         QStringList{QStringLiteral("-q")} + translate + QStringList{tif, grid}),
                 QString());
        auto store =
            Store::open(freshStore(QStringLiteral("grid.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        GridWeatherOptions options;
        options.variable = WeatherField::Gust;
        options.unit = QStringLiteral("m/s"); // the NetCDF copy carries no unit
        auto report = GridWeatherImporter::run(*store.value(), grid, options,
                                               RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(query(*store.value(),
                       "SELECT t.code, w.valid_time, ifnull(w.issued_time, '-'), w.gust_ms FROM "
                       "weather w JOIN territory t ON t.id = w.territory_id ORDER BY w.id"),
                 expected);
    }

    void gribWithoutTimeIsRefused()
    {
        const QString tif = path(QStringLiteral("notime.tif"));
        QCOMPARE(
            runTool(QStringLiteral("gdal_create"),
                    {QStringLiteral("-q"), QStringLiteral("-of"), QStringLiteral("GTiff"),
                     QStringLiteral("-outsize"), QStringLiteral("4"), QStringLiteral("3"),
                     QStringLiteral("-ot"), QStringLiteral("Float32"), QStringLiteral("-a_srs"),
                     QStringLiteral("EPSG:4326"), QStringLiteral("-a_ullr"), QStringLiteral("-86"),
                     QStringLiteral("39"), QStringLiteral("-82"), QStringLiteral("36"),
                     QStringLiteral("-burn"), QStringLiteral("12"), tif}),
            QString());
        const QString grib = path(QStringLiteral("notime.grb2"));
        QCOMPARE(
            runTool(QStringLiteral("gdal_translate"), {QStringLiteral("-q"), QStringLiteral("-of"),
                                                       QStringLiteral("GRIB"), tif, grib}),
            QString());
        const QString storePath = freshStore(QStringLiteral("notime.sqlite"));
        const QByteArray before = sha256(storePath);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            GridWeatherOptions options;
            auto report = GridWeatherImporter::run(*store.value(), grib, options,
                                                   RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!report);
            QCOMPARE(report.error().message,
                     QStringLiteral("band 1 has no valid time (no GRIB_VALID_TIME, or the "
                                    "1970-01-01 placeholder; no NetCDF time with units); give "
                                    "--valid-time and, for several bands, --step-hours"));
        }
        QCOMPARE(sha256(storePath), before);
    }
};

QTEST_GUILESS_MAIN(TestWeatherImport)
#include "tst_weatherimport.moc"
