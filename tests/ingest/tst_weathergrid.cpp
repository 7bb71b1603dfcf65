// Gridded weather imports keep each band in the store (weather_grid, schema v3) so the map can
// draw the forecast field after the file is gone: values and geotransform round-trip from files
// made by gdal_translate and gdalbuildvrt, a re-import replaces its grids, and a refused import
// leaves no grid behind.
#include "ingest/gridweatherimporter.h"
#include "ingesttestsupport.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/weathergridrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::test;

namespace {

// A smooth field with a different value in every cell, on a 0.1 m/s grid (GRIB2's packing with
// one decimal keeps it exactly).
double gust(double x, double y)
{
    return std::round(10 * (14 + 0.7 * (x + 86) + 1.3 * (39 - y))) / 10;
}

// The geotransform GDAL itself reads from a file (gdalinfo -json).
std::array<double, 6> gdalGeoTransform(const QString &file)
{
    QProcess gdalinfo;
    gdalinfo.start(QStringLiteral("gdalinfo"), {QStringLiteral("-json"), file});
    gdalinfo.waitForFinished(60000);
    const QJsonArray gt = QJsonDocument::fromJson(gdalinfo.readAllStandardOutput())
                              .object()
                              .value(QStringLiteral("geoTransform"))
                              .toArray();
    std::array<double, 6> out{};
    for (int i = 0; i < 6 && i < gt.size(); ++i)
        out[std::size_t(i)] = gt.at(i).toDouble();
    return out;
}

qint64 count(Store &store, const char *sql)
{
    auto stmt = sqlite::prepare(store.handle(), QString::fromUtf8(sql));
    return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite3_column_int64(stmt.get(), 0)
                                                          : -1;
}

} // namespace

class TestWeatherGrid : public QObject {
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

