// stormcrew-cli replay: a stored storm as a model would have seen it a lead time before its first
// outage, against what happened, with the hindsight outcome of its crew plan; or two models
// compared over many storms (model/replay, docs/replay.md).
#include "clicommand.h"

#include "crews/plansettings.h"
#include "replay/replayexport.h"
#include "replay/stormactuals.h"
#include "replay/stormreplayer.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace stormcrew::cli {

namespace {

struct ReplayCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ReplayCommand)
};

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate);
}

QString number(double value, int decimals)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("-");
}

// "48h", "48", "2d", "36.5h": hours before the first outage.
Result<double> leadOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("lead")))
        return 48.0;
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([hd]?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = parser.value(QStringLiteral("lead"));
    const auto match = pattern.match(text);
    const double value = match.hasMatch() ? match.captured(1).toDouble() : -1;
    const double hours = match.captured(2).compare(QLatin1String("d"), Qt::CaseInsensitive) == 0
                             ? value * 24
                             : value;
    if (!match.hasMatch() || hours > 720)
        return Error{ReplayCommand::tr("--lead %1: expected hours before the first outage such as "
                                       "48h (or days such as 2d), from 0 to 720 h")
                         .arg(text),
                     {},
                     0,
                     QStringLiteral("--lead")};
    return hours;
}

Result<qint64> modelId(const QString &text, const QString &option)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ReplayCommand::tr("--%1 %2: expected a model id from `stormcrew-cli models "
                                       "list`")
                         .arg(option, text),
                     {},
                     0,
                     QStringLiteral("--") + option};
    return id;
}

Result<replay::ReplayOptions> optionsFrom(const QCommandLineParser &parser)
{
    replay::ReplayOptions options;
    auto lead = leadOption(parser);
    if (!lead)
        return lead.error();
    options.leadHours = lead.value();
    if (parser.isSet(QStringLiteral("model"))) {
        auto id = modelId(parser.value(QStringLiteral("model")), QStringLiteral("model"));
        if (!id)
            return id.error();
        options.modelId = id.value();
    }
    if (parser.isSet(QStringLiteral("target"))) {
        auto target = crews::PlanSettingsParser::target(parser.value(QStringLiteral("target")));
        if (!target)
            return target.error();
        options.plan.targetShare = target.value().first;
        options.plan.targetHours = target.value().second;
    }
    if (parser.isSet(QStringLiteral("risk"))) {
        auto risk = crews::PlanSettingsParser::risk(parser.value(QStringLiteral("risk")));
        if (!risk)
            return risk.error();
        options.plan.risk = risk.value();
    }
    if (parser.isSet(QStringLiteral("simulations"))) {
        bool ok = false;
        options.plan.simulations = parser.value(QStringLiteral("simulations")).toInt(&ok);
        if (!ok || options.plan.simulations < 10 || options.plan.simulations > 100000)
            return Error{ReplayCommand::tr("--simulations %1: expected a whole number from 10 to "
                                           "100000")
                             .arg(parser.value(QStringLiteral("simulations"))),
                         {},
                         0,
                         QStringLiteral("--simulations")};
    }
    return options;
}

void printReplay(const replay::StormReplay &r, QTextStream &out)
{
    out << ReplayCommand::tr("Storm %1 (%2): %3 to %4 UTC, first outage %5")
               .arg(r.stormCode, r.stormKind, isoTime(r.stormStart), isoTime(r.stormEnd),
                    isoTime(r.firstOutage))
        << Qt::endl;
    out << ReplayCommand::tr("Replayed as of %1 (%2 h before the first outage) with model %3 "
                             "(v%4, %5)")
               .arg(isoTime(r.asOf), number(r.leadHours, 1))
               .arg(r.modelId)
               .arg(r.modelVersion)
               .arg(replay::ReplayExport::choiceName(r.modelChoice))
        << Qt::endl;
    if (r.forecastIssued)
        out << ReplayCommand::tr("Newest forecast read: issued %1").arg(isoTime(*r.forecastIssued))
            << Qt::endl;
    out << ReplayCommand::tr("Outages: predicted %1 (P10 %2, P50 %3, P90 %4), actual %5")
               .arg(number(r.predictedTotals.mean, 0), number(r.predictedTotals.p10, 0),
                    number(r.predictedTotals.p50, 0), number(r.predictedTotals.p90, 0),
                    number(r.actualTotal, 0))
        << Qt::endl;
    const Scores &s = r.scores;
    out << ReplayCommand::tr("Territories: MAE %1, RMSE %2, error of the total %3 %, Spearman %4, "
                             "P10-P90 coverage %5 %")
               .arg(number(s.mae, 2), number(s.rmse, 2), number(s.totalAbsPercentError, 1),
                    number(s.spearman, 3), number(100 * s.coverage80, 0))
        << Qt::endl;
    if (r.hindsight) {
        const replay::Hindsight &h = *r.hindsight;
        for (const auto &[label, run] :
             {std::pair{ReplayCommand::tr("Model's plan, as planned"), &h.plan},
              std::pair{ReplayCommand::tr("Model's plan, dispatched"), &h.planDispatched},
              std::pair{ReplayCommand::tr("Crews deployed"), &h.deployed}})
            out << ReplayCommand::tr("%1: %2 own + %3 aid crews; on the actual outages %4 "
                                     "customer-hours (± %5), cost %6 (± %7), everyone back "
                                     "after %8 h (P50)")
                       .arg(label)
                       .arg(run->ownCrews)
                       .arg(run->mutualAidCrews)
                       .arg(number(run->customerHours.value, 0),
                            number(run->customerHours.standardError, 0), number(run->cost.value, 0),
                            number(run->cost.standardError, 0), number(run->etrAll.p50.value, 1))
                << Qt::endl;
        out << ReplayCommand::tr("Recorded: %1 customer-hours")
                   .arg(number(h.recordedCustomerHours, 0))
            << Qt::endl;
        for (const QString &note : h.notes)
            out << ReplayCommand::tr("Note: %1").arg(note) << Qt::endl;
    }
    for (const QString &note : r.notes)
        out << ReplayCommand::tr("Note: %1").arg(note) << Qt::endl;
}

