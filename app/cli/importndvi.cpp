// CLI glue of `stormcrew-cli import ndvi FILE --date YYYY-MM-DD`: options in, NdviImporter out.
#include "clicommand.h"

#include "ingest/ndviimporter.h"

#include <cmath>

namespace stormcrew::cli {

namespace {

struct ImportNdvi {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportNdvi)
};

// A number option's value, or an error naming the option.
Result<std::optional<double>> numberOption(const QCommandLineParser &parser, const QString &name,
                                           const QString &file)
{
    if (!parser.isSet(name))
        return std::optional<double>();
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{
            ImportNdvi::tr("--%1 '%2' is not a number").arg(name, parser.value(name)), file, 0, {}};
    return std::optional<double>(value);
}

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
            parser.addOption({QStringLiteral("band"),
                              ImportNdvi::tr("The band to read (default 1)."), ImportNdvi::tr("n"),
                              QStringLiteral("1")});
            parser.addOption({QStringLiteral("scale"),
                              ImportNdvi::tr("NDVI = value x scale + offset; overrides the "
                                             "raster's own scale (0.0001 for int16 NDVI)."),
                              ImportNdvi::tr("factor")});
            parser.addOption({QStringLiteral("offset"),
                              ImportNdvi::tr("Overrides the raster's own offset (default 0)."),
                              ImportNdvi::tr("value")});
            parser.addOption({QStringLiteral("weighting"),
                              ImportNdvi::tr("How boundary pixels count: exact (the share of the "
                                             "pixel inside, default) or centre."),
                              ImportNdvi::tr("mode"), QStringLiteral("exact")});
            parser.addOption({QStringLiteral("source"),
                              ImportNdvi::tr("Source recorded with the figures (default: the "
                                             "file name)."),
                              ImportNdvi::tr("text")});
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
            bool ok = false;
            options.band = parser.value(QStringLiteral("band")).toInt(&ok);
            if (!ok)
                return Error{ImportNdvi::tr("--band '%1' is not a band number")
                                 .arg(parser.value(QStringLiteral("band"))),
                             file,
                             0,
                             {}};
            auto scale = numberOption(parser, QStringLiteral("scale"), file);
            if (!scale)
                return scale.error();
            options.scale = scale.value();
            auto offset = numberOption(parser, QStringLiteral("offset"), file);
            if (!offset)
                return offset.error();
            options.offset = offset.value();
            const QString weighting = parser.value(QStringLiteral("weighting"));
            if (weighting == QLatin1String("centre") || weighting == QLatin1String("center"))
                options.weighting = zonal::Weighting::CentreIn;
            else if (weighting != QLatin1String("exact"))
                return Error{ImportNdvi::tr("--weighting '%1': use exact or centre").arg(weighting),
                             file,
                             0,
                             {}};
            options.source = parser.value(QStringLiteral("source"));
            return NdviImporter::run(store, file, options, policy);
        }};
}

} // namespace stormcrew::cli
