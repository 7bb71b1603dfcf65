#include "gridweatherimporter.h"

#include "gdalraster.h"
#include "store/store.h"
#include "store/territoryrepository.h"
#include "store/weathergridrepository.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace stormcrew {

namespace {

// A GRIB time as GDAL 3.6 writes it ("1677823200", older versions "  1677823200 sec UTC");
// 0 is the placeholder GDAL's GRIB writer leaves when no reference time was given.
std::optional<qint64> gribTime(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    if (!ok || seconds <= 0)
        return std::nullopt;
    return seconds;
}

// NetCDF CF time: a value in "<unit> since <epoch>" (units from the time variable).
std::optional<qint64> cfTime(const QString &value, const QString &units)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^\\s*(seconds?|minutes?|hours?|days?)\\s+since\\s+(\\d{4}-\\d{1,2}-\\d{1,2})"
            "(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?))?\\s*(Z|UTC|[+-]00:?00)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(units);
    bool ok = false;
    const double amount = value.toDouble(&ok);
    if (!match.hasMatch() || !ok)
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(2), QStringLiteral("yyyy-M-d"));
    QTime time(0, 0);
    if (!match.captured(3).isEmpty()) {
        const QStringList hms = match.captured(3).split(QLatin1Char(':'));
        time = QTime(hms.value(0).toInt(), hms.value(1).toInt(),
                     int(hms.value(2, QStringLiteral("0")).toDouble()));
    }
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString unit = match.captured(1).toLower();
    const double scale = unit.startsWith(QLatin1String("second"))   ? 1
                         : unit.startsWith(QLatin1String("minute")) ? 60
                         : unit.startsWith(QLatin1String("hour"))   ? 3600
                                                                    : 86400;
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() + qint64(std::llround(amount * scale));
}

// The whole band as the store keeps it: converted to store units, NaN for nodata.
Result<WeatherGrid> readGrid(const GdalRaster &raster, int band, const WeatherSchema::Conversion &c)
{
    WeatherGrid grid;
    grid.width = raster.width();
    grid.height = raster.height();
    grid.geoTransform = raster.geoTransform();
    grid.crs = raster.crsWkt();
    std::vector<double> row(std::size_t(grid.width));
    grid.values.resize(std::size_t(grid.width) * std::size_t(grid.height));
    const std::optional<double> nodata = raster.nodata(band);
    for (int r = 0; r < grid.height; ++r) {
        if (auto read = raster.read(band, zonal::PixelWindow{0, r, grid.width, 1}, row.data());
            !read)
            return read.error();
        float *out = grid.values.data() + std::size_t(r) * std::size_t(grid.width);
        for (int col = 0; col < grid.width; ++col) {
            const double v = row[std::size_t(col)];
            out[col] = (nodata && v == *nodata) || !std::isfinite(v)
                           ? std::numeric_limits<float>::quiet_NaN()
                           : float(c.apply(v));
        }
    }
    return grid;
}

} // namespace

