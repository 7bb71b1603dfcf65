// CLI glue of `stormcrew-cli import incidents FILE`: maps options onto IncidentImporter.
#include "clicommand.h"

#include "ingest/incidentimporter.h"

namespace stormcrew::cli {

namespace {
struct ImportIncidents {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportIncidents)
};
} // namespace

ImportKind incidentsImportKind()
{
    return {QStringLiteral("incidents"),
            ImportIncidents::tr("Outage incidents from a CSV file (also .csv.gz)."),
            [](QCommandLineParser &parser) {
                parser.addOptions({
                    {QStringLiteral("map"),
                     ImportIncidents::tr("Read a field from another column, e.g. "
                                         "start=first_seen_utc (repeatable). Fields: %1.")
                         .arg(IncidentImporter::fields().join(QStringLiteral(", "))),
                     ImportIncidents::tr("field=column")},
                    {QStringLiteral("territory-field"),
                     ImportIncidents::tr("Column with the territory code, used for rows "
                                         "without coordinates (same as --map territory=COLUMN)."),
                     ImportIncidents::tr("column")},
                    {QStringLiteral("timezone"),
                     ImportIncidents::tr("IANA time zone of times written without one, e.g. "
                                         "America/New_York."),
                     ImportIncidents::tr("zone")},
                    {QStringLiteral("source"),
                     ImportIncidents::tr("Name of the feed (default: the file name)."),
                     ImportIncidents::tr("name")},
                });
            },
            [](Store &store, const QString &file, const QCommandLineParser &parser,
               RejectPolicy policy) -> Result<ImportReport> {
                IncidentImportOptions options;
                auto mapping = parseMappings(parser.values(QStringLiteral("map")));
                if (!mapping)
                    return mapping.error();
                options.mapping = mapping.value();
                if (parser.isSet(QStringLiteral("territory-field")))
                    options.mapping.insert(QStringLiteral("territory"),
                                           parser.value(QStringLiteral("territory-field")));
                options.timeZone = parser.value(QStringLiteral("timezone"));
                options.source = parser.value(QStringLiteral("source"));
                return IncidentImporter(store).run(file, options, policy);
            }};
}

} // namespace stormcrew::cli
