// CLI glue of `stormcrew-cli import storms FILE`: maps options onto StormImporter.
#include "clicommand.h"

#include "ingest/stormimporter.h"

namespace stormcrew::cli {

namespace {
struct ImportStorms {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportStorms)
};
} // namespace

ImportKind stormsImportKind()
{
    return {QStringLiteral("storms"),
            ImportStorms::tr("Storms (code or name, kind, start, end) from a CSV file."),
            [](QCommandLineParser &parser) {
                parser.addOptions({
                    {QStringLiteral("map"),
                     ImportStorms::tr("Read a field from another column, e.g. start=began "
                                      "(repeatable). Fields: %1.")
                         .arg(StormImporter::fields().join(QStringLiteral(", "))),
                     ImportStorms::tr("field=column")},
                    {QStringLiteral("timezone"),
                     ImportStorms::tr("IANA time zone of times written without one."),
                     ImportStorms::tr("zone")},
                });
            },
            [](Store &store, const QString &file, const QCommandLineParser &parser,
               RejectPolicy policy) -> Result<ImportReport> {
                StormImportOptions options;
                auto mapping = parseMappings(parser.values(QStringLiteral("map")));
                if (!mapping)
                    return mapping.error();
                options.mapping = mapping.value();
                options.timeZone = parser.value(QStringLiteral("timezone"));
                return StormImporter(store).run(file, options, policy);
            }};
}

} // namespace stormcrew::cli
