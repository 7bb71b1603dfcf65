// CLI glue of `stormcrew-cli import raster FILE --as NAME`: options in, RasterImporter out.
#include "clicommand.h"

#include "ingest/rasterimporter.h"

#include <cmath>

namespace stormcrew::cli {

namespace {

struct ImportRaster {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportRaster)
};

// A number option's value, or an error naming the option.
Result<std::optional<double>> numberOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::optional<double>();
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{
            ImportRaster::tr("--%1 '%2' is not a number").arg(name, parser.value(name)), {}, 0, {}};
    return std::optional<double>(value);
}

} // namespace

ImportKind rasterImportKind()
{
    return {
        QStringLiteral("raster"),
        ImportRaster::tr("Any GDAL raster (canopy, NDVI, elevation, ...) averaged per territory"),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("as"),
                              ImportRaster::tr("What the raster holds: canopy, ndvi, elevation "
                                               "or a name of yours (required)."),
                              ImportRaster::tr("name")});
            parser.addOption({QStringLiteral("band"),
                              ImportRaster::tr("The band to read (default 1)."),
                              ImportRaster::tr("n"), QStringLiteral("1")});
            parser.addOption({QStringLiteral("threshold"),
                              ImportRaster::tr("Also store the share of area above this value "
                                               "(statistic fraction_above:X)."),
                              ImportRaster::tr("x")});
            parser.addOption({QStringLiteral("scale"),
                              ImportRaster::tr("Multiply values by this factor, e.g. 0.01 for a "
                                               "canopy raster in percent."),
                              ImportRaster::tr("factor")});
            parser.addOption({QStringLiteral("weighting"),
                              ImportRaster::tr("How boundary pixels count: exact (the share of "
                                               "the pixel inside, default) or centre."),
                              ImportRaster::tr("mode"), QStringLiteral("exact")});
            parser.addOption({QStringLiteral("source"),
                              ImportRaster::tr("Source recorded with the figures (default: the "
                                               "file name)."),
                              ImportRaster::tr("text")});
        },
        [](Store &store, const QString &file, const QCommandLineParser &parser,
           RejectPolicy policy) -> Result<ImportReport> {
            RasterImportOptions options;
            options.name = parser.value(QStringLiteral("as"));
            if (options.name.isEmpty())
                return Error{ImportRaster::tr("say what the raster holds with --as "
                                              "canopy|ndvi|elevation|NAME"),
                             file,
                             0,
                             {}};
            bool ok = false;
            options.band = parser.value(QStringLiteral("band")).toInt(&ok);
            if (!ok)
                return Error{ImportRaster::tr("--band '%1' is not a band number")
                                 .arg(parser.value(QStringLiteral("band"))),
                             file,
                             0,
                             {}};
            auto threshold = numberOption(parser, QStringLiteral("threshold"));
            if (!threshold)
                return threshold.error();
            options.threshold = threshold.value();
            auto scale = numberOption(parser, QStringLiteral("scale"));
            if (!scale)
                return scale.error();
            options.scale = scale.value();
            const QString weighting = parser.value(QStringLiteral("weighting"));
            if (weighting == QLatin1String("centre") || weighting == QLatin1String("center"))
                options.weighting = zonal::Weighting::CentreIn;
            else if (weighting != QLatin1String("exact"))
                return Error{
                    ImportRaster::tr("--weighting '%1': use exact or centre").arg(weighting),
                    file,
                    0,
                    {}};
            options.source = parser.value(QStringLiteral("source"));
            return RasterImporter::run(store, file, options, policy);
        }};
}

} // namespace stormcrew::cli
