// CLI glue of `stormcrew-cli import assets FILE`: maps options onto AssetImporter.
#include "clicommand.h"

#include "ingest/assetimporter.h"

namespace stormcrew::cli {

namespace {
struct ImportAssets {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportAssets)
};
} // namespace

ImportKind assetsImportKind()
{
    return {
        QStringLiteral("assets"),
        ImportAssets::tr("Per-territory assets (customers, line km, poles, ...) from CSV or "
                         "a vector layer; --lines measures power lines."),
        [](QCommandLineParser &parser) {
            parser.addOptions({
                {QStringLiteral("id-field"),
                 ImportAssets::tr("Column with the territory code (default: code)."),
                 ImportAssets::tr("column")},
                {QStringLiteral("map"),
                 ImportAssets::tr("Read an attribute from another column, e.g. "
                                  "customers=meters (repeatable)."),
                 ImportAssets::tr("attribute=column")},
                {QStringLiteral("layer"), ImportAssets::tr("Layer to read (default: the first)."),
                 ImportAssets::tr("name")},
                {QStringLiteral("where"), ImportAssets::tr("Attribute filter."),
                 ImportAssets::tr("condition")},
                {QStringLiteral("lines"),
                 ImportAssets::tr("The file holds power lines: sum their length per "
                                  "territory.")},
                {QStringLiteral("into"),
                 ImportAssets::tr("With --lines: overhead_km (default) or underground_km."),
                 ImportAssets::tr("attribute"), QStringLiteral("overhead_km")},
                {QStringLiteral("crs"),
                 ImportAssets::tr("With --lines: CRS of a file that has none, e.g. "
                                  "EPSG:26916."),
                 ImportAssets::tr("crs")},
            });
        },
        [](Store &store, const QString &file, const QCommandLineParser &parser,
           RejectPolicy policy) -> Result<ImportReport> {
            AssetImportOptions options;
            auto mapping = parseMappings(parser.values(QStringLiteral("map")));
            if (!mapping)
                return mapping.error();
            options.mapping = mapping.value();
            options.idField = parser.value(QStringLiteral("id-field"));
            options.layer = parser.value(QStringLiteral("layer"));
            options.where = parser.value(QStringLiteral("where"));
            options.crs = parser.value(QStringLiteral("crs"));
            options.lines = parser.isSet(QStringLiteral("lines"));
            options.linesAttribute = parser.value(QStringLiteral("into"));
            return AssetImporter(store).run(file, options, policy);
        }};
}

} // namespace stormcrew::cli
