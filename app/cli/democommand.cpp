// `stormcrew-cli demo create`: builds the embedded demo utility's store (model/demo).
#include "clicommand.h"

#include "demo/demobuilder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace stormcrew::cli {

namespace {

struct DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::DemoCommand)
};

QString utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// An ISO 8601 time; without an offset it is read as UTC.
std::optional<qint64> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toSecsSinceEpoch();
}

void printSummary(const demo::DemoSummary &summary, QTextStream &out)
{
    const QLocale locale;
    out << DemoCommand::tr("Demo store created: %1 (seed %2) in %3 s")
               .arg(summary.storePath)
               .arg(summary.seed)
               .arg(summary.seconds, 0, 'f', 1)
        << Qt::endl;
    out << DemoCommand::tr("  %1 territories, %2 storms, %3 incidents, %4 weather rows")
               .arg(locale.toString(summary.territories), locale.toString(summary.storms),
                    locale.toString(summary.incidents), locale.toString(summary.weatherRows))
        << Qt::endl;
    out << DemoCommand::tr("  Incoming storm: hourly forecast for 72 hours issued %1")
               .arg(utc(summary.forecastIssued))
        << Qt::endl;
    if (!summary.filesFolder.isEmpty())
        out << DemoCommand::tr("  Demo files kept in %1").arg(summary.filesFolder) << Qt::endl;
    out << DemoCommand::tr("Imports and their data-quality reports:") << Qt::endl;
    for (const ImportReport &report : summary.reports)
        out << QStringLiteral("  %1  %2: ")
                   .arg(report.kind(), -11)
                   .arg(QFileInfo(report.file()).fileName())
            << DemoCommand::tr("%1 read, %2 accepted, %3 rejected")
                   .arg(report.read())
                   .arg(report.accepted())
                   .arg(report.rejected())
            << Qt::endl;
}

QJsonObject summaryJson(const demo::DemoSummary &summary)
{
    QJsonArray reports;
    for (const ImportReport &report : summary.reports)
        reports.append(report.toJson());
    return {{QStringLiteral("store"), summary.storePath},
            {QStringLiteral("seed"), QString::number(summary.seed)},
            {QStringLiteral("seconds"), summary.seconds},
            {QStringLiteral("forecastIssued"), utc(summary.forecastIssued)},
            {QStringLiteral("filesFolder"), summary.filesFolder},
            {QStringLiteral("territories"), summary.territories},
            {QStringLiteral("storms"), summary.storms},
            {QStringLiteral("incidents"), summary.incidents},
            {QStringLiteral("weatherRows"), summary.weatherRows},
            {QStringLiteral("imports"), reports}};
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const QStringList args = parser.positionalArguments();
    if (args != QStringList{QStringLiteral("create")}) {
        err << DemoCommand::tr("Usage: stormcrew-cli demo create [--db PATH] [--seed N] [--force]")
            << Qt::endl;
        return UsageError;
    }
    const CommonOptions common = commandLine.common();
    if (common.readOnly) {
        err << DemoCommand::tr("Creating the demo writes a store; run it without --read-only.")
            << Qt::endl;
        return UsageError;
    }
    demo::DemoOptions options;
    bool seedOk = true;
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        err << DemoCommand::tr("--seed %1 is not a whole number from 0 to 18446744073709551615")
                   .arg(parser.value(QStringLiteral("seed")))
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("now"))) {
        const auto now = parseTime(parser.value(QStringLiteral("now")));
        if (!now) {
            err << DemoCommand::tr("--now %1 is not an ISO 8601 time such as 2026-11-29T06:00:00Z")
                       .arg(parser.value(QStringLiteral("now")))
                << Qt::endl;
            return UsageError;
        }
        options.now = *now;
    }
    options.filesFolder = parser.value(QStringLiteral("files"));
    options.replace = parser.isSet(QStringLiteral("force"));
    const bool json = parser.isSet(QStringLiteral("json"));

    demo::DemoBuilder builder(options);
    auto built = builder.build(common.dbPath, [&](const demo::DemoProgress &progress) {
        if (!json && progress.step < progress.steps)
            err << QStringLiteral("[%1/%2] ").arg(progress.step + 1).arg(progress.steps)
                << progress.message << Qt::endl;
        return true;
    });
    if (!built) {
        err << DemoCommand::tr("Cannot create the demo: %1").arg(built.error().toString())
            << Qt::endl;
        return Failure;
    }
    if (json)
        out << QJsonDocument(summaryJson(built.value())).toJson(QJsonDocument::Indented);
    else
        printSummary(built.value(), out);
    return Success;
}

} // namespace

Command demoCommand()
{
    return {
        QStringLiteral("demo"),
        DemoCommand::tr("Create a demo store: a fictional utility on Kentucky's 120 counties "
                        "with seven years of storms and an incoming forecast: demo create."),
        [](QCommandLineParser &parser, const QStringList &) {
            parser.addPositionalArgument(QStringLiteral("create"),
                                         DemoCommand::tr("Create the demo store at --db."));
            parser.addOptions({
                {QStringLiteral("seed"),
                 DemoCommand::tr("Seed of the generator (default 1): the same seed gives the "
                                 "same store."),
                 DemoCommand::tr("n")},
                {QStringLiteral("force"),
                 DemoCommand::tr("Replace the store at --db if one exists (its data is lost).")},
                {QStringLiteral("now"),
                 DemoCommand::tr("Issue time of the incoming storm's forecast, ISO 8601 in UTC "
                                 "(default: now, on the hour)."),
                 DemoCommand::tr("time")},
                {QStringLiteral("files"),
                 DemoCommand::tr("Keep the demo's files (GeoPackage, GeoTIFF, GRIB2, CSV) in "
                                 "this folder (default: a temporary folder, removed after)."),
                 DemoCommand::tr("folder")},
                {QStringLiteral("json"), DemoCommand::tr("Print the summary as JSON.")},
            });
        },
        run};
}

} // namespace stormcrew::cli
