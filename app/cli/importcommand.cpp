#include "clicommand.h"

#include "store/store.h"

#include <QJsonDocument>

namespace stormcrew::cli {

namespace {

struct ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportCommand)
};

// Every kind of import, in the order `import --help` lists them.
std::vector<ImportKind> importKinds()
{
    return {territoriesImportKind(), assetsImportKind(), incidentsImportKind(), stormsImportKind(),
            rasterImportKind(),      ndviImportKind(),   weatherImportKind(),   trackImportKind()};
}

const ImportKind *findKind(const std::vector<ImportKind> &kinds, const QString &name)
{
    for (const auto &kind : kinds) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

QString kindList(const std::vector<ImportKind> &kinds)
{
    QString text;
    for (const auto &kind : kinds)
        text += QStringLiteral("  %1  %2\n").arg(kind.name, -12).arg(kind.summary);
    return text;
}

// The positional arguments after "import": KIND and FILE.
QStringList positionals(const QCommandLineParser &parser)
{
    return parser.positionalArguments();
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const auto kinds = importKinds();
    const QStringList args = positionals(parser);
    const ImportKind *kind = args.isEmpty() ? nullptr : findKind(kinds, args.first());
    if (!kind || args.size() != 2) {
        err << ImportCommand::tr("Usage: stormcrew-cli import KIND FILE [options]") << Qt::endl
            << ImportCommand::tr("Kinds:") << Qt::endl
            << kindList(kinds);
        return UsageError;
    }
    const CommonOptions options = commandLine.common();
    if (options.readOnly) {
        err << ImportCommand::tr("An import changes the store; run it without --read-only.")
            << Qt::endl;
        return UsageError;
    }
    auto opened = Store::open(options.dbPath, Store::Access::ReadWrite);
    if (!opened) {
        err << ImportCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    const RejectPolicy policy = parser.isSet(QStringLiteral("keep-going"))
                                    ? RejectPolicy::KeepGoing
                                    : RejectPolicy::RollBackOnAnyReject;
    const Result<ImportReport> outcome = kind->run(*opened.value(), args.at(1), parser, policy);
    if (!outcome) {
        err << ImportCommand::tr("Import failed: %1").arg(outcome.error().toString()) << Qt::endl;
        return Failure;
    }
    const ImportReport &report = outcome.value();
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toText();
    if (!ImportTransaction::accepts(report, policy)) {
        out.flush();
        err << (report.accepted() == 0
                    ? ImportCommand::tr("Nothing imported: no row could be imported.")
                    : ImportCommand::tr("Nothing imported: %n row(s) rejected. Fix the input, or "
                                        "rerun with --keep-going to keep the good rows.",
                                        nullptr, int(report.rejected())))
            << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace

Result<QHash<QString, QString>> parseMappings(const QStringList &values)
{
    QHash<QString, QString> mapping;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == value.size() - 1)
            return Error{ImportCommand::tr("--map %1 is not of the form field=column").arg(value),
                         {},
                         0,
                         {}};
        mapping.insert(value.left(equals).trimmed(), value.mid(equals + 1).trimmed());
    }
    return mapping;
}

Command importCommand()
{
    return {QStringLiteral("import"),
            ImportCommand::tr("Import a file into the store, all or nothing: import KIND FILE."),
            [](QCommandLineParser &parser, const QStringList &arguments) {
                parser.addPositionalArgument(QStringLiteral("kind"),
                                             ImportCommand::tr("What the file holds:") +
                                                 QLatin1Char('\n') + kindList(importKinds()));
                parser.addPositionalArgument(QStringLiteral("file"),
                                             ImportCommand::tr("The file to import."));
                parser.addOption(
                    {QStringLiteral("keep-going"),
                     ImportCommand::tr("Keep the good rows and report the rejected "
                                       "ones (default: any reject imports nothing).")});
                parser.addOption(
                    {QStringLiteral("json"), ImportCommand::tr("Print the report as JSON.")});
                // The kind's own options; the kind is the first argument after "import".
                const auto kinds = importKinds();
                for (const QString &argument : arguments.mid(1)) {
                    if (const ImportKind *kind = findKind(kinds, argument)) {
                        kind->addOptions(parser);
                        break;
                    }
                }
            },
            run};
}

} // namespace stormcrew::cli
