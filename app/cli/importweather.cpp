// CLI glue of `stormcrew-cli import weather FILE`: per-territory CSV, NOAA GHCN-Daily CSV or a
// gridded field (GRIB2, NetCDF, GeoTIFF), chosen by --format or by the file.
#include "clicommand.h"

#include "ingest/ghcnimporter.h"
#include "ingest/gridweatherimporter.h"
#include "ingest/weathercsvimporter.h"

#include <QFile>
#include <QFileInfo>

namespace stormcrew::cli {

namespace {

struct ImportWeather {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportWeather)
};

// csv, ghcn or grid: a raster extension means a grid, a STATION/DATE header means GHCN.
QString detectFormat(const QString &file)
{
    static const QStringList gridSuffixes = {QStringLiteral("grb"),  QStringLiteral("grb2"),
                                             QStringLiteral("grib"), QStringLiteral("grib2"),
                                             QStringLiteral("nc"),   QStringLiteral("nc4"),
                                             QStringLiteral("tif"),  QStringLiteral("tiff")};
    if (gridSuffixes.contains(QFileInfo(file).suffix().toLower()))
        return QStringLiteral("grid");
    QFile in(file);
    if (in.open(QIODevice::ReadOnly)) {
        const QByteArray header = in.readLine(4096).toUpper();
        if (header.contains("\"STATION\"") || header.startsWith("STATION,"))
            return QStringLiteral("ghcn");
    }
    return QStringLiteral("csv");
}

Result<ImportReport> runCsv(Store &store, const QString &file, const QCommandLineParser &parser,
                            RejectPolicy policy)
{
    WeatherCsvOptions options;
    auto columns = WeatherCsvImporter::parseMap(parser.values(QStringLiteral("map")));
    if (!columns)
        return columns.error();
    options.columns = columns.value();
    auto units = WeatherCsvImporter::parseUnits(parser.value(QStringLiteral("units")));
    if (!units)
        return units.error();
    options.units = units.value();
    if (parser.isSet(QStringLiteral("timezone"))) {
        options.zone = QTimeZone(parser.value(QStringLiteral("timezone")).toUtf8());
        if (!options.zone.isValid())
            return Error{ImportWeather::tr("--timezone '%1' is not a known time zone; use an "
                                           "IANA name such as America/New_York")
                             .arg(parser.value(QStringLiteral("timezone"))),
                         file,
                         0,
                         {}};
    }
    if (parser.isSet(QStringLiteral("source")))
        options.source = parser.value(QStringLiteral("source"));
    return WeatherCsvImporter::run(store, file, options, policy);
}

Result<ImportReport> runGhcn(Store &store, const QString &file, const QCommandLineParser &parser,
                             RejectPolicy policy)
{
    GhcnOptions options;
    auto units = GhcnImporter::parseUnits(parser.value(QStringLiteral("units")));
    if (!units)
        return units.error();
    options.units = units.value();
    bool ok = false;
    options.maxDistanceKm = parser.value(QStringLiteral("max-distance-km")).toDouble(&ok);
    if (!ok || !(options.maxDistanceKm > 0))
        return Error{ImportWeather::tr("--max-distance-km must be a positive number"), file, 0, {}};
    options.inverseDistance = parser.isSet(QStringLiteral("idw"));
    if (parser.isSet(QStringLiteral("source")))
        options.source = parser.value(QStringLiteral("source"));
    return GhcnImporter::run(store, file, options, policy);
}

// An ISO 8601 time from an option; needs an offset or Z.
Result<std::optional<qint64>> timeOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::optional<qint64>();
    const QByteArray text = parser.value(name).toUtf8();
    WeatherTimeParser parser8601;
    auto parsed = parser8601.parse(text.constData(), text.size());
    if (!parsed)
        return Error{QStringLiteral("--%1: ").arg(name) + parsed.error().message, {}, 0, {}};
    return std::optional<qint64>(parsed.value());
}

