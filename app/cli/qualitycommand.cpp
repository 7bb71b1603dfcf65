// `stormcrew-cli quality`: the data-quality reports of the committed imports, latest first.
#include "clicommand.h"

#include "ingest/importhistory.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stormcrew::cli {

namespace {

struct QualityCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::QualityCommand)
};

QString utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const CommonOptions options = commandLine.common();
    auto opened = Store::open(options.dbPath, options.readOnly ? Store::Access::ReadOnly
                                                               : Store::Access::ReadWrite);
    if (!opened) {
        err << QualityCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    bool limitOk = true;
    const QString limitText = commandLine.parser().value(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 0 : limitText.toInt(&limitOk);
    if (!limitOk || limit < 0) {
        err << QualityCommand::tr("--limit %1 is not a whole number of imports").arg(limitText)
            << Qt::endl;
        return UsageError;
    }
    auto entries = ImportHistory(*opened.value()).entries(limit);
    if (!entries) {
        err << entries.error().toString() << Qt::endl;
        return Failure;
    }
    if (commandLine.parser().isSet(QStringLiteral("json"))) {
        QJsonArray imports;
        for (const ImportLogEntry &entry : entries.value()) {
            QJsonObject json = entry.report.toJson();
            json.insert(QStringLiteral("id"), entry.id);
            json.insert(QStringLiteral("startedTime"), entry.startedTime);
            json.insert(QStringLiteral("finishedTime"), entry.finishedTime);
            imports.append(json);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("imports"), imports}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    if (entries.value().empty()) {
        out << QualityCommand::tr("No import has been committed to this store yet.") << Qt::endl;
        return Success;
    }
    for (const ImportLogEntry &entry : entries.value())
        out << QualityCommand::tr("#%1, finished %2").arg(entry.id).arg(utc(entry.finishedTime))
            << Qt::endl
            << entry.report.toText() << Qt::endl;
    return Success;
}

} // namespace

Command qualityCommand()
{
    return {QStringLiteral("quality"),
            QualityCommand::tr("Show the data-quality reports of the committed imports, latest "
                               "first."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addOptions({
                    {QStringLiteral("json"), QualityCommand::tr("Print JSON instead of text.")},
                    {QStringLiteral("limit"), QualityCommand::tr("Show only the latest N imports."),
                     QStringLiteral("N")},
                });
            },
            run};
}

} // namespace stormcrew::cli
