// `stormcrew-cli storms detect`: storm events found in the incident history, optionally saved.
#include "clicommand.h"

#include "ingest/timeparser.h"
#include "stats/stormdetector.h"
#include "store/incidentrepository.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/stormrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stormcrew::cli {

namespace {

struct StormsCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::StormsCommand)
};

QJsonObject toJson(const StormEvent &event, const QTimeZone &zone)
{
    const qint64 start = QDateTime(event.firstDay, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 end = QDateTime(event.lastDay.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    return {{QStringLiteral("code"), event.code()},
            {QStringLiteral("firstDay"), event.firstDay.toString(Qt::ISODate)},
            {QStringLiteral("lastDay"), event.lastDay.toString(Qt::ISODate)},
            {QStringLiteral("startTime"), start},
            {QStringLiteral("endTime"), end},
            {QStringLiteral("incidents"), event.incidents},
            {QStringLiteral("customers"), event.customers},
            {QStringLiteral("peakDay"), event.peakDay.toString(Qt::ISODate)},
            {QStringLiteral("peakIncidents"), event.peakIncidents},
            {QStringLiteral("peakScore"), event.peakScore},
            {QStringLiteral("baseline"), event.baseline}};
}

// `storms list`: the stored storms, oldest first, with the codes other commands take.
int runList(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const CommonOptions options = commandLine.common();
    auto opened = Store::open(options.dbPath, Store::Access::ReadOnly);
    if (!opened) {
        err << StormsCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    sqlite3 *db = opened.value()->handle();
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT code, kind, start_time, end_time, name, (SELECT count(*) FROM "
                           "incident i WHERE i.storm_id = s.id) FROM storm s ORDER BY "
                           "start_time, id"));
    if (!stmt) {
        err << sqlite::lastError(db) << Qt::endl;
        return Failure;
    }
    const auto iso = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
    };
    QJsonArray storms;
    QStringList lines;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const QString code = sqlite::columnText(stmt.get(), 0);
        const QString kind = sqlite::columnText(stmt.get(), 1);
        const qint64 start = sqlite3_column_int64(stmt.get(), 2);
        const qint64 end = sqlite3_column_int64(stmt.get(), 3);
        const QString name = sqlite::columnText(stmt.get(), 4);
        const qint64 incidents = sqlite3_column_int64(stmt.get(), 5);
        storms.append(QJsonObject{{QStringLiteral("code"), code},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("startTime"), iso(start)},
                                  {QStringLiteral("endTime"), iso(end)},
                                  {QStringLiteral("incidents"), incidents}});
        lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(code, -18)
                         .arg(kind, -12)
                         .arg(iso(start), iso(end))
                         .arg(incidents, 9)
                         .arg(name));
    }
    if (commandLine.parser().isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("storms"), storms}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << StormsCommand::tr("%1 stored storm(s), oldest first:").arg(lines.size()) << Qt::endl;
    out << StormsCommand::tr("code                kind          start                 end        "
                             "           incidents  name")
        << Qt::endl;
    for (const QString &line : lines)
        out << line << Qt::endl;
    return Success;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const QStringList args = parser.positionalArguments();
    if (args == QStringList{QStringLiteral("list")})
        return runList(commandLine, out, err);
    if (args != QStringList{QStringLiteral("detect")}) {
        err << StormsCommand::tr("Usage: stormcrew-cli storms detect [--json] [--save] "
                                 "[--timezone ZONE] [--threshold Z]")
            << Qt::endl
            << StormsCommand::tr("       stormcrew-cli storms list [--json]") << Qt::endl;
        return UsageError;
    }
    const bool save = parser.isSet(QStringLiteral("save"));
    const CommonOptions options = commandLine.common();
    if (save && options.readOnly) {
        err << StormsCommand::tr("--save changes the store; run it without --read-only.")
            << Qt::endl;
        return UsageError;
    }
    QTimeZone zone(QByteArrayLiteral("UTC"));
    if (parser.isSet(QStringLiteral("timezone"))) {
        auto named = TimeParser::zone(parser.value(QStringLiteral("timezone")));
        if (!named) {
            err << StormsCommand::tr("--timezone: %1").arg(named.error().message) << Qt::endl;
            return UsageError;
        }
        zone = named.value();
    }
    StormDetector::Settings settings;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        settings.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || settings.threshold <= 0) {
            err << StormsCommand::tr("--threshold %1 is not a positive number")
                       .arg(parser.value(QStringLiteral("threshold")))
                << Qt::endl;
            return UsageError;
        }
    }

    auto opened = Store::open(options.dbPath, options.readOnly ? Store::Access::ReadOnly
                                                               : Store::Access::ReadWrite);
    if (!opened) {
        err << StormsCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    Store &store = *opened.value();
    auto days = IncidentRepository(store).dailyCounts(zone);
    if (!days) {
        err << days.error().toString() << Qt::endl;
        return Failure;
    }
    const StormDetector detector(settings);
    const std::vector<StormEvent> events = detector.detect(days.value());
    qint64 linked = -1;
    if (save) {
        auto saved = StormRepository(store).saveDetected(events, zone);
        if (!saved) {
            err << StormsCommand::tr("Cannot save the storms: %1").arg(saved.error().toString())
                << Qt::endl;
            return Failure;
        }
        linked = saved.value();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray storms;
        for (const StormEvent &event : events)
            storms.append(toJson(event, zone));
        QJsonObject json{{QStringLiteral("timeZone"), QString::fromUtf8(zone.id())},
                         {QStringLiteral("daysWithIncidents"), qint64(days.value().size())},
                         {QStringLiteral("window"), settings.window},
                         {QStringLiteral("threshold"), settings.threshold},
                         {QStringLiteral("minRatio"), settings.minRatio},
                         {QStringLiteral("storms"), storms}};
        if (save)
            json.insert(QStringLiteral("incidentsLinked"), linked);
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << StormsCommand::tr("%n storm event(s) in %1 days with incidents (days in %2, robust "
                             "z-score >= %3 against the median of the previous %4 days):",
                             nullptr, int(events.size()))
               .arg(days.value().size())
               .arg(QString::fromUtf8(zone.id()))
               .arg(settings.threshold)
               .arg(settings.window)
        << Qt::endl;
    out << StormsCommand::tr("first day   last day    incidents  peak day    peak  usual  z")
        << Qt::endl;
    for (const StormEvent &event : events)
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                   .arg(event.firstDay.toString(Qt::ISODate), event.lastDay.toString(Qt::ISODate))
                   .arg(event.incidents, 9)
                   .arg(event.peakDay.toString(Qt::ISODate))
                   .arg(event.peakIncidents, 5)
                   .arg(event.baseline, 5, 'f', 0)
                   .arg(event.peakScore, 0, 'f', 1)
            << Qt::endl;
    if (save)
        out << StormsCommand::tr("Saved %n storm(s) of kind 'other'; %1 incidents linked.", nullptr,
                                 int(events.size()))
                   .arg(linked)
            << Qt::endl;
    return Success;
}

} // namespace

Command stormsCommand()
{
    return {QStringLiteral("storms"),
            StormsCommand::tr("Storms: list the stored ones, or detect events in the incident "
                              "history."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addPositionalArgument(
                    QStringLiteral("detect|list"),
                    StormsCommand::tr("detect: find storm events in the incidents; list: the "
                                      "stored storms and their codes."));
                parser.addOptions({
                    {QStringLiteral("json"), StormsCommand::tr("Print JSON instead of text.")},
                    {QStringLiteral("save"),
                     StormsCommand::tr("Store the events as storms of kind 'other' and link "
                                       "their incidents.")},
                    {QStringLiteral("timezone"),
                     StormsCommand::tr("Time zone whose days are counted (default UTC)."),
                     StormsCommand::tr("zone")},
                    {QStringLiteral("threshold"),
                     StormsCommand::tr("Robust z-score a storm day reaches (default 6)."),
                     StormsCommand::tr("z")},
                });
            },
            run};
}

} // namespace stormcrew::cli