Result<ImportReport> GridWeatherImporter::run(Store &store, const QString &file,
                                              const GridWeatherOptions &options,
                                              RejectPolicy policy)
{
    auto opened = GdalRaster::open(file);
    if (!opened)
        return opened.error();
    const GdalRaster &raster = *opened.value();
    auto territories = TerritoryRepository(store).shapes();
    if (!territories)
        return territories.error();
    if (territories.value().empty())
        return Error{tr("the store holds no territories; import them first"), store.path(), 0, {}};

    // Every band's times and unit first: a missing time fails before anything is computed.
    struct Step {
        qint64 valid = 0;
        std::optional<qint64> issued;
        WeatherSchema::Conversion conversion;
    };
    std::vector<Step> steps;
    const QMap<QString, QString> datasetMeta = raster.metadata();
    const QString cfUnits = datasetMeta.value(QStringLiteral("time#units"));
    const QString variable = WeatherSchema::shortName(options.variable);
    for (int band = 1; band <= raster.bandCount(); ++band) {
        const QMap<QString, QString> meta = raster.bandMetadata(band);
        Step step;
        std::optional<qint64> valid;
        if (options.validTime)
            valid =
                *options.validTime + qint64(std::llround((band - 1) * options.stepHours * 3600));
        else if (meta.contains(QStringLiteral("GRIB_VALID_TIME")))
            valid = gribTime(meta.value(QStringLiteral("GRIB_VALID_TIME")));
        else if (meta.contains(QStringLiteral("NETCDF_DIM_time")))
            valid = cfTime(meta.value(QStringLiteral("NETCDF_DIM_time")), cfUnits);
        if (!valid)
            return Error{tr("band %1 has no valid time (no GRIB_VALID_TIME, or the 1970-01-01 "
                            "placeholder; no NetCDF time with units); give --valid-time and, for "
                            "several bands, --step-hours")
                             .arg(band),
                         file,
                         0,
                         {}};
        step.valid = *valid;
        if (options.issuedTime)
            step.issued = options.issuedTime;
        else if (meta.contains(QStringLiteral("GRIB_REF_TIME")))
            step.issued = gribTime(meta.value(QStringLiteral("GRIB_REF_TIME")));
        const QString unit = options.unit.isEmpty() ? raster.unit(band) : options.unit;
        const auto conversion = WeatherSchema::conversion(options.variable, unit);
        if (!conversion)
            return Error{tr("band %1 is in '%2', which does not convert to %3; give the unit "
                            "with --units")
                             .arg(band)
                             .arg(unit, variable),
                         file,
                         0,
                         {}};
        step.conversion = *conversion;
        steps.push_back(step);
    }

    const bool takeMaximum =
        options.variable == WeatherField::Gust || options.variable == WeatherField::Wind;
    ImportReport report(QStringLiteral("weather"), file);
    ImportTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto writer = WeatherWriter::prepare(store, options.variable);
    if (!writer)
        return writer.error();
    auto grids = WeatherGridRepository(store).writer();
    if (!grids)
        return grids.error();
    const qint64 importedTime = QDateTime::currentSecsSinceEpoch();
    const QByteArray source = options.source.toUtf8();
    int uncovered = 0;
    int keptGrids = 0;
    for (int band = 1; band <= raster.bandCount(); ++band) {
        const Step &step = steps[size_t(band - 1)];
        const qint64 rejectedBefore = report.rejected();
        auto stats = raster.zonalStatistics(band, territories.value(), zonal::ZonalOptions{});
        if (!stats)
            return stats.error();
        for (size_t t = 0; t < stats.value().size(); ++t) {
            const zonal::ZonalStatistics &s = stats.value()[t];
            const TerritoryShape &territory = territories.value()[t];
            report.countRead();
            if (!s.hasValue()) {
                ++uncovered;
                continue;
            }
            const double value = step.conversion.apply(takeMaximum ? s.maximum : s.mean);
            if (const QString why = WeatherSchema::implausible(options.variable, value);
                !why.isEmpty()) {
                report.reject(
                    RejectReason::Impossible,
                    Error{tr("band %1, territory %2: %3").arg(band).arg(territory.code, why), file,
                          0, WeatherSchema::column(options.variable)});
                continue;
            }
            WeatherValues values;
            values.put(options.variable, value);
            if (writer.value().write(territory.id, step.valid, step.issued, source, values) !=
                WeatherWriter::Outcome::Written)
                return writer.value().lastError();
            report.countAccepted();
        }
        // The band itself, so the map can draw the field after the file is gone; not a band
        // with implausible values (kept out of the store with --keep-going).
        if (report.rejected() > rejectedBefore)
            continue;
        auto grid = readGrid(raster, band, step.conversion);
        if (!grid)
            return grid.error();
        grid.value().source = options.source;
        grid.value().variable = WeatherSchema::column(options.variable);
        grid.value().issued = step.issued;
        grid.value().valid = step.valid;
        if (auto stored = grids.value().write(grid.value(), importedTime); !stored)
            return stored.error();
        ++keptGrids;
    }
    if (uncovered > 0)
        report.note(tr("%n territory-step(s) outside the grid or on nodata only; not stored",
                       nullptr, uncovered));
    report.note(tr("%n grid(s) of %1 kept in the store for the map", nullptr, keptGrids)
                    .arg(WeatherSchema::column(options.variable)));
    report.note(tr("%1 per territory: the %2 over the grid cells it overlaps")
                    .arg(WeatherSchema::column(options.variable),
                         takeMaximum ? tr("maximum") : tr("coverage-weighted mean")));
    if (auto finished = transaction.finish(report, policy); !finished)
        return finished.error();
    return report;
}

} // namespace stormcrew
