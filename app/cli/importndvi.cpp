// CLI glue of `stormcrew-cli import ndvi FILE --date YYYY-MM-DD`: options in, NdviImporter out.
#include "clicommand.h"

#include "ingest/ndviimporter.h"
#include "zonaloptions.h"

namespace stormcrew::cli {

namespace {

struct ImportNdvi {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportNdvi)
};

} // namespace

ImportKind ndviImportKind()
{
    return {
        QStringLiteral("ndvi"),
        ImportNdvi::tr("A dated NDVI composite (GeoTIFF, ...) averaged per territory, for leaf-on"),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("date"),
                              ImportNdvi::tr("The day the composite's greenness stands for "
                                             "(required; several dates build a season)."),
                              ImportNdvi::tr("YYYY-MM-DD")});
            parser.addOption({QStringLiteral("scale"),
                              ImportNdvi::tr("NDVI = value x scale + offset; overrides the "
                                             "raster's own scale (0.0001 for int16 NDVI)."),
                              ImportNdvi::tr("factor")});
            parser.addOption({QStringLiteral("offset"),
                              ImportNdvi::tr("Overrides the raster's own offset (default 0)."),
                              ImportNdvi::tr("value")});
            addZonalOptions(parser);
        },
        [](Store &store, const QString &file, const QCommandLineParser &parser,
           RejectPolicy policy) -> Result<ImportReport> {
            NdviImportOptions options;
            const QString date = parser.value(QStringLiteral("date"));
            if (date.isEmpty())
                return Error{ImportNdvi::tr("say which day the composite stands for with --date "
                                            "YYYY-MM-DD"),
                             file,
                             0,
                             {}};
            options.date = QDate::fromString(date, Qt::ISODate);
            if (!options.date.isValid() || date.size() != 10)
                return Error{ImportNdvi::tr("--date '%1' is not a date: give YYYY-MM-DD, e.g. "
                                            "2024-05-08")
                                 .arg(date),
                             file,
                             0,
                             {}};
            const auto zonal = zonalChoice(parser, file);
            if (!zonal)
                return zonal.error();
            options.band = zonal.value().band;
            options.weighting = zonal.value().weighting;
            options.source = zonal.value().source;
            auto scale = numberOption(parser, QStringLiteral("scale"), file);
            if (!scale)
                return scale.error();
            options.scale = scale.value();
            auto offset = numberOption(parser, QStringLiteral("offset"), file);
            if (!offset)
                return offset.error();
            options.offset = offset.value();
            return NdviImporter::run(store, file, options, policy);
        }};
}

} // namespace stormcrew::cli