void printComparison(const replay::ModelComparison &c, QTextStream &out)
{
    out << ReplayCommand::tr("Model %1 against model %2, %3 h before each storm's first outage, "
                             "%n storm(s)",
                             nullptr, int(c.storms.size()))
               .arg(c.modelA)
               .arg(c.modelB)
               .arg(number(c.leadHours, 1))
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(ReplayCommand::tr("storm"), -18)
               .arg(ReplayCommand::tr("actual"), 7)
               .arg(ReplayCommand::tr("A total"), 8)
               .arg(ReplayCommand::tr("B total"), 8)
               .arg(ReplayCommand::tr("A MAE"), 7)
               .arg(ReplayCommand::tr("B MAE"), 7)
               .arg(ReplayCommand::tr("A/B cover"), 10)
        << Qt::endl;
    for (const replay::ComparedStorm &s : c.storms)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(s.stormCode, -18)
                   .arg(number(s.actualTotal, 0), 7)
                   .arg(number(s.predictedA.mean, 0), 8)
                   .arg(number(s.predictedB.mean, 0), 8)
                   .arg(number(s.a.mae, 2), 7)
                   .arg(number(s.b.mae, 2), 7)
                   .arg(QStringLiteral("%1/%2").arg(number(100 * s.a.coverage80, 0),
                                                    number(100 * s.b.coverage80, 0)),
                        10)
            << Qt::endl;
    for (const auto &[label, scores] :
         {std::pair{QStringLiteral("A"), &c.overallA}, std::pair{QStringLiteral("B"), &c.overallB}})
        out << ReplayCommand::tr("Overall %1: MAE %2, RMSE %3, mean error of the total %4 %, "
                                 "mean Spearman %5, P10-P90 coverage %6 %, mean log score %7")
                   .arg(label, number(scores->mae, 2), number(scores->rmse, 2),
                        number(scores->totalAbsPercentError, 1), number(scores->spearman, 3),
                        number(100 * scores->coverage80, 0), number(scores->meanLogScore, 3))
            << Qt::endl;
    out << ReplayCommand::tr("Lower MAE: A in %1 storms, B in %2")
               .arg(c.aBetterMae)
               .arg(c.bBetterMae)
        << Qt::endl;
    for (const QString &skipped : c.skipped)
        out << ReplayCommand::tr("Skipped %1").arg(skipped) << Qt::endl;
}

