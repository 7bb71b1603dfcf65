// Leaf-on from NDVI (docs/model.md, "Leaf-on"): the interpolation and scaling arithmetic on
// hand-made series, then end to end on a store whose composites were imported from GeoTIFFs
// made by gdal_translate: the seasonal and the fixed scaling, point in time (a composite
// observed after the as-of time is not used), the calendar where no composite is near, and
// `stormcrew-cli import ndvi` and `features --json` reporting each territory's source.
#include "features/featurebuilder.h"
#include "features/leafon.h"
#include "ingest/ndviimporter.h"
#include "ingesttestsupport.h"
#include "processrunner.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace stormcrew;
using namespace stormcrew::test;

namespace {

qint64 day(const char *iso)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate), QTime(0, 0), Qt::UTC)
        .toSecsSinceEpoch();
}

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

using Series = std::vector<NdviComposite>;

// A deciduous year: dormant 0.30 in winter, full leaf 0.85 in summer, monthly composites.
Series deciduousYear()
{
    return {{day("2024-01-15"), 0.30}, {day("2024-02-15"), 0.31}, {day("2024-03-15"), 0.34},
            {day("2024-04-15"), 0.50}, {day("2024-05-15"), 0.78}, {day("2024-06-15"), 0.85},
            {day("2024-07-15"), 0.84}, {day("2024-08-15"), 0.82}, {day("2024-09-15"), 0.75},
            {day("2024-10-15"), 0.55}, {day("2024-11-15"), 0.36}, {day("2024-12-15"), 0.31}};
}

} // namespace

Q_DECLARE_METATYPE(Series)
Q_DECLARE_METATYPE(stormcrew::LeafOnSource)

