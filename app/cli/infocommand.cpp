#include "clicommand.h"

#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stormcrew::cli {

namespace {

// Translation context of this command's messages.
struct InfoCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::InfoCommand)
};

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const CommonOptions options = commandLine.common();
    auto opened = Store::open(options.dbPath, options.readOnly ? Store::Access::ReadOnly
                                                               : Store::Access::ReadWrite);
    if (!opened) {
        err << InfoCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    const Store &store = *opened.value();
    const QStringList tables = store.tables();

    if (commandLine.parser().isSet(QStringLiteral("json"))) {
        QJsonObject counts;
        for (const QString &table : tables)
            counts.insert(table, store.rowCount(table));
        const QJsonObject json{{QStringLiteral("path"), store.path()},
                               {QStringLiteral("schemaVersion"), store.schemaVersion()},
                               {QStringLiteral("readOnly"), store.isReadOnly()},
                               {QStringLiteral("rows"), counts}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << InfoCommand::tr("Store:          %1").arg(store.path()) << Qt::endl;
    out << InfoCommand::tr("Schema version: %1").arg(store.schemaVersion()) << Qt::endl;
    out << InfoCommand::tr("Access:         %1")
               .arg(store.isReadOnly() ? InfoCommand::tr("read-only")
                                       : InfoCommand::tr("read-write"))
        << Qt::endl;
    for (const QString &table : tables)
        out << InfoCommand::tr("  %1: %2 rows").arg(table, -20).arg(store.rowCount(table))
            << Qt::endl;
    return Success;
}

} // namespace

Command infoCommand()
{
    return {QStringLiteral("info"),
            InfoCommand::tr(
                "Show the store: location, schema version and what it holds (creates an empty "
                "store when none exists)."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addOption(
                    {QStringLiteral("json"), InfoCommand::tr("Print JSON instead of text.")});
            },
            run};
}

} // namespace stormcrew::cli