Result<ImportReport> runGrid(Store &store, const QString &file, const QCommandLineParser &parser,
                             RejectPolicy policy)
{
    GridWeatherOptions options;
    const auto variable = WeatherSchema::fromShortName(parser.value(QStringLiteral("variable")));
    if (!variable)
        return Error{ImportWeather::tr("say what the grid holds with --variable "
                                       "gust|wind|precip|temp|snow|ice"),
                     file,
                     0,
                     {}};
    options.variable = *variable;
    auto valid = timeOption(parser, QStringLiteral("valid-time"));
    if (!valid)
        return valid.error();
    options.validTime = valid.value();
    auto issued = timeOption(parser, QStringLiteral("issued-time"));
    if (!issued)
        return issued.error();
    options.issuedTime = issued.value();
    bool ok = false;
    options.stepHours = parser.value(QStringLiteral("step-hours")).toDouble(&ok);
    if (!ok || options.stepHours <= 0)
        return Error{ImportWeather::tr("--step-hours must be a positive number"), file, 0, {}};
    options.unit = parser.value(QStringLiteral("units"));
    if (parser.isSet(QStringLiteral("source")))
        options.source = parser.value(QStringLiteral("source"));
    return GridWeatherImporter::run(store, file, options, policy);
}

} // namespace

ImportKind weatherImportKind()
{
    return {
        QStringLiteral("weather"),
        ImportWeather::tr("Weather per territory: CSV, NOAA GHCN-Daily CSV, or a GRIB2/NetCDF/"
                          "GeoTIFF grid"),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("format"),
                              ImportWeather::tr("csv, ghcn or grid (default: from the file)."),
                              ImportWeather::tr("format")});
            parser.addOption({QStringLiteral("map"),
                              ImportWeather::tr("CSV: our column name = the file's header, e.g. "
                                                "gust_ms=Gust,territory=County."),
                              ImportWeather::tr("name=column")});
            parser.addOption(
                {QStringLiteral("units"),
                 ImportWeather::tr("CSV: the file's units, e.g. gust=mph,wind=kt,precip=in. "
                                   "GHCN: standard (default), metric or tenths. Grid: the "
                                   "values' unit when the file does not say."),
                 ImportWeather::tr("units")});
            parser.addOption({QStringLiteral("timezone"),
                              ImportWeather::tr("Time zone of times without a UTC offset (IANA "
                                                "name, e.g. America/New_York)."),
                              ImportWeather::tr("zone")});
            parser.addOption({QStringLiteral("source"),
                              ImportWeather::tr("Source recorded with every row (default csv, "
                                                "ghcn, or grid)."),
                              ImportWeather::tr("name")});
            parser.addOption({QStringLiteral("max-distance-km"),
                              ImportWeather::tr("GHCN: farthest station (geodesic km from a "
                                                "point inside the territory) that may serve "
                                                "it (default 50)."),
                              ImportWeather::tr("km"), QStringLiteral("50")});
            parser.addOption({QStringLiteral("idw"),
                              ImportWeather::tr("GHCN: inverse-distance-squared weighting of "
                                                "every station within the limit instead of "
                                                "the nearest.")});
            parser.addOption({QStringLiteral("variable"),
                              ImportWeather::tr("Grid: what the bands hold: gust, wind, precip, "
                                                "temp, snow or ice."),
                              ImportWeather::tr("name")});
            parser.addOption({QStringLiteral("valid-time"),
                              ImportWeather::tr("Grid: valid time of band 1 (ISO 8601), when the "
                                                "file does not carry it."),
                              ImportWeather::tr("time")});
            parser.addOption({QStringLiteral("issued-time"),
                              ImportWeather::tr("Grid: issue time of the forecast (ISO 8601); "
                                                "without it, and without one in the file, the "
                                                "rows are observations."),
                              ImportWeather::tr("time")});
            parser.addOption({QStringLiteral("step-hours"),
                              ImportWeather::tr("Grid: hours between bands after --valid-time "
                                                "(default 1)."),
                              ImportWeather::tr("hours"), QStringLiteral("1")});
        },
        [](Store &store, const QString &file, const QCommandLineParser &parser,
           RejectPolicy policy) -> Result<ImportReport> {
            const QString format = parser.isSet(QStringLiteral("format"))
                                       ? parser.value(QStringLiteral("format"))
                                       : detectFormat(file);
            if (format == QLatin1String("csv"))
                return runCsv(store, file, parser, policy);
            if (format == QLatin1String("grid"))
                return runGrid(store, file, parser, policy);
            if (format == QLatin1String("ghcn"))
                return runGhcn(store, file, parser, policy);
            return Error{
                ImportWeather::tr("--format '%1': use csv, ghcn or grid").arg(format), file, 0, {}};
        }};
}

} // namespace stormcrew::cli