class TestNdviLeafOn : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Imports a composite of one NDVI value over the whole test area.
    QString importComposite(Store &store, const QString &date, double ndvi)
    {
        const QString tif = path(QStringLiteral("ndvi-%1.tif").arg(date));
        const QString made = writeFieldGeoTiff(tif, 2, 2, -87, 38, 0.1, QStringLiteral("EPSG:4326"),
                                               [ndvi](double, double) { return ndvi; });
        if (!made.isEmpty())
            return made;
        NdviImportOptions options;
        options.date = QDate::fromString(date, Qt::ISODate);
        auto report = NdviImporter::run(store, tif, options, RejectPolicy::RollBackOnAnyReject);
        return report ? QString() : report.error().toString();
    }

    static qint64 addStorm(Store &store, const QString &code, qint64 start)
    {
        auto stmt =
            sqlite::prepare(store.handle(), QStringLiteral("INSERT INTO storm(code, name, kind, "
                                                           "start_time, end_time) VALUES(?1, ?1, "
                                                           "'thunderstorm', ?2, ?2 + 21600)"));
        const QByteArray c = code.toUtf8();
        sqlite3_bind_text(stmt.get(), 1, c.constData(), int(c.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt.get(), 2, start);
        return sqlite3_step(stmt.get()) == SQLITE_DONE ? sqlite3_last_insert_rowid(store.handle())
                                                       : 0;
    }

    // Leaf-on and its source of territory code in a storm's features as of a time.
    static std::optional<std::pair<double, LeafOnSource>>
    leafOf(Store &store, qint64 storm, const QString &code, std::optional<qint64> asOf)
    {
        FeatureRequest request;
        request.stormId = storm;
        request.asOf = asOf;
        auto table = FeatureBuilder(store).build(request);
        if (!table)
            return std::nullopt;
        const qsizetype row = table.value().territoryCodes.indexOf(code);
        if (row < 0 || table.value().leafOnSource.size() != std::size_t(table.value().rows()))
            return std::nullopt;
        return std::pair(table.value().column(Feature::LeafOn)[std::size_t(row)],
                         table.value().leafOnSource[std::size_t(row)]);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        // N lies under the composites (the area -87..-86.8, 37.8..38.0); far away, F has none.
        QCOMPARE(writeTerritoriesGeoPackage(
                     path(QStringLiteral("territories.gpkg")),
                     {{QStringLiteral("N"),
                       QStringLiteral("Under the composites"),
                       {{-86.95, 37.85}, {-86.85, 37.85}, {-86.85, 37.95}, {-86.95, 37.95}}},
                      {QStringLiteral("F"),
                       QStringLiteral("Far away"),
                       {{10.02, 50.02}, {10.18, 50.02}, {10.18, 50.18}, {10.02, 50.18}}}}),
                 QString());
        m_store = path(QStringLiteral("store.sqlite"));
        auto store = Store::open(m_store, Store::Access::ReadWrite);
        QVERIFY(store);
        QCOMPARE(insertTerritories(*store.value(), path(QStringLiteral("territories.gpkg"))),
                 QString());
    }

    void interpolationAndScaling_data()
    {
        QTest::addColumn<Series>("series");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<double>("greenness");
        QTest::addColumn<double>("leafOn");
        QTest::addColumn<LeafOnSource>("source");
        const Series year = deciduousYear();
        // 1 May 12:00 is 16.5 of the 30 days from 15 April (0.50) to 15 May (0.78).
        const double may1 = 0.50 + (0.78 - 0.50) * 16.5 / 30;
        QTest::newRow("1 May between two composites, own season 0.30..0.85")
            << year << at("2024-05-01T12:00:00Z") << may1 << (may1 - 0.30) / (0.85 - 0.30)
            << LeafOnSource::NdviSeasonal;
        QTest::newRow("on a composite's day: its value")
            << year << day("2024-06-15") << 0.85 << 1.0 << LeafOnSource::NdviSeasonal;
        QTest::newRow("midwinter: the season's minimum is bare")
            << year << day("2024-01-15") << 0.30 << 0.0 << LeafOnSource::NdviSeasonal;
        const Series two{{day("2024-04-15"), 0.50}, {day("2024-05-15"), 0.78}};
        QTest::newRow("two composites: the fixed pair 0.3..0.8")
            << two << at("2024-05-01T12:00:00Z") << may1 << (may1 - 0.3) / 0.5
            << LeafOnSource::NdviFixed;
        QTest::newRow("only an earlier composite within 32 days: held")
            << Series{{day("2024-04-15"), 0.50}} << day("2024-05-10") << 0.50 << 0.4
            << LeafOnSource::NdviFixed;
        QTest::newRow("only a later composite within 32 days: held")
            << Series{{day("2024-05-15"), 0.78}} << day("2024-05-01") << 0.78 << 0.96
            << LeafOnSource::NdviFixed;
        QTest::newRow("the far side beyond 32 days: the near one alone")
            << Series{{day("2024-03-01"), 0.34}, {day("2024-05-15"), 0.78}} << day("2024-05-01")
            << 0.78 << 0.96 << LeafOnSource::NdviFixed;
        QTest::newRow("greener than full leaf: 1")
            << Series{{day("2024-07-01"), 0.9}} << day("2024-07-02") << 0.9 << 1.0
            << LeafOnSource::NdviFixed;
        Series evergreen;
        for (int month = 1; month <= 12; ++month)
            evergreen.push_back(
                {QDateTime(QDate(2024, month, 15), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(),
                 0.70 + 0.01 * (month % 3)});
        QTest::newRow("a flat season (evergreen): the fixed pair")
            << evergreen << day("2024-06-15") << 0.70 << 0.8 << LeafOnSource::NdviFixed;
    }

    void interpolationAndScaling()
    {
        QFETCH(Series, series);
        QFETCH(qint64, time);
        QFETCH(double, greenness);
        QFETCH(double, leafOn);
        QFETCH(LeafOnSource, source);
        const auto leaf = leafOnFromNdvi(series, time);
        QVERIFY(leaf);
        QVERIFY2(
            std::abs(leaf->greenness - greenness) < 1e-12,
            qPrintable(QStringLiteral("NDVI %1, expected %2").arg(leaf->greenness).arg(greenness)));
        QVERIFY2(
            std::abs(leaf->leafOn - leafOn) < 1e-12,
            qPrintable(QStringLiteral("leaf-on %1, expected %2").arg(leaf->leafOn).arg(leafOn)));
        QCOMPARE(leafOnSourceKey(leaf->source), leafOnSourceKey(source));
    }

    void noCompositeNearMeansTheCalendar()
    {
        QVERIFY(!leafOnFromNdvi({}, day("2024-05-01")));
        QVERIFY(!leafOnFromNdvi(Series{{day("2024-03-01"), 0.4}}, day("2024-05-01")));
        QVERIFY(!leafOnFromNdvi(Series{{day("2024-06-15"), 0.8}}, day("2024-05-01")));
    }

    // A store without NDVI gives the calendar's leaf-on everywhere, and says nothing of NDVI.
    void withoutNdviTheCalendarRuleStays()
    {
        auto store = Store::open(m_store, Store::Access::ReadWrite);
        QVERIFY(store);
        const qint64 storm =
            addStorm(*store.value(), QStringLiteral("CALM"), at("2024-05-01T12:00:00Z"));
        QVERIFY(storm > 0);
        FeatureRequest request;
        request.stormId = storm;
        auto table = FeatureBuilder(*store.value()).build(request);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
        for (qsizetype r = 0; r < table.value().rows(); ++r) {
            QCOMPARE(leafOnSourceKey(table.value().leafOnSource[std::size_t(r)]),
                     QStringLiteral("calendar"));
            QCOMPARE(table.value().column(Feature::LeafOn)[std::size_t(r)],
                     leafOn(table.value().latitude[std::size_t(r)], at("2024-05-01T12:00:00Z")));
        }
        for (const QString &note : table.value().notes)
            QVERIFY2(!note.contains(QStringLiteral("NDVI")), qPrintable(note));
    }

    // Two composites imported from GeoTIFFs: the fixed pair, and point in time.
    void importedCompositesAndPointInTime()
    {
        auto store = Store::open(m_store, Store::Access::ReadWrite);
        QVERIFY(store);
        Store &s = *store.value();
        QCOMPARE(importComposite(s, QStringLiteral("2024-04-22"), 0.5), QString());
        QCOMPARE(importComposite(s, QStringLiteral("2024-05-08"), 0.7), QString());
        const qint64 storm = addStorm(s, QStringLiteral("MAY"), at("2024-05-01T12:00:00Z"));
        // 9.5 of the 16 days from 0.5 to 0.7; two composites are too few for a season.
        const double between = (0.5 + 0.2 * 9.5 / 16 - 0.3) / 0.5;
        const double held = (0.5 - 0.3) / 0.5;
        const auto check = [&](std::optional<qint64> asOf, double expected, LeafOnSource source) {
            const auto leaf = leafOf(s, storm, QStringLiteral("N"), asOf);
            QVERIFY(leaf);
            QVERIFY2(std::abs(leaf->first - expected) < 1e-6,
                     qPrintable(QStringLiteral("as of %1: leaf-on %2, expected %3")
                                    .arg(asOf.value_or(0))
                                    .arg(leaf->first)
                                    .arg(expected)));
            QCOMPARE(leafOnSourceKey(leaf->second), leafOnSourceKey(source));
        };
        check(std::nullopt, between, LeafOnSource::NdviFixed);
        // The composite of 8 May is known once that day has ended, not before.
        check(at("2024-05-08T23:59:59Z"), held, LeafOnSource::NdviFixed);
        check(at("2024-05-09T00:00:00Z"), between, LeafOnSource::NdviFixed);
        check(at("2024-05-01T06:00:00Z"), held, LeafOnSource::NdviFixed);
        // Before any composite was known: the calendar.
        const auto early = leafOf(s, storm, QStringLiteral("N"), at("2024-04-22T12:00:00Z"));
        QVERIFY(early);
        QCOMPARE(leafOnSourceKey(early->second), QStringLiteral("calendar"));
        // F has no composite with a value: the calendar, whatever the time.
        const auto far = leafOf(s, storm, QStringLiteral("F"), std::nullopt);
        QVERIFY(far);
        QCOMPARE(leafOnSourceKey(far->second), QStringLiteral("calendar"));
    }

    // A season of composites: the territory's own minimum and maximum scale its NDVI.
    void aSeasonOfCompositesScalesByItsOwnRange()
    {
        auto store = Store::open(m_store, Store::Access::ReadWrite);
        QVERIFY(store);
        Store &s = *store.value();
        for (const auto &[date, ndvi] :
             std::vector<std::pair<QString, double>>{{QStringLiteral("2023-11-01"), 0.35},
                                                     {QStringLiteral("2024-01-01"), 0.25},
                                                     {QStringLiteral("2024-03-01"), 0.40},
                                                     {QStringLiteral("2024-07-01"), 0.85}})
            QCOMPARE(importComposite(s, date, ndvi), QString());
        auto storm = FeatureBuilder(s).stormId(QStringLiteral("MAY"));
        QVERIFY(storm);
        const auto leaf = leafOf(s, storm.value(), QStringLiteral("N"), std::nullopt);
        QVERIFY(leaf);
        const double expected = (0.5 + 0.2 * 9.5 / 16 - 0.25) / (0.85 - 0.25);
        QVERIFY2(std::abs(leaf->first - expected) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(leaf->first).arg(expected)));
        QCOMPARE(leafOnSourceKey(leaf->second), QStringLiteral("ndvi_seasonal"));
    }

    // The command line: import ndvi, then features says where each leaf-on came from.
    void theCommandLineImportsAndReports()
    {
        const QString cli = QStringLiteral(STORMCREW_CLI_PATH);
        const QString db = path(QStringLiteral("cli.sqlite"));
        QVERIFY(QFile::copy(m_store, db));
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("cli.src.tif")), 2, 2, -87, 38, 0.1,
                                   QStringLiteral("EPSG:4326"),
                                   [](double, double) { return 6000.0; }),
                 QString());
        QCOMPARE(runTool(QStringLiteral("gdal_translate"),
                         {QStringLiteral("-q"), QStringLiteral("-ot"), QStringLiteral("Int16"),
                          QStringLiteral("-a_scale"), QStringLiteral("0.0001"),
                          path(QStringLiteral("cli.src.tif")), path(QStringLiteral("cli.tif"))}),
                 QString());
        const QByteArray before = fileDigest(db);
        const ProcessResult refused =
            runProcess(cli, {QStringLiteral("--db"), db, QStringLiteral("import"),
                             QStringLiteral("ndvi"), path(QStringLiteral("cli.tif")),
                             QStringLiteral("--date"), QStringLiteral("2024-13-01")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--date '2024-13-01' is not a date")),
                 qPrintable(refused.err));
        QCOMPARE(fileDigest(db), before);

        const ProcessResult imported =
            runProcess(cli, {QStringLiteral("--db"), db, QStringLiteral("import"),
                             QStringLiteral("ndvi"), path(QStringLiteral("cli.tif")),
                             QStringLiteral("--date"), QStringLiteral("2024-05-01")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("NDVI = value x 0.0001 + 0 (from the "
                                                      "raster's metadata)")),
                 qPrintable(imported.out));

        const ProcessResult features = runProcess(
            cli, {QStringLiteral("--db"), db, QStringLiteral("features"), QStringLiteral("--storm"),
                  QStringLiteral("MAY"), QStringLiteral("--json")});
        QVERIFY2(features.exitCode == 0, qPrintable(features.err));
        const QJsonObject json = QJsonDocument::fromJson(features.out.toUtf8()).object();
        QMap<QString, QString> sources;
        for (const QJsonValue &row : json.value(QStringLiteral("territories")).toArray())
            sources.insert(row[QStringLiteral("code")].toString(),
                           row[QStringLiteral("leafOnSource")].toString());
        QCOMPARE(sources.value(QStringLiteral("N")), QStringLiteral("ndvi_seasonal"));
        QCOMPARE(sources.value(QStringLiteral("F")), QStringLiteral("calendar"));
        const ProcessResult summary =
            runProcess(cli, {QStringLiteral("--db"), db, QStringLiteral("features"),
                             QStringLiteral("--storm"), QStringLiteral("MAY")});
        QVERIFY2(summary.out.contains(QStringLiteral("Leaf-on source: 1 territories from NDVI "
                                                     "with their own season")),
                 qPrintable(summary.out));
    }
};

QTEST_GUILESS_MAIN(TestNdviLeafOn)
#include "tst_ndvileafon.moc"
