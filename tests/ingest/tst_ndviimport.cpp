// `import ndvi`: NDVI composites made by real tools (gdal_calc.py from red and near-infrared
// bands, gdal_translate for int16 with scale and offset metadata and a fill value), territory
// means computable by hand, upserts by (territory, date), and bad inputs that must leave the
// store byte-identical.
#include "ingest/ndviimporter.h"
#include "ingesttestsupport.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <optional>

using namespace stormcrew;
using namespace stormcrew::test;

namespace {

// A 2 x 2 field of 0.1 degree pixels from (-87, 38): values by pixel, row-major from the top.
std::function<double(double, double)> twoByTwo(std::array<double, 4> values)
{
    return [values](double x, double y) {
        const int c = x < -86.9 ? 0 : 1;
        const int r = y > 37.9 ? 0 : 1;
        return values[std::size_t(r * 2 + c)];
    };
}

// One territory's row for a date: value (nullopt for NULL) and coverage; nullopt: no row.
struct NdviRow {
    std::optional<double> value;
    double coverage = 0;
};

} // namespace

class TestNdviImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template; // territories H (half of each pixel), Q (inside the top-left pixel), F

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString freshStore(const QString &name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(m_template, copy) ? copy : QString();
    }

    static std::optional<NdviRow> row(Store &store, const QString &code, const QString &date)
    {
        auto stmt = sqlite::prepare(
            store.handle(), QStringLiteral("SELECT n.value, n.coverage FROM territory_ndvi n "
                                           "JOIN territory t ON t.id = n.territory_id WHERE "
                                           "t.code = ?1 AND n.observed_date = ?2"));
        const QByteArray c = code.toUtf8(), d = date.toUtf8();
        sqlite3_bind_text(stmt.get(), 1, c.constData(), int(c.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt.get(), 2, d.constData(), int(d.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(stmt.get()) != SQLITE_ROW)
            return std::nullopt;
        NdviRow r;
        if (sqlite3_column_type(stmt.get(), 0) != SQLITE_NULL)
            r.value = sqlite3_column_double(stmt.get(), 0);
        r.coverage = sqlite3_column_double(stmt.get(), 1);
        return r;
    }

    static qint64 count(Store &store, const QString &sql)
    {
        auto stmt = sqlite::prepare(store.handle(), sql);
        return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite3_column_int64(stmt.get(), 0)
                                                              : -1;
    }

    Result<ImportReport> import(Store &store, const QString &raster, const QString &date,
                                std::optional<double> scale = std::nullopt,
                                std::optional<double> offset = std::nullopt, int band = 1)
    {
        NdviImportOptions options;
        options.date = QDate::fromString(date, Qt::ISODate);
        options.scale = scale;
        options.offset = offset;
        options.band = band;
        return NdviImporter::run(store, path(raster), options, RejectPolicy::RollBackOnAnyReject);
    }

    QString gdalCalc(const QStringList &arguments)
    {
        return runTool(QStringLiteral("gdal_calc.py"),
                       QStringList{QStringLiteral("--quiet"), QStringLiteral("--overwrite"),
                                   QStringLiteral("-A"), path(QStringLiteral("nir.tif")),
                                   QStringLiteral("-B"), path(QStringLiteral("red.tif"))} +
                           arguments);
    }

    QString translate(const QString &from, const QString &to, const QStringList &options)
    {
        return runTool(QStringLiteral("gdal_translate"), QStringList{QStringLiteral("-q")} +
                                                             options +
                                                             QStringList{path(from), path(to)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        const QString wgs84 = QStringLiteral("EPSG:4326");
        // Reflectances as whole numbers, so that NDVI x 10,000 is exact in float32:
        // NDVI = (NIR - red) / (NIR + red) = 0.2, 0.5, 0.6, 0.8.
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("nir.tif")), 2, 2, -87, 38, 0.1, wgs84,
                                   twoByTwo({3, 6, 8, 18})),
                 QString());
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("red.tif")), 2, 2, -87, 38, 0.1, wgs84,
                                   twoByTwo({2, 2, 2, 2})),
                 QString());
        // Float NDVI as a user computes it from two bands.
        QCOMPARE(gdalCalc({QStringLiteral("--calc=(A-B)/(A+B)"), QStringLiteral("--type=Float32"),
                           QStringLiteral("--outfile=") + path(QStringLiteral("float.tif"))}),
                 QString());
        // The MODIS MOD13 encoding: int16 NDVI x 10,000, with and without scale metadata.
        QCOMPARE(
            gdalCalc({QStringLiteral("--calc=10000*(A-B)/(A+B)"), QStringLiteral("--type=Int16"),
                      QStringLiteral("--outfile=") + path(QStringLiteral("bare.tif"))}),
            QString());
        QCOMPARE(translate(QStringLiteral("bare.tif"), QStringLiteral("modis.tif"),
                           {QStringLiteral("-a_scale"), QStringLiteral("0.0001")}),
                 QString());
        // The same NDVI as value x 0.0002 - 1, in int16.
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("shifted.src.tif")), 2, 2, -87, 38, 0.1,
                                   wgs84, twoByTwo({6000, 7500, 8000, 9000})),
                 QString());
        QCOMPARE(translate(QStringLiteral("shifted.src.tif"), QStringLiteral("shifted.tif"),
                           {QStringLiteral("-ot"), QStringLiteral("Int16"),
                            QStringLiteral("-a_scale"), QStringLiteral("0.0002"),
                            QStringLiteral("-a_offset"), QStringLiteral("-1")}),
                 QString());
        // MODIS's fill value -3000 in the bottom-right pixel, declared as nodata.
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("fill.src.tif")), 2, 2, -87, 38, 0.1, wgs84,
                                   twoByTwo({2000, 5000, 6000, -3000})),
                 QString());
        QCOMPARE(translate(QStringLiteral("fill.src.tif"), QStringLiteral("fill.tif"),
                           {QStringLiteral("-ot"), QStringLiteral("Int16"),
                            QStringLiteral("-a_scale"), QStringLiteral("0.0001"),
                            QStringLiteral("-a_nodata"), QStringLiteral("-3000")}),
                 QString());
        // Two bands: band 2 is a later composite (NDVI 0.7 everywhere).
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("late.tif")), 2, 2, -87, 38, 0.1, wgs84,
                                   twoByTwo({0.7, 0.7, 0.7, 0.7})),
                 QString());
        QCOMPARE(runTool(QStringLiteral("gdalbuildvrt"),
                         {QStringLiteral("-q"), QStringLiteral("-separate"),
                          path(QStringLiteral("two.vrt")), path(QStringLiteral("float.tif")),
                          path(QStringLiteral("late.tif"))}),
                 QString());
        QCOMPARE(translate(QStringLiteral("two.vrt"), QStringLiteral("two.tif"), {}), QString());
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("bright.tif")), 2, 2, -87, 38, 0.1, wgs84,
                                   twoByTwo({0.5, 1.5, 0.5, 0.5})),
                 QString());
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("far.tif")), 2, 2, 10, 50.2, 0.1, wgs84,
                                   [](double, double) { return 0.4; }),
                 QString());
        QFile text(path(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a raster\n");
        text.close();

        QCOMPARE(writeTerritoriesGeoPackage(
                     path(QStringLiteral("territories.gpkg")),
                     {{QStringLiteral("H"),
                       QStringLiteral("Half of each pixel"),
                       {{-86.95, 37.8}, {-86.85, 37.8}, {-86.85, 38.0}, {-86.95, 38.0}}},
                      {QStringLiteral("Q"),
                       QStringLiteral("Inside the top-left pixel"),
                       {{-86.99, 37.91}, {-86.91, 37.91}, {-86.91, 37.99}, {-86.99, 37.99}}},
                      {QStringLiteral("F"),
                       QStringLiteral("Far away"),
                       {{10.02, 50.02}, {10.18, 50.02}, {10.18, 50.18}, {10.02, 50.18}}}}),
                 QString());
        m_template = path(QStringLiteral("template.sqlite"));
        auto store = Store::open(m_template, Store::Access::ReadWrite);
        QVERIFY(store);
        QCOMPARE(insertTerritories(*store.value(), path(QStringLiteral("territories.gpkg"))),
                 QString());
    }

    // Territory means by hand: H weighs the four pixels equally, Q sees the top-left one.
    void meansByHand_data()
    {
        QTest::addColumn<QString>("raster");
        QTest::addColumn<double>("scale"); // NaN: not given
        QTest::addColumn<int>("band");
        QTest::addColumn<double>("h");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("coverageH");
        const double none = std::nan("");
        const double mean = (0.2 + 0.5 + 0.6 + 0.8) / 4;
        QTest::newRow("float NDVI from gdal_calc.py")
            << QStringLiteral("float.tif") << none << 1 << mean << 0.2 << 1.0;
        QTest::newRow("int16 with the raster's scale 0.0001")
            << QStringLiteral("modis.tif") << none << 1 << mean << 0.2 << 1.0;
        QTest::newRow("int16 without metadata, --scale 0.0001")
            << QStringLiteral("bare.tif") << 1e-4 << 1 << mean << 0.2 << 1.0;
        QTest::newRow("int16 with scale 0.0002 and offset -1")
            << QStringLiteral("shifted.tif") << none << 1 << mean << 0.2 << 1.0;
        QTest::newRow("fill value -3000 declared nodata")
            << QStringLiteral("fill.tif") << none << 1 << (0.2 + 0.5 + 0.6) / 3 << 0.2 << 0.75;
        QTest::newRow("band 2 of a two-band file")
            << QStringLiteral("two.tif") << none << 2 << 0.7 << 0.7 << 1.0;
    }

    void meansByHand()
    {
        QFETCH(QString, raster);
        QFETCH(double, scale);
        QFETCH(int, band);
        QFETCH(double, h);
        QFETCH(double, q);
        QFETCH(double, coverageH);
        auto store =
            Store::open(freshStore(QStringLiteral("means.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        auto report = import(*store.value(), raster, QStringLiteral("2024-05-08"),
                             std::isnan(scale) ? std::nullopt : std::optional<double>(scale),
                             std::nullopt, band);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report.value().read(), qint64(3));
        QCOMPARE(report.value().accepted(), qint64(2));
        const auto rowH = row(*store.value(), QStringLiteral("H"), QStringLiteral("2024-05-08"));
        const auto rowQ = row(*store.value(), QStringLiteral("Q"), QStringLiteral("2024-05-08"));
        QVERIFY(rowH && rowH->value && rowQ && rowQ->value);
        // float32 pixels: 1e-6 of rounding.
        QVERIFY2(std::abs(*rowH->value - h) < 1e-6,
                 qPrintable(QStringLiteral("H: %1, expected %2").arg(*rowH->value).arg(h)));
        QVERIFY2(std::abs(*rowQ->value - q) < 1e-6,
                 qPrintable(QStringLiteral("Q: %1, expected %2").arg(*rowQ->value).arg(q)));
        QVERIFY(std::abs(rowH->coverage - coverageH) < 1e-9);
        // F lies outside the raster: recorded for the date, without a value.
        const auto rowF = row(*store.value(), QStringLiteral("F"), QStringLiteral("2024-05-08"));
        QVERIFY(rowF && !rowF->value && rowF->coverage == 0);
        QCOMPARE(count(*store.value(), QStringLiteral("SELECT count(*) FROM import_log WHERE "
                                                      "kind = 'ndvi' AND report_json LIKE "
                                                      "'%Composite of 2024-05-08%'")),
                 qint64(1));
    }

    // Several dates build a series; the same date again replaces its values; a territory
    // without a valid pixel never loses a value it already has for that date.
    void datesBuildASeriesAndUpsert()
    {
        auto store =
            Store::open(freshStore(QStringLiteral("series.sqlite")), Store::Access::ReadWrite);
        QVERIFY(store);
        Store &s = *store.value();
        QVERIFY(import(s, QStringLiteral("far.tif"), QStringLiteral("2024-04-22")));
        QVERIFY(import(s, QStringLiteral("modis.tif"), QStringLiteral("2024-04-22")));
        QVERIFY(row(s, QStringLiteral("F"), QStringLiteral("2024-04-22"))->value);
        QVERIFY(std::abs(*row(s, QStringLiteral("F"), QStringLiteral("2024-04-22"))->value - 0.4) <
                1e-6);
        QVERIFY(import(s, QStringLiteral("late.tif"), QStringLiteral("2024-04-22")));
        QVERIFY(std::abs(*row(s, QStringLiteral("H"), QStringLiteral("2024-04-22"))->value - 0.7) <
                1e-6);
        auto third = import(s, QStringLiteral("float.tif"), QStringLiteral("2024-05-08"));
        QVERIFY(third);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM territory_ndvi")), qint64(6));
        QCOMPARE(count(s, QStringLiteral("SELECT count(DISTINCT observed_date) FROM "
                                         "territory_ndvi")),
                 qint64(2));
        QVERIFY2(third.value().notes().contains(
                     QStringLiteral("The store holds NDVI of 2 date(s), from 2024-04-22 to "
                                    "2024-05-08.")),
                 qPrintable(third.value().notes().join(QLatin1Char('\n'))));
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM import_log WHERE kind = 'ndvi'")),
                 qint64(4));
    }

    // Bad inputs: a message that names the problem and the fix; the store file unchanged.
    void badInputLeavesStoreUntouched_data()
    {
        QTest::addColumn<QString>("raster");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("band");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a raster") << QStringLiteral("notes.txt") << QStringLiteral("2024-05-08")
                                      << 1 << QStringLiteral("cannot be read as a raster");
        QTest::newRow("missing file")
            << QStringLiteral("missing.tif") << QStringLiteral("2024-05-08") << 1
            << QStringLiteral("missing.tif");
        QTest::newRow("band that does not exist")
            << QStringLiteral("float.tif") << QStringLiteral("2024-05-08") << 2
            << QStringLiteral("has 1 band(s); --band 2 does not exist");
        QTest::newRow("no date") << QStringLiteral("float.tif") << QString() << 1
                                 << QStringLiteral("--date YYYY-MM-DD");
        QTest::newRow("int16 NDVI without a scale")
            << QStringLiteral("bare.tif") << QStringLiteral("2024-05-08") << 1
            << QStringLiteral("band 1 reaches 8000 over territory H, outside NDVI's -1..1, and "
                              "the raster declares no scale: NDVI stored as integers is scaled "
                              "(MODIS and Sentinel-2 store NDVI x 10,000: add --scale 0.0001)");
        QTest::newRow("a pixel above 1")
            << QStringLiteral("bright.tif") << QStringLiteral("2024-05-08") << 1
            << QStringLiteral("band 1 gives NDVI 1.5 over territory H (scale 1, offset 0), "
                              "outside -1..1; check --band, --scale and --offset");
        QTest::newRow("a date that does not exist")
            << QStringLiteral("float.tif") << QStringLiteral("2024-02-30") << 1
            << QStringLiteral("--date YYYY-MM-DD");
    }

    void badInputLeavesStoreUntouched()
    {
        QFETCH(QString, raster);
        QFETCH(QString, date);
        QFETCH(int, band);
        QFETCH(QString, message);
        const QString storePath = freshStore(QStringLiteral("bad.sqlite"));
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            QVERIFY(
                import(*store.value(), QStringLiteral("float.tif"), QStringLiteral("2024-04-22")));
        }
        const QByteArray before = sha256(storePath);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            auto refused = import(*store.value(), raster, date, std::nullopt, std::nullopt, band);
            QVERIFY(!refused);
            QVERIFY2(refused.error().toString().contains(message),
                     qPrintable(refused.error().toString()));
        }
        QCOMPARE(sha256(storePath), before);
    }

    // A raster that covers no territory with a valid pixel imports nothing.
    void aRasterOverNoTerritoryImportsNothing()
    {
        const QString storePath = freshStore(QStringLiteral("nowhere.sqlite"));
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
        }
        const QByteArray before = sha256(storePath);
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("ocean.tif")), 2, 2, -40, 30, 0.1,
                                   QStringLiteral("EPSG:4326"), [](double, double) { return 0.1; }),
                 QString());
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            auto refused =
                import(*store.value(), QStringLiteral("ocean.tif"), QStringLiteral("2024-05-08"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("covers none of the 3 "
                                                                     "territory(ies)")),
                     qPrintable(refused.error().toString()));
        }
        QCOMPARE(sha256(storePath), before);
    }
};

QTEST_GUILESS_MAIN(TestNdviImport)
#include "tst_ndviimport.moc"
