// `import raster`: hand-computable GeoTIFFs, the same field at several resolutions and CRSs,
// nodata, canopy in percent, and bad inputs that must leave the store byte-identical.
#include "ingest/rasterimporter.h"
#include "ingesttestsupport.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace stormcrew;
using namespace stormcrew::test;

namespace {

// A smooth field over UTM zone 16N metres (around Kentucky): a gentle ramp and two waves.
double smoothField(double x, double y)
{
    return 50 + 0.0004 * (x - 500000) +
           20 * std::sin(2 * M_PI * x / 20000) * std::cos(2 * M_PI * y / 15000);
}

// Territories inside the fixture rasters, in WGS 84: an irregular pentagon, a thin triangle and
// a hexagon, sized like small counties (10-20 km).
std::vector<TestTerritory> fieldTerritories()
{
    std::vector<TestTerritory> list{
        {QStringLiteral("A"),
         QStringLiteral("Pentagon"),
         {{-87.18, 37.86}, {-87.03, 37.87}, {-87.02, 37.97}, {-87.10, 38.00}, {-87.17, 37.95}}},
        {QStringLiteral("B"),
         QStringLiteral("Triangle"),
         {{-86.98, 37.95}, {-86.78, 38.02}, {-86.90, 38.15}}}};
    TestTerritory hexagon{QStringLiteral("C"), QStringLiteral("Hexagon"), {}};
    for (int i = 0; i < 6; ++i)
        hexagon.ring.emplace_back(-87.10 + 0.06 * std::cos(i * M_PI / 3),
                                  38.10 + 0.045 * std::sin(i * M_PI / 3));
    list.push_back(hexagon);
    return list;
}

} // namespace

class TestRasterImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_templateStore; // territories A, B, C
    QString m_handStore;     // territory H: half of each pixel of the 2x2 rasters

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh copy of a template store, so each case starts from the same bytes.
    QString copyOf(const QString &store, const QString &name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        if (!QFile::copy(store, copy))
            return {};
        return copy;
    }

    std::map<QString, double> stats(Store &store, const QString &name, const QString &statistic)
    {
        std::map<QString, double> values;
        auto stmt = sqlite::prepare(store.handle(),
                                    QStringLiteral("SELECT t.code, s.value FROM territory_stat s "
                                                   "JOIN territory t ON t.id = s.territory_id "
                                                   "WHERE s.name = ?1 AND s.statistic = ?2"));
        const QByteArray n = name.toUtf8();
        const QByteArray st = statistic.toUtf8();
        sqlite3_bind_text(stmt.get(), 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt.get(), 2, st.constData(), int(st.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(stmt.get()) == SQLITE_ROW)
            values[sqlite::columnText(stmt.get(), 0)] = sqlite3_column_double(stmt.get(), 1);
        return values;
    }

    std::map<QString, double> importMeans(const QString &raster, zonal::Weighting weighting)
    {
        const QString storePath = copyOf(m_templateStore, QStringLiteral("means.sqlite"));
        auto store = Store::open(storePath, Store::Access::ReadWrite);
        if (!store)
            return {};
        RasterImportOptions options;
        options.name = QStringLiteral("field");
        options.weighting = weighting;
        auto report =
            RasterImporter::run(*store.value(), raster, options, RejectPolicy::RollBackOnAnyReject);
        if (!report) {
            qWarning() << report.error().toString();
            return {};
        }
        return stats(*store.value(), QStringLiteral("field"), QStringLiteral("mean"));
    }

    static QString makeStore(const QString &storePath, const QString &gpkg)
    {
        auto store = Store::open(storePath, Store::Access::ReadWrite);
        if (!store)
            return store.error().toString();
        return insertTerritories(*store.value(), gpkg);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        // The field at 30 m in UTM 16N, 45 km square; coarser and reprojected copies by gdalwarp.
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("field30.tif")), 1500, 1500, 480000, 4230000,
                                   30, QStringLiteral("EPSG:32616"), smoothField),
                 QString());
        const QString src = path(QStringLiteral("field30.tif"));
        const QStringList warp{QStringLiteral("-q"), QStringLiteral("-overwrite")};
        QCOMPARE(runTool(QStringLiteral("gdalwarp"),
                         warp + QStringList{QStringLiteral("-tr"), QStringLiteral("250"),
                                            QStringLiteral("250"), QStringLiteral("-r"),
                                            QStringLiteral("average"), src,
                                            path(QStringLiteral("field250.tif"))}),
                 QString());
        QCOMPARE(runTool(QStringLiteral("gdalwarp"),
                         warp + QStringList{QStringLiteral("-t_srs"), QStringLiteral("EPSG:4326"),
                                            QStringLiteral("-tr"), QStringLiteral("0.0004"),
                                            QStringLiteral("0.0004"), QStringLiteral("-r"),
                                            QStringLiteral("bilinear"), src,
                                            path(QStringLiteral("field4326.tif"))}),
                 QString());
        QCOMPARE(runTool(QStringLiteral("gdalwarp"),
                         warp + QStringList{QStringLiteral("-t_srs"), QStringLiteral("EPSG:5070"),
                                            QStringLiteral("-tr"), QStringLiteral("60"),
                                            QStringLiteral("60"), QStringLiteral("-r"),
                                            QStringLiteral("bilinear"), src,
                                            path(QStringLiteral("field5070.tif"))}),
                 QString());

        QCOMPARE(writeTerritoriesGeoPackage(path(QStringLiteral("field.gpkg")), fieldTerritories()),
                 QString());
        m_templateStore = path(QStringLiteral("template.sqlite"));
        QCOMPARE(makeStore(m_templateStore, path(QStringLiteral("field.gpkg"))), QString());

        // 2x2 rasters of 0.1 degree pixels from (-87, 38) down to (-86.8, 37.8); territory H is
        // the rectangle lon -86.95..-86.85: half of each pixel.
        auto twoByTwo = [](std::array<double, 4> values) {
            return [values](double x, double y) {
                const int c = x < -86.9 ? 0 : 1;
                const int r = y > 37.9 ? 0 : 1;
                return values[size_t(r * 2 + c)];
            };
        };
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("hand.tif")), 2, 2, -87, 38, 0.1,
                                   QStringLiteral("EPSG:4326"), twoByTwo({1, 2, 3, 4})),
                 QString());
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("far.tif")), 2, 2, 10, 50, 0.1,
                                   QStringLiteral("EPSG:4326"), twoByTwo({1, 2, 3, 4})),
                 QString());
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("percent.tif")), 2, 2, -87, 38, 0.1,
                                   QStringLiteral("EPSG:4326"), twoByTwo({10, 20, 30, 40})),
                 QString());
        QCOMPARE(writeFieldGeoTiff(path(QStringLiteral("holes.src.tif")), 2, 2, -87, 38, 0.1,
                                   QStringLiteral("EPSG:4326"), twoByTwo({1, -9999, 3, 4})),
                 QString());
        QCOMPARE(
            runTool(QStringLiteral("gdal_translate"),
                    {QStringLiteral("-q"), QStringLiteral("-a_nodata"), QStringLiteral("-9999"),
                     path(QStringLiteral("holes.src.tif")), path(QStringLiteral("nodata.tif"))}),
            QString());
        QCOMPARE(writeTerritoriesGeoPackage(
                     path(QStringLiteral("hand.gpkg")),
                     {{QStringLiteral("H"),
                       QStringLiteral("Half of each pixel"),
                       {{-86.95, 37.8}, {-86.85, 37.8}, {-86.85, 38.0}, {-86.95, 38.0}}},
                      {QStringLiteral("T"),
                       QStringLiteral("Triangle"),
                       {{-87.0, 38.0}, {-86.8, 38.0}, {-87.0, 37.8}}}}),
                 QString());
        m_handStore = path(QStringLiteral("hand.sqlite"));
        QCOMPARE(makeStore(m_handStore, path(QStringLiteral("hand.gpkg"))), QString());
    }

    void handComputed_data()
    {
        QTest::addColumn<QString>("raster");
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("fractionAbove2"); // share of area above 2
        QTest::addColumn<double>("coverage");

        QTest::newRow("half of each pixel of 1 2 / 3 4")
            << QStringLiteral("hand.tif") << QStringLiteral("H") << 2.5 << 0.5 << 1.0;
        // Triangle over the whole grid: weights 1, 0.5 / 0.5, 0.
        QTest::newRow("triangle over 1 2 / 3 4")
            << QStringLiteral("hand.tif") << QStringLiteral("T") << 1.75 << 0.25 << 1.0;
        QTest::newRow("nodata pixel leaves three half pixels")
            << QStringLiteral("nodata.tif") << QStringLiteral("H") << 8.0 / 3 << 2.0 / 3 << 0.75;
    }

    void handComputed()
    {
        QFETCH(QString, raster);
        QFETCH(QString, code);
        QFETCH(double, mean);
        QFETCH(double, fractionAbove2);
        QFETCH(double, coverage);
        auto store = Store::open(copyOf(m_handStore, QStringLiteral("hand-case.sqlite")),
                                 Store::Access::ReadWrite);
        QVERIFY(store);
        RasterImportOptions options;
        options.name = QStringLiteral("ndvi");
        options.threshold = 2;
        auto report = RasterImporter::run(*store.value(), path(raster), options,
                                          RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const auto means = stats(*store.value(), QStringLiteral("ndvi"), QStringLiteral("mean"));
        const auto above =
            stats(*store.value(), QStringLiteral("ndvi"), QStringLiteral("fraction_above:2"));
        QVERIFY2(std::abs(means.at(code) - mean) < 1e-9,
                 qPrintable(QStringLiteral("mean %1, expected %2").arg(means.at(code)).arg(mean)));
        QVERIFY2(std::abs(above.at(code) - fractionAbove2) < 1e-9,
                 qPrintable(QStringLiteral("fraction above 2 is %1, expected %2")
                                .arg(above.at(code))
                                .arg(fractionAbove2)));
        auto stmt = sqlite::prepare(store.value()->handle(),
                                    QStringLiteral("SELECT s.coverage FROM territory_stat s JOIN "
                                                   "territory t ON t.id = s.territory_id WHERE "
                                                   "t.code = ?1 AND s.statistic = 'mean'"));
        const QByteArray c = code.toUtf8();
        sqlite3_bind_text(stmt.get(), 1, c.constData(), int(c.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(stmt.get()), SQLITE_ROW);
        QVERIFY(std::abs(sqlite3_column_double(stmt.get(), 0) - coverage) < 1e-9);
    }

    // The classic trap: the same field seen at another resolution or in another CRS must give
    // the same territory means. Tolerance: 0.02 % of the mean (the field spans about 25..75);
    // exact weighting stays below 0.008 %, centre-in weighting strays up to 0.045 % at 250 m.
    void sameFieldAgrees_data()
    {
        QTest::addColumn<QString>("raster");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("250 m average of the 30 m field") << QStringLiteral("field250.tif") << 2e-4;
        QTest::newRow("reprojected to WGS 84, 0.0004 degree")
            << QStringLiteral("field4326.tif") << 2e-4;
        QTest::newRow("reprojected to CONUS Albers (EPSG:5070), 60 m")
            << QStringLiteral("field5070.tif") << 2e-4;
    }

    void sameFieldAgrees()
    {
        QFETCH(QString, raster);
        QFETCH(double, tolerance);
        const auto reference =
            importMeans(path(QStringLiteral("field30.tif")), zonal::Weighting::Exact);
        const auto other = importMeans(path(raster), zonal::Weighting::Exact);
        const auto centre = importMeans(path(raster), zonal::Weighting::CentreIn);
        QCOMPARE(reference.size(), size_t(3));
        QCOMPARE(other.size(), size_t(3));
        for (const auto &[code, expected] : reference) {
            const double actual = other.at(code);
            const double relative = std::abs(actual - expected) / std::abs(expected);
            qInfo("%s territory %s: 30 m %.6f, here %.6f exact (%.2e relative), %.6f centre-in "
                  "(%.2e)",
                  qPrintable(raster), qPrintable(code), expected, actual, relative, centre.at(code),
                  std::abs(centre.at(code) - expected) / std::abs(expected));
            QVERIFY2(relative <= tolerance,
                     qPrintable(QStringLiteral("territory %1: mean %2 at 30 m but %3 in %4 "
                                               "(relative difference %5 > %6)")
                                    .arg(code)
                                    .arg(expected)
                                    .arg(actual)
                                    .arg(raster)
                                    .arg(relative)
                                    .arg(tolerance)));
        }
    }

    void canopyInPercent()
    {
        const QString storePath = copyOf(m_handStore, QStringLiteral("canopy.sqlite"));
        auto store = Store::open(storePath, Store::Access::ReadWrite);
        QVERIFY(store);
        RasterImportOptions options;
        options.name = QStringLiteral("canopy");
        auto refused = RasterImporter::run(*store.value(), path(QStringLiteral("percent.tif")),
                                           options, RejectPolicy::RollBackOnAnyReject);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("canopy values reach 40, which looks like percent (0-100); add "
                                "--scale 0.01"));
        options.scale = 0.01;
        auto report = RasterImporter::run(*store.value(), path(QStringLiteral("percent.tif")),
                                          options, RejectPolicy::RollBackOnAnyReject);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        auto stmt = sqlite::prepare(
            store.value()->handle(),
            QStringLiteral("SELECT canopy_fraction FROM territory WHERE code = 'H'"));
        QCOMPARE(sqlite3_step(stmt.get()), SQLITE_ROW);
        QVERIFY(std::abs(sqlite3_column_double(stmt.get(), 0) - 0.25) < 1e-9);
    }

    // Bad inputs: the exact message, and the store file byte for byte as it was.
    void badInputLeavesStoreUntouched_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("band");
        QTest::addColumn<QString>("message");

        QTest::newRow("GeoTIFF without georeferencing")
            << QStringLiteral("plain.tif") << QStringLiteral("ndvi") << 1
            << QStringLiteral("has no georeferencing (no pixel size and origin); assign them "
                              "with: gdal_translate -a_srs EPSG:4326 -a_ullr ULX ULY LRX LRY "
                              "in.tif out.tif");
        QTest::newRow("truncated GeoTIFF")
            << QStringLiteral("truncated.tif") << QStringLiteral("ndvi") << 1
            << QStringLiteral("cannot be read (band 1, rows 806-1500): @DIR@/truncated.tif, band "
                              "1: IReadBlock failed at X offset 0, Y offset 805: "
                              "TIFFReadEncodedStrip() failed.");
        QTest::newRow("a CSV file is not a raster")
            << QStringLiteral("table.csv") << QStringLiteral("ndvi") << 1
            << QStringLiteral("cannot be read as a raster: `@DIR@/table.csv' not recognized as "
                              "a supported file format.");
        QTest::newRow("band that does not exist")
            << QStringLiteral("hand.tif") << QStringLiteral("ndvi") << 3
            << QStringLiteral("has 1 band(s); --band 3 does not exist");
        QTest::newRow("name with a colon")
            << QStringLiteral("hand.tif") << QStringLiteral("ndvi:x") << 1
            << QStringLiteral("'ndvi:x' is not a usable name for --as: use letters, digits, "
                              "'_', '.' or '-', starting with a letter (canopy, ndvi, "
                              "elevation, ...)");
        QTest::newRow("raster far from every territory")
            << QStringLiteral("far.tif") << QStringLiteral("ndvi") << 1
            << QStringLiteral("the raster (EPSG:4326, 2 x 2 pixels) covers none of the 2 "
                              "territory(ies) with valid pixels; check its extent and CRS");
        QTest::newRow("file that does not exist")
            << QStringLiteral("missing.tif") << QStringLiteral("ndvi") << 1
            << QStringLiteral("does not exist");
    }

    void badInputLeavesStoreUntouched()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(int, band);
        QFETCH(QString, message);
        QCOMPARE(runTool(QStringLiteral("gdal_create"),
                         {QStringLiteral("-q"), QStringLiteral("-of"), QStringLiteral("GTiff"),
                          QStringLiteral("-outsize"), QStringLiteral("2"), QStringLiteral("2"),
                          QStringLiteral("-burn"), QStringLiteral("1"),
                          path(QStringLiteral("plain.tif"))}),
                 QString());
        QFile source(path(QStringLiteral("field30.tif")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile truncated(path(QStringLiteral("truncated.tif")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(source.read(source.size() / 3));
        truncated.close();
        QFile csv(path(QStringLiteral("table.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("territory,valid_time,gust_ms\nA,2023-03-03T00:00:00Z,20\n");
        csv.close();

        const QString storePath = copyOf(m_handStore, QStringLiteral("bad.sqlite"));
        const QByteArray before = sha256(storePath);
        {
            auto store = Store::open(storePath, Store::Access::ReadWrite);
            QVERIFY(store);
            RasterImportOptions options;
            options.name = name;
            options.band = band;
            auto report = RasterImporter::run(*store.value(), path(file), options,
                                              RejectPolicy::RollBackOnAnyReject);
            QVERIFY(!report);
            QCOMPARE(report.error().message,
                     QString(message).replace(QStringLiteral("@DIR@"), m_dir.path()));
        }
        QCOMPARE(sha256(storePath), before);
    }
};

QTEST_GUILESS_MAIN(TestRasterImport)
#include "tst_rasterimport.moc"
