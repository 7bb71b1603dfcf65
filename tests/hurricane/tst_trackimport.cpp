// Track imports: the shared 2024 HURDAT2 season (JSON), the same records written as HURDAT2
// text and ATCF b- and a-decks in their official layouts, and bad lines refused with file, line
// and field, the store left byte-identical.
#include "hurricanetestsupport.h"
#include "testsupport.h"

#include "ingest/trackimporter.h"
#include "ingest/trackreader.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace stormcrew;

namespace {

// Every track point of a storm, as comparable text (radii NULL and 0 alike: a deck has no line
// for a threshold a weak storm does not reach).
QString pointsOf(const Store &store, const QString &atcfId, const QString &issued = {})
{
    const QString condition = issued.isEmpty() ? QStringLiteral("p.issued_time IS NULL")
                                               : QStringLiteral("p.issued_time = ") + issued;
    return test::queryText(
        store,
        QStringLiteral("SELECT group_concat(line, '\n') FROM (SELECT datetime(valid_time, "
                       "'unixepoch') || ' ' || printf('%.1f %.1f', lat, lon) || ' ' || "
                       "max_wind_kt || ' ' || coalesce(min_pressure_hpa, '-') || ' ' || "
                       "status || ' ' || printf('%g/%g/%g/%g %g/%g %g/%g', coalesce(r34_ne, 0), "
                       "coalesce(r34_se, 0), coalesce(r34_sw, 0), coalesce(r34_nw, 0), "
                       "coalesce(r50_ne, 0), coalesce(r50_sw, 0), coalesce(r64_ne, 0), "
                       "coalesce(r64_nw, 0)) AS line FROM "
                       "track_point p JOIN tropical_storm t ON t.id = p.tropical_storm_id "
                       "WHERE t.atcf_id = '%1' AND %2 ORDER BY valid_time)")
            .arg(atcfId, condition));
}

QString importError(const Result<ImportReport> &outcome)
{
    if (!outcome)
        return outcome.error().toString();
    const ImportReport &report = outcome.value();
    for (int r = 0; r < RejectReasonCount; ++r)
        for (const Error &sample : report.samples(RejectReason(r)))
            return sample.toString();
    return {};
}

} // namespace

class TestTrackImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void importsTheSharedSeason();
    void hurdat2TextEqualsTheJson();
    void atcfDecksEqualTheJson();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void unknownFormatAndStorm();

private:
    QTemporaryDir m_dir;
};

