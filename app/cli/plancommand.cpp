// `stormcrew-cli plan`: crews per territory, mutual-aid requests and restoration outlook for a
// storm (model/crews). The outages come from a PlanOutageSource the composition root supplies
// (the engine's prediction run), so this file knows nothing about how they were predicted.
#include "clicommand.h"

#include "crews/crewplanjson.h"
#include "crews/crewplanner.h"
#include "crews/crewplanrepository.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace stormcrew::cli {

namespace {

struct PlanCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::PlanCommand)
};

QString hours(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : PlanCommand::tr("never");
}

// A whole number option within [low, high], or a message naming it.
Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 low,
                             qint64 high)
{
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high)
        return Error{PlanCommand::tr("--%1 %2: expected a whole number from %3 to %4")
                         .arg(name, text)
                         .arg(low)
                         .arg(high),
                     {},
                     0,
                     {}};
    return value;
}

Result<crews::PlanSettings> settingsFrom(const QCommandLineParser &parser)
{
    crews::PlanSettings settings;
    if (parser.isSet(QStringLiteral("target"))) {
        auto target = crews::PlanSettingsParser::target(parser.value(QStringLiteral("target")));
        if (!target)
            return target.error();
        settings.targetShare = target.value().first;
        settings.targetHours = target.value().second;
    }
    if (parser.isSet(QStringLiteral("risk"))) {
        auto risk = crews::PlanSettingsParser::risk(parser.value(QStringLiteral("risk")));
        if (!risk)
            return risk.error();
        settings.risk = risk.value();
    }
    if (parser.isSet(QStringLiteral("crews"))) {
        auto crews = integerOption(parser, QStringLiteral("crews"), 0, 100000);
        if (!crews)
            return crews.error();
        settings.crewsOnHand = int(crews.value());
    }
    if (parser.isSet(QStringLiteral("simulations"))) {
        auto simulations = integerOption(parser, QStringLiteral("simulations"), 1, 1000000);
        if (!simulations)
            return simulations.error();
        settings.simulations = int(simulations.value());
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        settings.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Error{PlanCommand::tr("--seed %1: expected a whole number from 0 to "
                                         "18446744073709551615")
                             .arg(parser.value(QStringLiteral("seed"))),
                         {},
                         0,
                         {}};
    }
    return settings;
}