    // Two bands (+6 h and +12 h of the 2023-03-03 00 UTC run) as GRIB2: band 1 the field,
    // band 2 the field plus `secondOffset`.
    QString writeGrib(const QString &name, double secondOffset)
    {
        const QString one = path(name + QStringLiteral("-1.tif"));
        const QString two = path(name + QStringLiteral("-2.tif"));
        if (const QString e =
                writeFieldGeoTiff(one, 6, 4, -86, 39, 0.5, QStringLiteral("EPSG:4326"), gust);
            !e.isEmpty())
            return e;
        if (const QString e = writeFieldGeoTiff(
                two, 6, 4, -86, 39, 0.5, QStringLiteral("EPSG:4326"),
                [secondOffset](double x, double y) { return gust(x, y) + secondOffset; });
            !e.isEmpty())
            return e;
        const QString vrt = path(name + QStringLiteral(".vrt"));
        if (const QString e =
                runTool(QStringLiteral("gdalbuildvrt"),
                        {QStringLiteral("-q"), QStringLiteral("-separate"), vrt, one, two});
            !e.isEmpty())
            return e;
        return runTool(
            QStringLiteral("gdal_translate"),
            {QStringLiteral("-q"), QStringLiteral("-of"), QStringLiteral("GRIB"),
             QStringLiteral("-co"),
             QStringLiteral("IDS=CENTER=7 SUBCENTER=0 MASTER_TABLE=2 SIGNF_REF_TIME=1 "
                            "REF_TIME=2023-03-03T00:00:00Z PROD_STATUS=0 TYPE=1"),
             QStringLiteral("-co"), QStringLiteral("DISCIPLINE=0"), QStringLiteral("-co"),
             QStringLiteral("PDS_PDTN=0"), QStringLiteral("-co"),
             QStringLiteral("DECIMAL_SCALE_FACTOR=1"), QStringLiteral("-co"),
             QStringLiteral("BAND_1_PDS_TEMPLATE_ASSEMBLED_VALUES=2 22 2 0 96 0 0 1 6 103 0 10 "
                            "255 0 0"),
             QStringLiteral("-co"),
             QStringLiteral("BAND_2_PDS_TEMPLATE_ASSEMBLED_VALUES=2 22 2 0 96 0 0 1 12 103 0 10 "
                            "255 0 0"),
             vrt, path(name + QStringLiteral(".grb2"))});
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
                       QStringLiteral("Inside the grid"),
                       {{-85.6, 37.6}, {-84.6, 37.6}, {-84.6, 38.6}, {-85.6, 38.6}}}}),
                 QString());
        m_template = path(QStringLiteral("template.sqlite"));
        auto store = Store::open(m_template, Store::Access::ReadWrite);
        QVERIFY(store);
        QCOMPARE(insertTerritories(*store.value(), path(QStringLiteral("t.gpkg"))), QString());
    }

    void gribBandsRoundTripThroughTheStore()
    {
        QCOMPARE(writeGrib(QStringLiteral("gust"), 8), QString());
        const QString grib = path(QStringLiteral("gust.grb2"));
        auto store =
            Store::open(freshStore(QStringLiteral("grib.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        GridWeatherOptions options;
        options.source = QStringLiteral("hrrr");
        auto report = GridWeatherImporter::run(*store.value(), grib, options,
                                               RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));

        auto grids = WeatherGridRepository(*store.value())
                         .issue(QStringLiteral("gust_ms"), qint64(1677801600));
        QVERIFY2(grids, qPrintable(grids ? QString() : grids.error().toString()));
        QCOMPARE(grids.value().size(), std::size_t(2));
        const std::array<double, 6> expected = gdalGeoTransform(grib);
        for (int band = 0; band < 2; ++band) {
            const WeatherGrid &g = grids.value()[std::size_t(band)];
            QCOMPARE(g.source, QStringLiteral("hrrr"));
            QCOMPARE(g.valid, qint64(1677801600) + (band == 0 ? 6 : 12) * 3600);
            QCOMPARE(g.issued, std::optional<qint64>(1677801600));
            QCOMPARE(g.width, 6);
            QCOMPARE(g.height, 4);
            for (int i = 0; i < 6; ++i)
                QVERIFY2(std::fabs(g.geoTransform[std::size_t(i)] - expected[std::size_t(i)]) <
                             1e-9,
                         qPrintable(QStringLiteral("gt%1: %2, gdalinfo says %3")
                                        .arg(i)
                                        .arg(g.geoTransform[std::size_t(i)], 0, 'g', 17)
                                        .arg(expected[std::size_t(i)], 0, 'g', 17)));
            QVERIFY2(g.crs.contains(QLatin1String("GEOGCRS")) ||
                         g.crs.contains(QLatin1String("GEOGCS")),
                     qPrintable(g.crs));
            // Cell (c, r) holds the field at its centre, in the file's own longitudes.
            for (int r = 0; r < g.height; ++r)
                for (int c = 0; c < g.width; ++c) {
                    const double x = -86 + (c + 0.5) * 0.5, y = 39 - (r + 0.5) * 0.5;
                    const double want = gust(x, y) + (band == 0 ? 0 : 8);
                    QVERIFY2(std::fabs(g.at(c, r) - want) < 1e-4,
                             qPrintable(QStringLiteral("band %1 cell (%2, %3): %4, expected %5")
                                            .arg(band + 1)
                                            .arg(c)
                                            .arg(r)
                                            .arg(g.at(c, r))
                                            .arg(want)));
                }
        }

        // A second import of the same file replaces its grids rather than adding to them.
        auto again = GridWeatherImporter::run(*store.value(), grib, options,
                                              RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(count(*store.value(), "SELECT count(*) FROM weather_grid"), 2);
    }

    void geoTiffInKnotsIsStoredInMetresPerSecond()
    {
        const QString tif = path(QStringLiteral("knots.tif"));
        QCOMPARE(writeFieldGeoTiff(tif, 3, 2, -86, 39, 1, QStringLiteral("EPSG:4326"),
                                   [](double, double) { return 50.0; }),
                 QString());
        auto store =
            Store::open(freshStore(QStringLiteral("knots.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        GridWeatherOptions options;
        options.unit = QStringLiteral("kt");
        options.validTime = 1677823200;
        auto report = GridWeatherImporter::run(*store.value(), tif, options,
                                               RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        auto grids = WeatherGridRepository(*store.value()).issue(QStringLiteral("gust_ms"), {});
        QVERIFY(grids);
        QCOMPARE(grids.value().size(), std::size_t(1));
        const WeatherGrid &g = grids.value().front();
        QVERIFY(!g.issued);
        QCOMPARE(g.valid, qint64(1677823200));
        const std::array<double, 6> expected{-86, 1, 0, 39, 0, -1};
        QCOMPARE(g.geoTransform, expected);
        for (float v : g.values)
            QVERIFY2(std::fabs(v - 50 * 1852.0 / 3600) < 1e-4, qPrintable(QString::number(v)));
    }

    void aRefusedImportLeavesNoGrid()
    {
        // Band 2 holds 250 m/s gusts: implausible, so the whole import rolls back, band 1's grid
        // (already written in the transaction) included.
        QCOMPARE(writeGrib(QStringLiteral("bad"), 236), QString());
        const QString storePath = freshStore(QStringLiteral("bad.sqlite"));
        const QByteArray before = sha256(storePath);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            auto report =
                GridWeatherImporter::run(*store.value(), path(QStringLiteral("bad.grb2")),
                                         GridWeatherOptions{}, RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!report);
            QCOMPARE(count(*store.value(), "SELECT count(*) FROM weather_grid"), 0);
            QCOMPARE(count(*store.value(), "SELECT count(*) FROM weather"), 0);
        }
        QCOMPARE(sha256(storePath), before);
    }
};

QTEST_GUILESS_MAIN(TestWeatherGrid)
#include "tst_weathergrid.moc"