void TestTrackImport::importsTheSharedSeason()
{
    auto store = test::openStore(m_dir.filePath(QStringLiteral("season.sqlite")));
    QVERIFY(store);
    const auto outcome =
        TrackImporter(*store).run(test::seasonJsonPath(), {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(outcome, qPrintable(importError(outcome)));
    QCOMPARE(outcome.value().rejected(), 0);
    qint64 fixes = 0;
    for (const auto &storm : test::season())
        fixes += storm.toObject().value(QStringLiteral("data")).toArray().size();
    QCOMPARE(outcome.value().accepted(), fixes);
    QCOMPARE(store->rowCount(QStringLiteral("tropical_storm")), 18);
    QCOMPARE(store->rowCount(QStringLiteral("track_point")), fixes);
    QCOMPARE(test::queryText(*store, QStringLiteral("SELECT count(*) FROM storm WHERE kind = "
                                                    "'tropical'")),
             QStringLiteral("18"));
    // Helene's landfall fix in the Florida Big Bend, as HURDAT2 has it.
    QCOMPARE(
        test::queryText(*store, QStringLiteral("SELECT datetime(valid_time, 'unixepoch') || ' ' || "
                                               "lat || ' ' || lon || ' ' || max_wind_kt || ' ' || "
                                               "min_pressure_hpa || ' ' || r64_ne FROM track_point "
                                               "p JOIN tropical_storm t ON t.id = "
                                               "p.tropical_storm_id WHERE t.atcf_id = 'AL092024' "
                                               "AND record = 'L'")),
        QStringLiteral("2024-09-27 03:10:00 30.0 -83.7 120.0 939.0 60.0"));
    QCOMPARE(test::queryText(*store, QStringLiteral("SELECT name || ' ' || code || ' ' || "
                                                    "datetime(start_time, 'unixepoch') FROM "
                                                    "storm WHERE code = 'AL142024'")),
             QStringLiteral("Milton (AL142024) AL142024 2024-10-04 18:00:00"));

    // Imported again: the same rows, not twice as many.
    const auto again =
        TrackImporter(*store).run(test::seasonJsonPath(), {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(again, qPrintable(importError(again)));
    QCOMPARE(store->rowCount(QStringLiteral("track_point")), fixes);
    QCOMPARE(store->rowCount(QStringLiteral("tropical_storm")), 18);
}

void TestTrackImport::hurdat2TextEqualsTheJson()
{
    const QJsonArray storms = test::season();
    const QByteArray text = test::hurdat2Of(test::stormOf(storms, QStringLiteral("AL092024"))) +
                            test::hurdat2Of(test::stormOf(storms, QStringLiteral("AL142024")));
    const QString file = test::writeFile(m_dir.filePath(QStringLiteral("hurdat2.txt")), text);
    // The layout is the official one: the landfall line has its fields at their columns.
    const QString landfall = QString::fromLatin1(text).split(QLatin1Char('\n')).value(16);
    QCOMPARE(landfall.mid(0, 8), QStringLiteral("20240927"));
    QCOMPARE(landfall.mid(16, 1), QStringLiteral("L"));
    QCOMPARE(landfall.mid(23, 5), QStringLiteral("30.0N"));
    QCOMPARE(landfall.mid(30, 6), QStringLiteral(" 83.7W"));
    QCOMPARE(landfall.mid(38, 3), QStringLiteral("120"));
    QCOMPARE(landfall.mid(43, 4), QStringLiteral(" 939"));
    QCOMPARE(landfall.size(), 125);

    auto fromText = test::openStore(m_dir.filePath(QStringLiteral("hurdat2.sqlite")));
    auto fromJson = test::openStore(m_dir.filePath(QStringLiteral("json.sqlite")));
    QVERIFY(fromText && fromJson);
    ImportReport detected(QStringLiteral("track"), file);
    const auto read = TrackReader::read(file, detected);
    QVERIFY(read);
    QCOMPARE(read.value().format, TrackFormat::Hurdat2);
    const auto outcome = TrackImporter(*fromText).run(file, {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(outcome && outcome.value().rejected() == 0, qPrintable(importError(outcome)));
    QVERIFY(TrackImporter(*fromJson).run(test::seasonJsonPath(), {},
                                         RejectPolicy::RollBackOnAnyReject));
    for (const QString &id : {QStringLiteral("AL092024"), QStringLiteral("AL142024")}) {
        const QString expected = pointsOf(*fromJson, id);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(pointsOf(*fromText, id), expected);
    }
    QCOMPARE(test::queryText(*fromText, QStringLiteral("SELECT name FROM tropical_storm WHERE "
                                                       "atcf_id = 'AL142024'")),
             QStringLiteral("MILTON"));
}

void TestTrackImport::atcfDecksEqualTheJson()
{
    const QJsonObject helene = test::stormOf(test::season(), QStringLiteral("AL092024"));
    const QJsonArray fixes = helene.value(QStringLiteral("data")).toArray();
    QString bdeck;
    QString adeck;
    for (const auto &value : fixes) {
        const QJsonObject fix = value.toObject();
        const QString time = fix.value(QStringLiteral("time_utc")).toString();
        if (!time.endsWith(QLatin1String("00")) || time.left(2).toInt() % 6 != 0)
            continue; // b-decks hold the synoptic times; the landfall fix is HURDAT2's own
        const QString synoptic = fix.value(QStringLiteral("date")).toString() + time.left(2);
        bdeck += test::atcfFixLines(QStringLiteral("AL092024"), synoptic, QStringLiteral("BEST"), 0,
                                    fix, QStringLiteral("HELENE"));
    }
    // An official forecast issued from 2024-09-25 12 UTC: its fixes at tau 0, 12, ... are the
    // best track's (so the values can be checked), with a model line the importer must skip.
    const QString synoptic = QStringLiteral("2024092512");
    int taus = 0;
    for (const auto &value : fixes) {
        const QJsonObject fix = value.toObject();
        const QString stamp = fix.value(QStringLiteral("date")).toString() +
                              fix.value(QStringLiteral("time_utc")).toString().left(2);
        const QString time = fix.value(QStringLiteral("time_utc")).toString();
        if (stamp < synoptic || !time.endsWith(QLatin1String("00")) ||
            time.left(2).toInt() % 12 != 0 || taus > 4)
            continue;
        adeck += test::atcfFixLines(QStringLiteral("AL092024"), synoptic, QStringLiteral("OFCL"),
                                    12 * taus, fix, QStringLiteral("HELENE"));
        if (taus == 0)
            adeck += test::atcfLine(QStringLiteral("AL092024"), synoptic, QStringLiteral("HWRF"), 0,
                                    fix, 34, QStringLiteral("HELENE"));
        ++taus;
    }
    const QString bfile =
        test::writeFile(m_dir.filePath(QStringLiteral("bal092024.dat")), bdeck.toLatin1());
    const QString afile =
        test::writeFile(m_dir.filePath(QStringLiteral("aal092024.dat")), adeck.toLatin1());

    auto store = test::openStore(m_dir.filePath(QStringLiteral("atcf.sqlite")));
    auto reference = test::openStore(m_dir.filePath(QStringLiteral("reference.sqlite")));
    QVERIFY(store && reference);
    auto b = TrackImporter(*store).run(bfile, {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(b && b.value().rejected() == 0, qPrintable(importError(b)));
    auto a = TrackImporter(*store).run(afile, {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY2(a && a.value().rejected() == 0, qPrintable(importError(a)));
    QVERIFY(a.value().notes().join(QLatin1Char(' ')).contains(QLatin1String("HWRF")));
    QVERIFY(TrackImporter(*reference)
                .run(test::seasonJsonPath(), QStringLiteral("helene"),
                     RejectPolicy::RollBackOnAnyReject));
    QCOMPARE(reference->rowCount(QStringLiteral("tropical_storm")), 1);

    // The best track: every synoptic fix of the JSON (HURDAT2's landfall and intensity fixes
    // between synoptic times, 03:10, 05:00, 09:00, are not in a b-deck).
    QStringList expected =
        pointsOf(*reference, QStringLiteral("AL092024")).split(QLatin1Char('\n'));
    expected.removeIf([](const QString &line) {
        return line.mid(11, 2).toInt() % 6 != 0 || line.mid(14, 2) != QLatin1String("00");
    });
    QCOMPARE(pointsOf(*store, QStringLiteral("AL092024")), expected.join(QLatin1Char('\n')));
    // The forecast: issued at 15 UTC (the advisory), its fixes those of the best track.
    const QString issued = test::queryText(
        *store, QStringLiteral("SELECT DISTINCT issued_time FROM track_point WHERE issued_time IS "
                               "NOT NULL"));
    QCOMPARE(issued,
             QString::number(
                 QDateTime(QDate(2024, 9, 25), QTime(15, 0), QTimeZone::utc()).toSecsSinceEpoch()));
    const QStringList forecast =
        pointsOf(*store, QStringLiteral("AL092024"), issued).split(QLatin1Char('\n'));
    QCOMPARE(forecast.size(), 5);
    for (const QString &line : forecast)
        QVERIFY2(expected.contains(line), qPrintable(line));
}

void TestTrackImport::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray header = "AL092024,             HELENE,      2,\n";
    const QByteArray good = "20240926, 1200,  , HU, 24.3N,  85.5W, 110,  950,  230,  190,  120,  "
                            "170,  120,  100,   60,   90,   60,   50,   30,   40, -999\n";
    QTest::newRow("HURDAT2 latitude without hemisphere")
        << header + good +
               "20240926, 1800,  , HU, 25.6X,  84.9W, 110,  950,  230,  190,  120,  170,  120, "
               " 100,   60,   90,   60,   50,   30,   40, -999\n"
        << QStringLiteral(" line 3, field lat: '25.6X' is not a latitude such as 18.3N");
    QTest::newRow("HURDAT2 wind not a number")
        << header + good +
               "20240926, 1800,  , HU, 25.6N,  84.9W, 1x0,  950,  230,  190,  120,  170,  120, "
               " 100,   60,   90,   60,   50,   30,   40, -999\n"
        << QStringLiteral(" line 3, field max_wind_kt: '1x0' is not a number; write -999 when "
                          "unknown");
    QTest::newRow("HURDAT2 64-kt radius beyond the 50-kt one")
        << header + good +
               "20240926, 1800,  , HU, 25.6N,  84.9W, 110,  950,  230,  190,  120,  170,  120, "
               " 100,   60,   90,  130,   50,   30,   40, -999\n"
        << QStringLiteral(" line 3, field 64kt_ne: the 64-kt radius (130 n mi) reaches beyond "
                          "the 50-kt radius (120 n mi) in the NE quadrant; stronger winds lie "
                          "inside weaker ones");
    QTest::newRow("HURDAT2 pressure impossible")
        << header + good +
               "20240926, 1800,  , HU, 25.6N,  84.9W, 110,  450,  230,  190,  120,  170,  120, "
               " 100,   60,   90,   60,   50,   30,   40, -999\n"
        << QStringLiteral(" line 3, field min_pressure: central pressure 450 hPa is outside "
                          "850..1100 hPa; write -999 when unknown");
    QTest::newRow("HURDAT2 same time twice")
        << header + good + good
        << QStringLiteral(" line 3, field time: AL092024 has a second fix at "
                          "2024-09-26T12:00:00Z; keep one line per time");
    QTest::newRow("HURDAT2 bad date")
        << header + good + QByteArray(good).replace("20240926, 1200", "20240931, 1200")
        << QStringLiteral(" line 3, field date: '20240931, 1200' is not a date YYYYMMDD and a "
                          "UTC time HHMM");
    QTest::newRow("HURDAT2 header announces more lines")
        << QByteArray("AL092024,             HELENE,      3,\n") + good
        << QStringLiteral(" line 2: the header of AL092024 (line 1) announces 2 more data "
                          "line(s) than follow it; fix the count or add the lines");
    QTest::newRow("ATCF longitude garbled")
        << QByteArray("AL, 09, 2024092612,   , BEST,   0, 272N,  84XW, 120,  942, HU,  34, NEQ, "
                      " 180,  150,  110,  160, 1008,  300,  20,   0,   0,   L,   0,    ,   0,   0,"
                      "     HELENE, D,\n")
        << QStringLiteral(" line 1, field lon: '84XW' is not a position in tenths of a degree "
                          "such as 272N or 841W");
    QTest::newRow("ATCF radii of 40 kt")
        << QByteArray("AL, 09, 2024092612,   , BEST,   0, 272N,  841W, 120,  942, HU,  40, NEQ, "
                      " 180,  150,  110,  160, 1008,  300,  20,   0,   0,   L,   0,    ,   0,   0,"
                      "     HELENE, D,\n")
        << QStringLiteral(" line 1, field rad: wind radii of 40 kt: the thresholds are 34, 50 and "
                          "64 kt");
    QTest::newRow("JSON wind as text")
        << QByteArray(
               "[{\"id\": \"AL092024_Helene\", \"data\": [{\"date\": \"20240926\", "
               "\"time_utc\": \"1200\", \"record\": null, \"status\": \"HU\", \"lat\": "
               "24.3, \"lng\": -85.5, \"max_wind_kt\": \"110\", \"min_pressure_mb\": 950}]}]")
        << QStringLiteral(", field [0].data[0].max_wind_kt: '110' is not a number");
    QTest::newRow("JSON syntax")
        << QByteArray("[{\"id\": \"AL092024_Helene\",\n \"data\": [{\"date\": }]}]")
        << QStringLiteral(" line 2: is not valid JSON: ");
}

void TestTrackImport::badInputIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString storePath = m_dir.filePath(QStringLiteral("refuse.sqlite"));
    {
        auto store = test::openStore(storePath);
        QVERIFY(store);
    }
    const QByteArray before = test::sha256(storePath);
    const QString file = test::writeFile(m_dir.filePath(QStringLiteral("bad.txt")), content);
    {
        auto store = test::openStore(storePath);
        const auto outcome = TrackImporter(*store).run(file, {}, RejectPolicy::RollBackOnAnyReject);
        QVERIFY(!outcome ||
                !ImportTransaction::accepts(outcome.value(), RejectPolicy::RollBackOnAnyReject));
        const QString error = importError(outcome);
        QVERIFY2(error.startsWith(file + message), qPrintable(error));
    }
    QCOMPARE(test::sha256(storePath), before);
}

void TestTrackImport::unknownFormatAndStorm()
{
    auto store = test::openStore(m_dir.filePath(QStringLiteral("unknown.sqlite")));
    QVERIFY(store);
    const QString csv = test::writeFile(m_dir.filePath(QStringLiteral("tracks.csv")),
                                        "storm,time,lat,lon\nHelene,2024-09-26,24.3,-85.5\n");
    const auto refused = TrackImporter(*store).run(csv, {}, RejectPolicy::RollBackOnAnyReject);
    QVERIFY(!refused);
    QVERIFY2(refused.error().toString().startsWith(
                 csv + QStringLiteral(" line 1: is not a track file this version reads")),
             qPrintable(refused.error().toString()));
    const auto missing = TrackImporter(*store).run(test::seasonJsonPath(), QStringLiteral("Zelda"),
                                                   RejectPolicy::RollBackOnAnyReject);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.startsWith(
                 QStringLiteral("holds no storm 'Zelda'; it holds: AL012024 Alberto, AL022024 "
                                "Beryl")),
             qPrintable(missing.error().message));
    QCOMPARE(store->rowCount(QStringLiteral("track_point")), 0);
}

QTEST_GUILESS_MAIN(TestTrackImport)
#include "tst_trackimport.moc"
