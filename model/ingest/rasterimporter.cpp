#include "rasterimporter.h"

#include "gdalraster.h"
#include "ingestlogging.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/territoryrepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

Error storeError(const Store &store)
{
    return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
}

// Writes one statistic row; value is NULL when the territory has no valid pixel.
bool upsertStat(sqlite3_stmt *stmt, qint64 territory, const QByteArray &name,
                const QByteArray &statistic, std::optional<double> value, double coverage,
                const QByteArray &source, qint64 now)
{
    sqlite3_reset(stmt);
    sqlite3_bind_int64(stmt, 1, territory);
    sqlite3_bind_text(stmt, 2, name.constData(), int(name.size()), SQLITE_STATIC);
    sqlite3_bind_text(stmt, 3, statistic.constData(), int(statistic.size()), SQLITE_STATIC);
    if (value)
        sqlite3_bind_double(stmt, 4, *value);
    else
        sqlite3_bind_null(stmt, 4);
    sqlite3_bind_double(stmt, 5, coverage);
    sqlite3_bind_text(stmt, 6, source.constData(), int(source.size()), SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 7, now);
    return sqlite3_step(stmt) == SQLITE_DONE;
}

} // namespace

QString RasterImporter::fractionAboveName(double threshold)
{
    return QStringLiteral("fraction_above:") + QString::number(threshold, 'g', 12);
}

Result<ZonalInput> RasterImporter::openZonal(Store &store, const QString &file, int band)
{
    auto opened = GdalRaster::open(file);
    if (!opened)
        return opened.error();
    if (band < 1 || band > opened.value()->bandCount())
        return Error{
            tr("has %n band(s); --band %1 does not exist", nullptr, opened.value()->bandCount())
                .arg(band),
            file,
            0,
            {}};
    auto territories = TerritoryRepository(store).shapes();
    if (!territories)
        return territories.error();
    if (territories.value().empty())
        return Error{tr("the store holds no territories; import them first "
                        "(stormcrew-cli import territories FILE)"),
                     store.path(),
                     0,
                     {}};
    return ZonalInput{std::move(opened.value()), std::move(territories.value())};
}

Result<ImportReport> RasterImporter::run(Store &store, const QString &file,
                                         const RasterImportOptions &options, RejectPolicy policy)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    if (!validName.match(options.name).hasMatch())
        return Error{tr("'%1' is not a usable name for --as: use letters, digits, '_', '.' or "
                        "'-', starting with a letter (canopy, ndvi, elevation, ...)")
                         .arg(options.name),
                     file,
                     0,
                     {}};
    if (options.scale && !(std::isfinite(*options.scale) && *options.scale != 0))
        return Error{tr("--scale must be a finite number other than 0"), file, 0, {}};

    auto input = openZonal(store, file, options.band);
    if (!input)
        return input.error();
    const GdalRaster &raster = *input.value().raster;
    const std::vector<TerritoryShape> &territories = input.value().territories;

    const double scale = options.scale.value_or(1.0);
    zonal::ZonalOptions zonalOptions;
    zonalOptions.weighting = options.weighting;
    if (options.threshold)
        zonalOptions.threshold = *options.threshold / scale;
    auto computed = raster.zonalStatistics(options.band, territories, zonalOptions);
    if (!computed)
        return computed.error();
    const auto &stats = computed.value();

    const bool canopy = options.name == QLatin1String("canopy");
    if (canopy && !options.scale) {
        double largest = 0;
        for (const auto &s : stats) {
            if (s.hasValue())
                largest = std::max(largest, s.maximum);
        }
        if (largest > 1.0)
            return Error{largest <= 100.0
                             ? tr("canopy values reach %1, which looks like percent (0-100); "
                                  "add --scale 0.01")
                                   .arg(largest)
                             : tr("canopy values reach %1, but canopy is a fraction of area "
                                  "(0-1); give --scale to convert them")
                                   .arg(largest),
                         file,
                         0,
                         {}};
    }

    ImportReport report(QStringLiteral("raster"), file);
    ImportTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto stat = sqlite::prepare(
        store.handle(),
        QStringLiteral("INSERT INTO territory_stat(territory_id, name, statistic, value, "
                       "coverage, source, imported_time) VALUES(?1,?2,?3,?4,?5,?6,?7) "
                       "ON CONFLICT(territory_id, name, statistic) DO UPDATE SET "
                       "value=excluded.value, coverage=excluded.coverage, "
                       "source=excluded.source, imported_time=excluded.imported_time"));
    auto canopyUpdate = sqlite::prepare(
        store.handle(), QStringLiteral("UPDATE territory SET canopy_fraction=?1 WHERE id=?2"));
    if (!stat || !canopyUpdate)
        return storeError(store);

    const QByteArray name = options.name.toUtf8();
    const QByteArray mean = QByteArrayLiteral("mean");
    const QByteArray above =
        options.threshold ? fractionAboveName(*options.threshold).toUtf8() : QByteArray();
    const QByteArray source =
        (options.source.isEmpty() ? QFileInfo(file).fileName() : options.source).toUtf8();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int uncovered = 0;
    for (size_t i = 0; i < stats.size(); ++i) {
        const TerritoryShape &territory = territories[i];
        const zonal::ZonalStatistics &s = stats[i];
        report.countRead();
        if (!s.hasValue()) {
            // A raster tile covers some territories; the others keep what they had.
            ++uncovered;
            continue;
        }
        const double value = s.mean * scale;
        bool written =
            upsertStat(stat.get(), territory.id, name, mean, value, s.coverage(), source, now);
        if (written && options.threshold)
            written = upsertStat(stat.get(), territory.id, name, above, s.fractionAbove,
                                 s.coverage(), source, now);
        if (written && canopy) {
            sqlite3_reset(canopyUpdate.get());
            sqlite3_bind_double(canopyUpdate.get(), 1, std::clamp(value, 0.0, 1.0));
            sqlite3_bind_int64(canopyUpdate.get(), 2, territory.id);
            written = sqlite3_step(canopyUpdate.get()) == SQLITE_DONE;
        }
        if (!written)
            return storeError(store);
        report.countAccepted();
        qCDebug(lcIngest) << "raster" << options.name << territory.code << "mean" << value
                          << "coverage" << s.coverage();
    }
    if (uncovered > 0)
        report.note(tr("%n territory(ies) not covered by valid pixels of the raster; their "
                       "figures are left unchanged",
                       nullptr, uncovered));
    if (report.accepted() == 0)
        return Error{tr("the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) "
                        "with valid pixels; check its extent and CRS",
                        nullptr, int(stats.size()))
                         .arg(raster.crsName())
                         .arg(raster.width())
                         .arg(raster.height()),
                     file,
                     0,
                     {}};
    if (auto finished = transaction.finish(report, policy); !finished)
        return finished.error();
    return report;
}

} // namespace stormcrew
