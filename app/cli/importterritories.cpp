// CLI glue of `stormcrew-cli import territories FILE`: maps options onto TerritoryImporter.
#include "clicommand.h"

#include "ingest/territoryimporter.h"

namespace stormcrew::cli {

namespace {
struct ImportTerritories {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportTerritories)
};
} // namespace

ImportKind territoriesImportKind()
{
    return {QStringLiteral("territories"),
            ImportTerritories::tr("Service territory outlines from any vector file, any CRS."),
            [](QCommandLineParser &parser) {
                parser.addOptions({
                    {QStringLiteral("layer"),
                     ImportTerritories::tr("Layer to read (default: the first)."),
                     ImportTerritories::tr("name")},
                    {QStringLiteral("id-field"),
                     ImportTerritories::tr("Field holding the territory code (default: code or "
                                           "id, else the feature id)."),
                     ImportTerritories::tr("field")},
                    {QStringLiteral("name-field"),
                     ImportTerritories::tr("Field holding the territory name (default: name)."),
                     ImportTerritories::tr("field")},
                    {QStringLiteral("where"),
                     ImportTerritories::tr("Attribute filter, e.g. \"fips LIKE '21%'\"."),
                     ImportTerritories::tr("condition")},
                    {QStringLiteral("crs"),
                     ImportTerritories::tr("CRS of the coordinates when the file has none (or "
                                           "a wrong one), e.g. EPSG:26916."),
                     ImportTerritories::tr("crs")},
                });
            },
            [](Store &store, const QString &file, const QCommandLineParser &parser,
               RejectPolicy policy) {
                TerritoryImportOptions options;
                options.layer = parser.value(QStringLiteral("layer"));
                options.idField = parser.value(QStringLiteral("id-field"));
                options.nameField = parser.value(QStringLiteral("name-field"));
                options.where = parser.value(QStringLiteral("where"));
                options.crs = parser.value(QStringLiteral("crs"));
                return TerritoryImporter(store).run(file, options, policy);
            }};
}

} // namespace stormcrew::cli