int runCompare(const QCommandLineParser &parser, Store &store, replay::ReplayOptions options,
               QTextStream &out, QTextStream &err)
{
    const QStringList ids = parser.value(QStringLiteral("compare")).split(QLatin1Char(','));
    if (ids.size() != 2) {
        err << ReplayCommand::tr("--compare %1: expected two model ids such as 1,2 (`stormcrew-cli "
                                 "models list` shows them)")
                   .arg(parser.value(QStringLiteral("compare")))
            << Qt::endl;
        return UsageError;
    }
    auto a = modelId(ids.at(0), QStringLiteral("compare"));
    auto b = modelId(ids.at(1), QStringLiteral("compare"));
    if (!a || !b) {
        err << (a ? b.error() : a.error()).message << Qt::endl;
        return UsageError;
    }
    std::vector<qint64> storms;
    const QString list = parser.value(QStringLiteral("storms"));
    if (!list.isEmpty() && list != QLatin1String("all")) {
        const replay::StormActualsReader reader(store);
        for (const QString &storm : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto id = reader.find(storm.trimmed());
            if (!id) {
                err << ReplayCommand::tr("Cannot compare: %1").arg(id.error().toString())
                    << Qt::endl;
                return Failure;
            }
            storms.push_back(id.value());
        }
    }
    options.hindsight = false;
    options.prediction.draws = 1000;
    auto comparison = replay::StormReplayer(store).compare(a.value(), b.value(), storms, options);
    if (!comparison) {
        err << ReplayCommand::tr("Cannot compare: %1").arg(comparison.error().toString())
            << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(replay::ReplayExport::toJson(comparison.value()))
                   .toJson(QJsonDocument::Indented);
    else
        printComparison(comparison.value(), out);
    return Success;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const bool byStorm = parser.isSet(QStringLiteral("storm"));
    const bool comparing = parser.isSet(QStringLiteral("compare"));
    if (byStorm == comparing) {
        err << ReplayCommand::tr("Give either --storm ID|CODE (one storm) or --compare A,B (two "
                                 "models over many storms).")
            << Qt::endl;
        return UsageError;
    }
    if (comparing &&
        (parser.isSet(QStringLiteral("model")) || parser.isSet(QStringLiteral("report")))) {
        err << ReplayCommand::tr("--model and --report go with --storm; --compare names its two "
                                 "models itself.")
            << Qt::endl;
        return UsageError;
    }
    if (byStorm && parser.isSet(QStringLiteral("storms"))) {
        err << ReplayCommand::tr("--storms goes with --compare.") << Qt::endl;
        return UsageError;
    }
    auto options = optionsFrom(parser);
    if (!options) {
        err << options.error().message << Qt::endl;
        return UsageError;
    }
    // A replay only reads: the store is opened read-only whatever --read-only says.
    auto opened = Store::open(commandLine.common().dbPath, Store::Access::ReadOnly);
    if (!opened) {
        err << ReplayCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    Store &store = *opened.value();
    if (comparing)
        return runCompare(parser, store, options.value(), out, err);

    auto replayed =
        replay::StormReplayer(store).replay(parser.value(QStringLiteral("storm")), options.value());
    if (!replayed) {
        err << ReplayCommand::tr("Cannot replay: %1").arg(replayed.error().toString()) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("report"))) {
        auto written =
            replay::ReplayExport::write(replayed.value(), parser.value(QStringLiteral("report")));
        if (!written) {
            err << ReplayCommand::tr("Cannot write the report: %1").arg(written.error().toString())
                << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(replay::ReplayExport::toJson(replayed.value()))
                   .toJson(QJsonDocument::Indented);
    else
        printReplay(replayed.value(), out);
    return Success;
}

} // namespace

Command replayCommand()
{
    return {
        QStringLiteral("replay"),
        ReplayCommand::tr("Replay a stored storm as a model saw it a lead time ahead, against what "
                          "happened; or compare two models over many storms."),
        [](QCommandLineParser &parser, const QStringList &) {
            parser.addOptions({
                {QStringLiteral("storm"), ReplayCommand::tr("The stored storm (code or id)."),
                 QStringLiteral("ID|CODE")},
                {QStringLiteral("lead"),
                 ReplayCommand::tr("How long before the storm's first outage (default 48h)."),
                 QStringLiteral("HOURS")},
                {QStringLiteral("model"),
                 ReplayCommand::tr("A model id (default: the model active at that time)."),
                 QStringLiteral("ID")},
                {QStringLiteral("compare"), ReplayCommand::tr("Compare two models: their ids."),
                 QStringLiteral("A,B")},
                {QStringLiteral("storms"),
                 ReplayCommand::tr("With --compare: 'all' storms with outcomes (default) or a "
                                   "list of ids or codes."),
                 QStringLiteral("all|ID,...")},
                {QStringLiteral("target"),
                 ReplayCommand::tr("Restoration target of the hindsight plan (default 95@48)."),
                 ReplayCommand::tr("percent@hours")},
                {QStringLiteral("risk"),
                 ReplayCommand::tr("Risk level of the hindsight plan: p50, p80 (default) or p90."),
                 ReplayCommand::tr("level")},
                {QStringLiteral("simulations"),
                 ReplayCommand::tr("Simulated restorations of the hindsight (default 250)."),
                 QStringLiteral("N")},
                {QStringLiteral("report"),
                 ReplayCommand::tr("Also write a review report: FILE.pdf, FILE.md or FILE.csv."),
                 QStringLiteral("FILE")},
                {QStringLiteral("json"), ReplayCommand::tr("Print JSON.")},
            });
        },
        run};
}

} // namespace stormcrew::cli
