// End to end: the real stormcrew-cli imports the Kentucky counties and the real LG&E/KU incident
// log, finds the 2023-03-03 wind storm, and reports the imports' quality as JSON.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace stormcrew;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString &db, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STORMCREW_CLI_PATH),
                  QStringList{QStringLiteral("--db"), db} + arguments);
    process.waitForFinished(-1);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << run.out.left(400);
    return document.object();
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kentucky();
    void refusesWithoutChangingTheStore();

private:
    QTemporaryDir m_dir;
};

void TestImportCli::initTestCase()
{
    test::pinEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestImportCli::kentucky()
{
    const QString db = m_dir.filePath(QStringLiteral("kentucky.sqlite"));
    const Run counties =
        cli(db, {QStringLiteral("import"), QStringLiteral("territories"),
                 QStringLiteral(SHARED_DATA_DIR "/boundaries/us_counties_census2017.geojson"),
                 QStringLiteral("--where"), QStringLiteral("fips LIKE '21%'"),
                 QStringLiteral("--id-field"), QStringLiteral("fips"),
                 QStringLiteral("--name-field"), QStringLiteral("name"), QStringLiteral("--json")});
    QVERIFY2(counties.exitCode == 0, counties.err.constData());
    QCOMPARE(json(counties).value(QStringLiteral("accepted")).toInt(), 120);

    // The mapping docs/data-formats.md documents for this log.
    const Run incidents =
        cli(db, {QStringLiteral("import"), QStringLiteral("incidents"),
                 QStringLiteral(SHARED_DATA_DIR "/outages/ky_lgeku_incidents_2019_2023.csv.gz"),
                 QStringLiteral("--map"), QStringLiteral("id=incident_id"), QStringLiteral("--map"),
                 QStringLiteral("start=first_seen_utc"), QStringLiteral("--map"),
                 QStringLiteral("end=last_seen_utc"), QStringLiteral("--map"),
                 QStringLiteral("customers=max_customers_affected"),
                 QStringLiteral("--territory-field"), QStringLiteral("county_fips"),
                 QStringLiteral("--keep-going"), QStringLiteral("--json")});
    QVERIFY2(incidents.exitCode == 0, incidents.err.constData());
    const QJsonObject report = json(incidents);
    QCOMPARE(report.value(QStringLiteral("read")).toInt(), 167363);
    QCOMPARE(report.value(QStringLiteral("accepted")).toInt(), 158596);
    const QJsonObject rejected = report.value(QStringLiteral("rejected")).toObject();
    // 216 rows without coordinates or county; the rest lie in Virginia, Tennessee, Indiana.
    QCOMPARE(
        rejected.value(QStringLiteral("missing")).toObject().value(QStringLiteral("count")).toInt(),
        216);
    QCOMPARE(rejected.value(QStringLiteral("outside_territories"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             8551);

    const Run storms = cli(db, {QStringLiteral("storms"), QStringLiteral("detect"),
                                QStringLiteral("--json"), QStringLiteral("--save")});
    QVERIFY2(storms.exitCode == 0, storms.err.constData());
    QStringList firstDays;
    for (const QJsonValue &storm : json(storms).value(QStringLiteral("storms")).toArray())
        firstDays.append(storm.toObject().value(QStringLiteral("firstDay")).toString());
    for (const char *day : {"2021-02-11", "2021-12-11", "2022-06-17", "2023-03-03"})
        QVERIFY2(firstDays.contains(QLatin1String(day)),
                 qPrintable(firstDays.join(QLatin1Char(' '))));
    QVERIFY(json(storms).value(QStringLiteral("incidentsLinked")).toInt() > 10000);

    const Run quality = cli(db, {QStringLiteral("quality"), QStringLiteral("--json")});
    QVERIFY2(quality.exitCode == 0, quality.err.constData());
    const QJsonArray imports = json(quality).value(QStringLiteral("imports")).toArray();
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("incidents")); // latest first
    QCOMPARE(imports.at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("territories"));

    // Viewing read-only changes nothing.
    const QByteArray before = test::sha256(db);
    const Run readOnly = cli(
        db, {QStringLiteral("--read-only"), QStringLiteral("storms"), QStringLiteral("detect")});
    QVERIFY2(readOnly.exitCode == 0, readOnly.err.constData());
    QVERIFY(readOnly.out.contains("2023-03-03"));
    QCOMPARE(test::sha256(db), before);
}

void TestImportCli::refusesWithoutChangingTheStore()
{
    const QString db = m_dir.filePath(QStringLiteral("small.sqlite"));
    const QString territories = test::writeFile(
        m_dir.filePath(QStringLiteral("squares.csv")),
        "code,name,WKT\nA,West,\"POLYGON((-86 38,-85 38,-85 39,-86 39,-86 38))\"\n");
    QCOMPARE(cli(db, {QStringLiteral("import"), QStringLiteral("territories"), territories,
                      QStringLiteral("--crs"), QStringLiteral("EPSG:4326")})
                 .exitCode,
             0);
    const QString bad =
        test::writeFile(m_dir.filePath(QStringLiteral("bad.csv")), "code,customers\nA,12\nA,-4\n");
    const QByteArray before = test::sha256(db);
    const Run refused = cli(db, {QStringLiteral("import"), QStringLiteral("assets"), bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains("line 3, field code: territory A appears more than once"),
             refused.out.constData());
    QCOMPARE(QString::fromUtf8(refused.err).trimmed(),
             QStringLiteral("Nothing imported: 1 row(s) rejected. Fix the input, or rerun with "
                            "--keep-going to keep the good rows."));
    QCOMPARE(test::sha256(db), before);

    const Run readOnly = cli(db, {QStringLiteral("--read-only"), QStringLiteral("import"),
                                  QStringLiteral("assets"), bad});
    QCOMPARE(readOnly.exitCode, 2);
    QCOMPARE(QString::fromUtf8(readOnly.err).trimmed(),
             QStringLiteral("An import changes the store; run it without --read-only."));
    QCOMPARE(test::sha256(db), before);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
