// CLI glue of `stormcrew-cli import raster FILE --as NAME`: options in, RasterImporter out.
#include "clicommand.h"

#include "ingest/rasterimporter.h"
#include "zonaloptions.h"

namespace stormcrew::cli {

namespace {

struct ImportRaster {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportRaster)
};

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
            parser.addOption({QStringLiteral("threshold"),
                              ImportRaster::tr("Also store the share of area above this value "
                                               "(statistic fraction_above:X)."),
                              ImportRaster::tr("x")});
            parser.addOption({QStringLiteral("scale"),
                              ImportRaster::tr("Multiply values by this factor, e.g. 0.01 for a "
                                               "canopy raster in percent."),
                              ImportRaster::tr("factor")});
            addZonalOptions(parser);
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
            const auto zonal = zonalChoice(parser, file);
            if (!zonal)
                return zonal.error();
            options.band = zonal.value().band;
            options.weighting = zonal.value().weighting;
            options.source = zonal.value().source;
            auto threshold = numberOption(parser, QStringLiteral("threshold"), file);
            if (!threshold)
                return threshold.error();
            options.threshold = threshold.value();
            auto scale = numberOption(parser, QStringLiteral("scale"), file);
            if (!scale)
                return scale.error();
            options.scale = scale.value();
            return RasterImporter::run(store, file, options, policy);
        }};
}

} // namespace stormcrew::cli
