// Benchmark: zonal means of a 10,000 x 10,000 float raster over the 3,231 US counties, ours
// (exact coverage weights, and centre-in for a like-for-like check) against rasterio.mask.
// Prints: figure<TAB>stormcrew_seconds<TAB>peer_name<TAB>peer_seconds<TAB>goal
// Usage: bench_zonal [WORKDIR]  (the 400 MB raster is made once and kept there)
#include "ingest/gdalraster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <map>

using namespace stormcrew;

namespace {

constexpr int kSize = 10000;
// CONUS in WGS 84; Alaska, Hawaii and Puerto Rico fall outside and have no mean on either side.
constexpr double kWest = -125.0, kNorth = 49.5, kEast = -66.0, kSouth = 24.5;

bool makeRaster(const QString &path)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    char **options = nullptr;
    options = CSLSetNameValue(options, "TILED", "YES");
    options = CSLSetNameValue(options, "BIGTIFF", "YES");
    GDALDatasetUniquePtr ds(
        driver->Create(path.toUtf8().constData(), kSize, kSize, 1, GDT_Float32, options));
    CSLDestroy(options);
    if (!ds)
        return false;
    double gt[6] = {kWest, (kEast - kWest) / kSize, 0, kNorth, 0, -(kNorth - kSouth) / kSize};
    ds->SetGeoTransform(gt);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    ds->SetSpatialRef(&wgs84);
    std::vector<float> row(kSize);
    GDALRasterBand *band = ds->GetRasterBand(1);
    for (int r = 0; r < kSize; ++r) {
        const double lat = kNorth + (r + 0.5) * gt[5];
        for (int c = 0; c < kSize; ++c) {
            const double lon = kWest + (c + 0.5) * gt[1];
            row[size_t(c)] = float(100 + 30 * std::sin(lon * 0.7) * std::cos(lat * 0.9) +
                                   10 * std::sin(lon * 5.1 + lat * 3.3));
        }
        if (band->RasterIO(GF_Write, 0, r, kSize, 1, row.data(), kSize, 1, GDT_Float32, 0, 0,
                           nullptr) != CE_None)
            return false;
    }
    return true;
}

std::vector<TerritoryShape> loadCounties(const QString &path)
{
    std::vector<TerritoryShape> shapes;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds)
        return shapes;
    OGRLayer *layer = ds->GetLayer(0);
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry)
            continue;
        TerritoryShape shape;
        shape.id = qint64(shapes.size());
        shape.code = QString::fromUtf8(feature->GetFieldAsString("fips"));
        QByteArray wkb(int(geometry->WkbSize()), '\0');
        geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
        shape.wkb = wkb;
        shapes.push_back(std::move(shape));
    }
    return shapes;
}

} // namespace

// The peer's version, for the table.
QString rasterioVersion()
{
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QStringLiteral("import rasterio; print(rasterio.__version__)")});
    python.waitForFinished(60000);
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ensureGdalRegistered();
    const QString work = argc > 1
                             ? QString::fromLocal8Bit(argv[1])
                             : qEnvironmentVariable("STORMCREW_BENCH_WORKDIR", QDir::tempPath());
    const QString raster = work + QStringLiteral("/bench_zonal_10000.tif");
    const QString counties =
        QStringLiteral(SHARED_DATA_DIR "/boundaries/us_counties_census2017.geojson");
    if (!QFileInfo::exists(raster) && !makeRaster(raster)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(raster));
        return 1;
    }
    const auto shapes = loadCounties(counties);
    auto opened = GdalRaster::open(raster);
    if (shapes.empty() || !opened) {
        std::fprintf(stderr, "cannot read the counties or the raster\n");
        return 1;
    }

    auto timed = [&](zonal::Weighting weighting, double &seconds) {
        zonal::ZonalOptions options;
        options.weighting = weighting;
        QElapsedTimer timer;
        timer.start();
        auto result = opened.value()->zonalStatistics(1, shapes, options);
        seconds = timer.nsecsElapsed() / 1e9;
        return result.ok() ? result.value() : std::vector<zonal::ZonalStatistics>{};
    };
    double exactSeconds = 0, centreSeconds = 0;
    const auto exact = timed(zonal::Weighting::Exact, exactSeconds);
    const auto centre = timed(zonal::Weighting::CentreIn, centreSeconds);

    const QString peerOut = work + QStringLiteral("/bench_zonal_rasterio.csv");
    QProcess peer;
    peer.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(SOURCE_DIR "/zonal_rasterio.py"), raster, counties, peerOut});
    peer.waitForFinished(-1);
    const double peerSeconds = peer.readAllStandardOutput().trimmed().toDouble();
    if (peer.exitCode() != 0 || peerSeconds <= 0) {
        std::fprintf(stderr, "rasterio peer failed: %s\n", peer.readAllStandardError().constData());
        return 1;
    }
    std::map<QString, double> peerMeans;
    QFile csv(peerOut);
    if (csv.open(QIODevice::ReadOnly)) {
        while (!csv.atEnd()) {
            const QList<QByteArray> cells = csv.readLine().trimmed().split(',');
            if (cells.size() == 2)
                peerMeans[QString::fromUtf8(cells[0])] = cells[1].toDouble();
        }
    }
    double worstCentre = 0, worstExact = 0;
    int compared = 0, mismatched = 0;
    for (size_t i = 0; i < shapes.size(); ++i) {
        const auto it = peerMeans.find(shapes[i].code);
        if (it == peerMeans.end() || std::isnan(it->second) || !centre[i].hasValue())
            continue;
        ++compared;
        const double relCentre = std::abs(centre[i].mean - it->second) / std::abs(it->second);
        worstCentre = std::max(worstCentre, relCentre);
        if (relCentre > 1e-6)
            ++mismatched;
        if (exact[i].hasValue())
            worstExact =
                std::max(worstExact, std::abs(exact[i].mean - it->second) / std::abs(it->second));
    }
    std::fprintf(stderr,
                 "centre-in: %d counties compared, worst relative difference %.2e, %d above 1e-6; "
                 "exact coverage differs from centre-in rasterio by up to %.2e (different "
                 "weighting of partial pixels)\n",
                 compared, worstCentre, mismatched, worstExact);
    if (mismatched > 0) {
        std::fprintf(stderr, "centre-in means differ from rasterio's: not a valid figure\n");
        return 1;
    }
    // Goal: at least 5x faster than rasterio (issue 3).
    std::printf("zonal means, 10000x10000 float32 x 3231 counties, centre-in weighting\t%.3f\t"
                "python3-rasterio %s rasterio.mask (all_touched=False)\t%.3f\t5\n",
                centreSeconds, qPrintable(rasterioVersion()), peerSeconds);
    std::printf("zonal means, 10000x10000 float32 x 3231 counties, exact coverage weighting\t%.3f\t"
                "python3-rasterio %s rasterio.mask (all_touched=False)\t%.3f\t5\n",
                exactSeconds, qPrintable(rasterioVersion()), peerSeconds);
    return 0;
}
