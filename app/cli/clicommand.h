#pragma once

// QStringList first: domain/outagedistribution.h uses it without including it.
#include <QStringList>

#include "domain/outagedistribution.h"
#include "domain/result.h"
#include "engine/commandline.h"
#include "ingest/importreport.h"
#include "ingest/importtransaction.h"
#include "stats/glm.h"

#include <QHash>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::cli {

// One subcommand of stormcrew-cli: its name, one-line summary, options and entry point.
struct Command {
    QString name;
    QString summary;
    // Adds the command's options; arguments are the whole command line, for commands whose
    // options depend on a sub-command (import KIND).
    std::function<void(QCommandLineParser &, const QStringList &arguments)> addOptions;
    std::function<int(const CommandLine &, QTextStream &out, QTextStream &err)> run;
};

// Exit codes every subcommand uses.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// One kind of `stormcrew-cli import KIND FILE`: its options and the importer it runs. The
// importer writes in one ImportTransaction and returns its report (also when it rolled back).
struct ImportKind {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<Result<ImportReport>(Store &store, const QString &file,
                                       const QCommandLineParser &parser, RejectPolicy policy)>
        run;
};

[[nodiscard]] Command infoCommand();
[[nodiscard]] Command importCommand();
[[nodiscard]] Command stormsCommand();
[[nodiscard]] Command qualityCommand();
[[nodiscard]] Command demoCommand();
[[nodiscard]] Command fitTableCommand();
[[nodiscard]] Command trainCommand();
[[nodiscard]] Command modelsCommand();
[[nodiscard]] Command predictCommand();
[[nodiscard]] Command evaluateCommand();
[[nodiscard]] Command featuresCommand();
[[nodiscard]] Command replayCommand();

// What `plan` asks for: a storm by code, or the incoming storm of the latest forecast.
struct PlanStormRequest {
    QString stormCode;
    bool latestForecast = false;
};
// The predicted outages `plan` works from, with the storm it belongs to.
struct PlanOutages {
    OutageDistribution outages;
    QString stormKind;          // storm.kind, for the repair-time defaults
    qint64 runId = 0;           // the prediction_run the outages come from (for --save)
    qint64 startTime = 0;       // the all-clear (Unix seconds): hour 0 of the plan
    double hoursUntilStart = 0; // from now to the all-clear (0 for past storms)
};
// Supplies the outages; the composition root wires the engine in (plancommand.cpp).
using PlanOutageSource =
    std::function<Result<PlanOutages>(Store &store, const PlanStormRequest &request)>;
[[nodiscard]] Command planCommand(PlanOutageSource source);
// The engine's outages for `plan` (planoutages.cpp).
[[nodiscard]] PlanOutageSource enginePlanSource();

// The import kinds, one file each (import<kind>.cpp).
[[nodiscard]] ImportKind territoriesImportKind();
[[nodiscard]] ImportKind assetsImportKind();
[[nodiscard]] ImportKind incidentsImportKind();
[[nodiscard]] ImportKind stormsImportKind();

// "--map field=column" values as field -> column; an Error names a value without '='.
[[nodiscard]] Result<QHash<QString, QString>> parseMappings(const QStringList &values);

// Opens the store of --db (read-only with --read-only, or when the command only reads); prints
// why not and returns null when it cannot.
[[nodiscard]] std::unique_ptr<Store> openStore(const CommandLine &commandLine, QTextStream &err,
                                               bool needsWrite);

// An ISO 8601 time option (UTC unless it carries an offset) as Unix seconds; nullopt when the
// option is not given, an Error naming the option when its value is not a time.
[[nodiscard]] Result<std::optional<qint64>> timeOption(const QCommandLineParser &parser,
                                                       const QString &name);

// --family: negbin (the default) or poisson.
[[nodiscard]] Result<GlmFamily> familyOption(const QCommandLineParser &parser);

// A JSON number, or null for NaN and infinity (which JSON cannot hold).
[[nodiscard]] QJsonValue jsonNumber(double value);

// Import kinds, each in its own import<kind>.cpp.
[[nodiscard]] ImportKind rasterImportKind();
[[nodiscard]] ImportKind ndviImportKind();
[[nodiscard]] ImportKind weatherImportKind();
[[nodiscard]] ImportKind trackImportKind();

// `windfield`: a tropical storm's parametric wind field per territory (windfieldcommand.cpp).
[[nodiscard]] Command windfieldCommand();

} // namespace stormcrew::cli
