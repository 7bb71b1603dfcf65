#include "ndviimporter.h"

#include "gdalraster.h"
#include "ingestlogging.h"
#include "rasterimporter.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

Error storeError(const Store &store)
{
    return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
}

// Rounding may carry a mean of values at the edge a hair past it; the schema checks -1..1.
constexpr double Slack = 1e-9;

bool inRange(double ndvi)
{
    return ndvi >= -1 - Slack && ndvi <= 1 + Slack;
}

// The series the store holds after this import, for the report.
struct SeriesSpan {
    qint64 dates = 0;
    QString first;
    QString last;
};

std::optional<SeriesSpan> seriesSpan(Store &store)
{
    auto stmt = sqlite::prepare(store.handle(),
                                QStringLiteral("SELECT count(DISTINCT observed_date), "
                                               "min(observed_date), max(observed_date) FROM "
                                               "territory_ndvi WHERE value IS NOT NULL"));
    if (!stmt || sqlite3_step(stmt.get()) != SQLITE_ROW)
        return std::nullopt;
    return SeriesSpan{sqlite3_column_int64(stmt.get(), 0), sqlite::columnText(stmt.get(), 1),
                      sqlite::columnText(stmt.get(), 2)};
}

} // namespace

Result<ImportReport> NdviImporter::run(Store &store, const QString &file,
                                       const NdviImportOptions &options, RejectPolicy policy)
{
    if (!options.date.isValid())
        return Error{
            tr("give the day the composite stands for with --date YYYY-MM-DD"), file, 0, {}};
    if (options.scale && !(std::isfinite(*options.scale) && *options.scale != 0))
        return Error{tr("--scale must be a finite number other than 0"), file, 0, {}};
    if (options.offset && !std::isfinite(*options.offset))
        return Error{tr("--offset must be a finite number"), file, 0, {}};

    auto input = RasterImporter::openZonal(store, file, options.band);
    if (!input)
        return input.error();
    const GdalRaster &raster = *input.value().raster;
    const std::vector<TerritoryShape> &territories = input.value().territories;

    // The raster's own scale and offset unless the command line overrides them.
    const std::optional<double> ownScale = raster.scale(options.band);
    const std::optional<double> ownOffset = raster.offset(options.band);
    const double scale = options.scale.value_or(ownScale.value_or(1.0));
    const double offset = options.offset.value_or(ownOffset.value_or(0.0));
    if (!(std::isfinite(scale) && scale != 0 && std::isfinite(offset)))
        return Error{tr("band %1 declares scale %2 and offset %3, which cannot be applied; give "
                        "--scale and --offset")
                         .arg(options.band)
                         .arg(scale)
                         .arg(offset),
                     file,
                     0,
                     {}};

    zonal::ZonalOptions zonalOptions;
    zonalOptions.weighting = options.weighting;
    auto computed = raster.zonalStatistics(options.band, territories, zonalOptions);
    if (!computed)
        return computed.error();
    const auto &stats = computed.value();

    // Greenness lies in -1..1. Outside it after scaling, the file is not NDVI as read: usually
    // integers scaled by 10,000 (MODIS MOD13, Sentinel-2 products) without scale metadata.
    const bool scaled = options.scale || ownScale || options.offset || ownOffset;
    for (std::size_t i = 0; i < stats.size(); ++i) {
        const zonal::ZonalStatistics &s = stats[i];
        if (!s.hasValue())
            continue;
        const double mean = s.mean * scale + offset;
        const double extreme = s.maximum * scale + offset;
        if (inRange(mean) && inRange(extreme))
            continue;
        const QString &code = territories[i].code;
        if (!scaled && s.maximum > 10)
            return Error{tr("band %1 reaches %2 over territory %3, outside NDVI's -1..1, and the "
                            "raster declares no scale: NDVI stored as integers is scaled (MODIS "
                            "and Sentinel-2 store NDVI x 10,000: add --scale 0.0001)")
                             .arg(options.band)
                             .arg(s.maximum)
                             .arg(code),
                         file,
                         0,
                         {}};
        return Error{tr("band %1 gives NDVI %2 over territory %3 (scale %4, offset %5), outside "
                        "-1..1; check --band, --scale and --offset")
                         .arg(options.band)
                         .arg(inRange(mean) ? extreme : mean)
                         .arg(code)
                         .arg(scale)
                         .arg(offset),
                     file,
                     0,
                     {}};
    }

    ImportReport report(QStringLiteral("ndvi"), file);
    ImportTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    // A value replaces what the date held; a territory without a valid pixel (clouds, or outside
    // this tile) is recorded without a value only where the date holds nothing yet, so that
    // importing the tiles of one date one by one never erases a value.
    auto withValue = sqlite::prepare(
        store.handle(),
        QStringLiteral("INSERT INTO territory_ndvi(territory_id, observed_date, value, coverage, "
                       "source, imported_time) VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(territory_id, "
                       "observed_date) DO UPDATE SET value=excluded.value, "
                       "coverage=excluded.coverage, source=excluded.source, "
                       "imported_time=excluded.imported_time"));
    auto withoutValue = sqlite::prepare(
        store.handle(),
        QStringLiteral("INSERT INTO territory_ndvi(territory_id, observed_date, value, coverage, "
                       "source, imported_time) VALUES(?1,?2,NULL,0,?3,?4) ON "
                       "CONFLICT(territory_id, observed_date) DO NOTHING"));
    if (!withValue || !withoutValue)
        return storeError(store);

    const QByteArray date = options.date.toString(Qt::ISODate).toUtf8();
    const QByteArray source =
        (options.source.isEmpty() ? QFileInfo(file).fileName() : options.source).toUtf8();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int uncovered = 0;
    double lowest = INFINITY, highest = -INFINITY;
    for (std::size_t i = 0; i < stats.size(); ++i) {
        const TerritoryShape &territory = territories[i];
        const zonal::ZonalStatistics &s = stats[i];
        report.countRead();
        sqlite3_stmt *stmt = s.hasValue() ? withValue.get() : withoutValue.get();
        sqlite3_reset(stmt);
        sqlite3_bind_int64(stmt, 1, territory.id);
        sqlite3_bind_text(stmt, 2, date.constData(), int(date.size()), SQLITE_STATIC);
        int next = 3;
        if (s.hasValue()) {
            const double value = std::clamp(s.mean * scale + offset, -1.0, 1.0);
            sqlite3_bind_double(stmt, next++, value);
            sqlite3_bind_double(stmt, next++, s.coverage());
            lowest = std::min(lowest, value);
            highest = std::max(highest, value);
            qCDebug(lcIngest) << "ndvi" << options.date << territory.code << value << "coverage"
                              << s.coverage();
        } else {
            ++uncovered;
        }
        sqlite3_bind_text(stmt, next++, source.constData(), int(source.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, next, now);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return storeError(store);
        if (s.hasValue())
            report.countAccepted();
    }
    if (report.accepted() == 0)
        return Error{tr("the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) "
                        "with valid pixels; check its extent, CRS and nodata value",
                        nullptr, int(stats.size()))
                         .arg(raster.crsName())
                         .arg(raster.width())
                         .arg(raster.height()),
                     file,
                     0,
                     {}};

    const QString scaleFrom = options.scale || options.offset ? tr("from the command line")
                              : ownScale || ownOffset         ? tr("from the raster's metadata")
                                                              : tr("none declared");
    report.note(tr("Composite of %1, band %2: NDVI = value x %3 + %4 (%5); territory means from "
                   "%6 to %7.")
                    .arg(options.date.toString(Qt::ISODate))
                    .arg(options.band)
                    .arg(scale)
                    .arg(offset)
                    .arg(scaleFrom)
                    .arg(lowest, 0, 'f', 3)
                    .arg(highest, 0, 'f', 3));
    if (uncovered > 0)
        report.note(tr("%n territory(ies) have no valid pixel in this raster (clouds, water or "
                       "outside it): recorded without a value where the date held none",
                       nullptr, uncovered));
    if (const auto span = seriesSpan(store))
        report.note(
            tr("The store holds NDVI of %n date(s), from %1 to %2.", nullptr, int(span->dates))
                .arg(span->first, span->last));
    if (auto finished = transaction.finish(report, policy); !finished)
        return finished.error();
    return report;
}

} // namespace stormcrew