void printPlan(const crews::CrewPlan &plan, QTextStream &out)
{
    const QLocale locale;
    out << PlanCommand::tr("Crew plan: %1 own and %2 mutual-aid crews for %3 predicted outages "
                           "(%4 customers out, means over %5 simulated storms)")
               .arg(plan.ownCrews())
               .arg(plan.mutualAidCrews())
               .arg(locale.toString(plan.meanOutages, 'f', 0),
                    locale.toString(plan.meanCustomersOut, 'f', 0))
               .arg(plan.settings.simulations)
        << Qt::endl;
    out << PlanCommand::tr("  Target: %1 % of customers within %2 h at %3")
               .arg(plan.settings.targetShare * 100, 0, 'f', 1)
               .arg(plan.settings.targetHours, 0, 'f', 0)
               .arg(crews::riskName(plan.settings.risk).toUpper())
        << Qt::endl;
    if (plan.settings.startTime > 0)
        out << PlanCommand::tr("  Hours count from the all-clear, %1 UTC (the end of the storm, or "
                               "of the forecast's damaging gusts)")
                   .arg(QDateTime::fromSecsSinceEpoch(plan.settings.startTime, Qt::UTC)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << Qt::endl;
    out << PlanCommand::tr("  Target share back after (P10/P50/P90): %1 / %2 / %3 h")
               .arg(hours(plan.etrTarget.p10.value), hours(plan.etrTarget.p50.value),
                    hours(plan.etrTarget.p90.value))
        << Qt::endl;
    out << PlanCommand::tr("  Everyone back after (P10/P50/P90): %1 / %2 / %3 h")
               .arg(hours(plan.etrAll.p10.value), hours(plan.etrAll.p50.value),
                    hours(plan.etrAll.p90.value))
        << Qt::endl;
    out << PlanCommand::tr("  Expected customer-hours %1 (± %2), cost %3 (± %4), of which "
                           "crews %5")
               .arg(locale.toString(plan.customerHours.value, 'f', 0),
                    locale.toString(plan.customerHours.standardError, 'f', 0),
                    locale.toString(plan.cost.value, 'f', 0),
                    locale.toString(plan.cost.standardError, 'f', 0),
                    locale.toString(plan.crewCost.value, 'f', 0))
        << Qt::endl;
    if (plan.territoriesServedByMovingCrews > 0)
        out << PlanCommand::tr("  %n territory(ies) without a crew of their own restored by crews "
                               "that finish elsewhere and move on",
                               nullptr, plan.territoriesServedByMovingCrews)
            << Qt::endl;
    for (const QString &request : plan.requests)
        out << QStringLiteral("  ") << request << Qt::endl;
    for (const QString &warning : plan.warnings)
        out << PlanCommand::tr("  Warning: %1").arg(warning) << Qt::endl;
    out << PlanCommand::tr("territory  own  aid  outages  ETR P50  P90     target P%1  met")
               .arg(int(crews::riskProbability(plan.settings.risk) * 100))
        << Qt::endl;
    for (const crews::TerritoryPlan &t : plan.territories) {
        if (t.ownCrews + t.mutualAidCrews == 0 && t.meanOutages == 0)
            continue;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                   .arg(t.code, -10)
                   .arg(t.ownCrews, 4)
                   .arg(t.mutualAidCrews, 4)
                   .arg(t.meanOutages, 8, 'f', 1)
                   .arg(hours(t.etrAll.p50.value), 8)
                   .arg(hours(t.etrAll.p90.value), 6)
                   .arg(hours(t.committedTargetHours), 11)
                   .arg(t.targetMet ? PlanCommand::tr("yes") : PlanCommand::tr("no"))
            << Qt::endl;
    }
}

int run(const PlanOutageSource &source, const CommandLine &commandLine, QTextStream &out,
        QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const bool byStorm = parser.isSet(QStringLiteral("storm"));
    const bool byForecast = parser.isSet(QStringLiteral("forecast"));
    if (byStorm == byForecast) {
        err << PlanCommand::tr("Give either --storm CODE or --forecast latest.") << Qt::endl;
        return UsageError;
    }
    if (byForecast && parser.value(QStringLiteral("forecast")) != QLatin1String("latest")) {
        err << PlanCommand::tr("--forecast %1: only 'latest' is supported")
                   .arg(parser.value(QStringLiteral("forecast")))
            << Qt::endl;
        return UsageError;
    }
    auto settings = settingsFrom(parser);
    if (!settings) {
        err << settings.error().message << Qt::endl;
        return UsageError;
    }
    const bool save = parser.isSet(QStringLiteral("save"));
    const CommonOptions options = commandLine.common();
    if (save && options.readOnly) {
        err << PlanCommand::tr("--save changes the store; run it without --read-only.") << Qt::endl;
        return UsageError;
    }
    auto opened =
        Store::open(options.dbPath, save ? Store::Access::ReadWrite : Store::Access::ReadOnly);
    if (!opened) {
        err << PlanCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    Store &store = *opened.value();
    auto outages =
        source(store, {byStorm ? parser.value(QStringLiteral("storm")) : QString(), byForecast});
    if (!outages) {
        err << outages.error().toString() << Qt::endl;
        return Failure;
    }
    settings.value().startTime = outages.value().startTime;
    settings.value().hoursUntilStart = outages.value().hoursUntilStart;
    auto inputs = crews::CrewPlanRepository(store).inputs(outages.value().stormKind);
    if (!inputs) {
        err << inputs.error().toString() << Qt::endl;
        return Failure;
    }
    const crews::CrewPlanner planner(std::move(inputs.value()), settings.value());
    auto plan = planner.plan(outages.value().outages);
    if (!plan) {
        err << PlanCommand::tr("Cannot plan: %1").arg(plan.error().toString()) << Qt::endl;
        return Failure;
    }
    qint64 planId = 0;
    if (save) {
        auto saved = crews::CrewPlanRepository(store).save(plan.value(), outages.value().runId);
        if (!saved) {
            err << PlanCommand::tr("Cannot save the plan: %1").arg(saved.error().toString())
                << Qt::endl;
            return Failure;
        }
        planId = saved.value();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = crews::toJson(plan.value(), true);
        if (save)
            json.insert(QStringLiteral("planId"), planId);
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    printPlan(plan.value(), out);
    if (save)
        out << PlanCommand::tr("Saved as crew plan %1.").arg(planId) << Qt::endl;
    return Success;
}

} // namespace

Command planCommand(PlanOutageSource source)
{
    return {
        QStringLiteral("plan"),
        PlanCommand::tr("Plan crews, mutual aid and restoration times for a storm."),
        [](QCommandLineParser &parser, const QStringList &) {
            parser.addOptions({
                {QStringLiteral("storm"), PlanCommand::tr("The storm to plan for."),
                 PlanCommand::tr("code")},
                {QStringLiteral("forecast"),
                 PlanCommand::tr("Plan for the incoming storm of the latest forecast."),
                 QStringLiteral("latest")},
                {QStringLiteral("target"),
                 PlanCommand::tr("Restoration target (default 95@48: 95 % of customers "
                                 "within 48 hours)."),
                 PlanCommand::tr("percent@hours")},
                {QStringLiteral("risk"), PlanCommand::tr("Risk level: p50, p80 (default) or p90."),
                 PlanCommand::tr("level")},
                {QStringLiteral("crews"),
                 PlanCommand::tr("Own crews on hand (default: the depots' crews)."),
                 PlanCommand::tr("n")},
                {QStringLiteral("simulations"), PlanCommand::tr("Simulated storms (default 1000)."),
                 PlanCommand::tr("n")},
                {QStringLiteral("seed"), PlanCommand::tr("Random seed (default 1)."),
                 PlanCommand::tr("n")},
                {QStringLiteral("json"), PlanCommand::tr("Print JSON instead of text.")},
                {QStringLiteral("save"),
                 PlanCommand::tr("Store the plan with the prediction run it used.")},
            });
        },
        [source](const CommandLine &commandLine, QTextStream &out, QTextStream &err) {
            return run(source, commandLine, out, err);
        }};
}

} // namespace stormcrew::cli
