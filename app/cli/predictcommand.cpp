// stormcrew-cli predict: outages per territory for a stored storm or the latest forecast, with
// intervals, explanations and the out-of-distribution check.
#include "clicommand.h"

#include "engine/outageengine.h"
#include "engine/predictionexport.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace stormcrew::cli {

namespace {

struct PredictCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::PredictCommand)
};

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate);
}

Result<PredictionRequest> request(const QCommandLineParser &parser)
{
    PredictionRequest request;
    const bool storm = parser.isSet(QStringLiteral("storm"));
    const bool forecast = parser.isSet(QStringLiteral("forecast"));
    if (storm == forecast)
        return Error{
            PredictCommand::tr("give either --storm CODE or --forecast latest"), {}, 0, {}};
    if (forecast && parser.value(QStringLiteral("forecast")) != QLatin1String("latest"))
        return Error{PredictCommand::tr("--forecast %1: only 'latest' is supported (with --as-of "
                                        "to go back in time)")
                         .arg(parser.value(QStringLiteral("forecast"))),
                     {},
                     0,
                     QStringLiteral("--forecast")};
    if (storm)
        request.stormCode = parser.value(QStringLiteral("storm"));
    auto asOf = timeOption(parser, QStringLiteral("as-of"));
    if (!asOf)
        return asOf.error();
    request.asOf = asOf.value();
    if (parser.isSet(QStringLiteral("model"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("model")).toLongLong(&ok);
        if (!ok || id <= 0)
            return Error{PredictCommand::tr("--model %1: expected a model id from `stormcrew-cli "
                                            "models list`")
                             .arg(parser.value(QStringLiteral("model"))),
                         {},
                         0,
                         QStringLiteral("--model")};
        request.modelId = id;
    }
    if (parser.isSet(QStringLiteral("draws"))) {
        bool ok = false;
        request.options.draws = parser.value(QStringLiteral("draws")).toInt(&ok);
        if (!ok || request.options.draws < 100 || request.options.draws > 100000)
            return Error{PredictCommand::tr("--draws %1: expected a whole number from 100 to "
                                            "100000")
                             .arg(parser.value(QStringLiteral("draws"))),
                         {},
                         0,
                         QStringLiteral("--draws")};
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        request.options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Error{PredictCommand::tr("--seed %1: expected a whole number from 0 to "
                                            "18446744073709551615")
                             .arg(parser.value(QStringLiteral("seed"))),
                         {},
                         0,
                         QStringLiteral("--seed")};
    }
    return request;
}

void printPrediction(QTextStream &out, const StormPrediction &p)
{
    if (p.stormId == 0)
        out << PredictCommand::tr("Incoming storm (latest forecast): %1 to %2 (UTC)")
                   .arg(isoTime(p.windowStart), isoTime(p.windowEnd))
            << Qt::endl;
    else
        out << PredictCommand::tr("Storm %1: %2 to %3 (UTC)")
                   .arg(p.stormCode, isoTime(p.windowStart), isoTime(p.windowEnd))
            << Qt::endl;
    if (p.asOf)
        out << PredictCommand::tr("As of %1: only data issued by then was used.")
                   .arg(isoTime(*p.asOf))
            << Qt::endl;
    if (p.forecastIssued)
        out << PredictCommand::tr("Forecast issued %1.").arg(isoTime(*p.forecastIssued))
            << Qt::endl;
    out << PredictCommand::tr("Model %1 (v%2).").arg(p.modelId).arg(p.modelVersion) << Qt::endl;
    out << PredictCommand::tr("Outages, all territories: expected %1; P10 %2, P50 %3, P90 %4")
               .arg(p.totals.mean, 0, 'f', 0)
               .arg(p.totals.p10, 0, 'f', 0)
               .arg(p.totals.p50, 0, 'f', 0)
               .arg(p.totals.p90, 0, 'f', 0)
        << Qt::endl;
    if (p.distribution.outside) {
        out << PredictCommand::tr("WARNING: this storm is unlike the storms the model learnt "
                                  "from; treat the numbers with care:")
            << Qt::endl;
        for (const QString &reason : p.distribution.reasons)
            out << QStringLiteral("  - ") << reason << Qt::endl;
    }
    if (!p.distribution.nearest.empty()) {
        out << PredictCommand::tr("Most similar past storms:") << Qt::endl;
        for (const auto &n : p.distribution.nearest)
            out << PredictCommand::tr("  %1 (%2, %3): %4 outages, distance %5")
                       .arg(n.code, n.kind, isoTime(n.start).left(10))
                       .arg(n.outages, 0, 'f', 0)
                       .arg(n.distance, 0, 'f', 2)
                << Qt::endl;
    }
    for (const QString &note : p.notes)
        out << PredictCommand::tr("Note: %1").arg(note) << Qt::endl;

    std::vector<const TerritoryPrediction *> ranked;
    for (const TerritoryPrediction &t : p.territories)
        if (!t.missing)
            ranked.push_back(&t);
    std::sort(ranked.begin(), ranked.end(),
              [](const auto *a, const auto *b) { return a->mean > b->mean; });
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5  %6")
               .arg(PredictCommand::tr("territory"), -22)
               .arg(PredictCommand::tr("mean"), 8)
               .arg(PredictCommand::tr("P10"), 6)
               .arg(PredictCommand::tr("P50"), 6)
               .arg(PredictCommand::tr("P90"), 6)
               .arg(PredictCommand::tr("strongest reasons (x against a calm day)"))
        << Qt::endl;
    const std::size_t shown = std::min<std::size_t>(15, ranked.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const TerritoryPrediction &t = *ranked[i];
        auto factors = t.factors;
        std::sort(factors.begin(), factors.end(), [](const auto &a, const auto &b) {
            return std::abs(std::log(a.factor)) > std::abs(std::log(b.factor));
        });
        QStringList reasons;
        for (std::size_t k = 0; k < std::min<std::size_t>(3, factors.size()); ++k)
            reasons << QStringLiteral("%1 x%2").arg(
                factors[k].label,
                QLocale::c().toString(factors[k].factor, 'f', factors[k].factor < 10 ? 2 : 0));
        out << QStringLiteral("%1 %2 %3 %4 %5  %6")
                   .arg(QStringLiteral("%1 %2").arg(t.code, t.name).left(22), -22)
                   .arg(t.mean, 8, 'f', 1)
                   .arg(t.p10, 6, 'f', 0)
                   .arg(t.p50, 6, 'f', 0)
                   .arg(t.p90, 6, 'f', 0)
                   .arg(reasons.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    if (ranked.size() > shown)
        out << PredictCommand::tr("... and %n more territories (--out FILE.csv writes them all)",
                                  nullptr, int(ranked.size() - shown))
            << Qt::endl;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    auto req = request(parser);
    if (!req) {
        err << req.error().message << Qt::endl;
        return UsageError;
    }
    const bool record = parser.isSet(QStringLiteral("record"));
    auto store = openStore(commandLine, err, record);
    if (!store)
        return Failure;
    OutageEngine engine(*store);
    auto prediction = engine.predict(req.value());
    if (!prediction) {
        err << PredictCommand::tr("Cannot predict: %1").arg(prediction.error().toString())
            << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("out"))) {
        auto written = PredictionExport::write(prediction.value(), *store,
                                               parser.value(QStringLiteral("out")));
        if (!written) {
            err << PredictCommand::tr("Cannot write the prediction: %1")
                       .arg(written.error().toString())
                << Qt::endl;
            return Failure;
        }
    }
    if (record) {
        auto run = engine.record(prediction.value());
        if (!run) {
            err << PredictCommand::tr("Cannot record the prediction: %1")
                       .arg(run.error().toString())
                << Qt::endl;
            return Failure;
        }
        err << PredictCommand::tr("Recorded as prediction run %1.").arg(run.value()) << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(PredictionExport::toJson(prediction.value()))
                   .toJson(QJsonDocument::Indented);
    else
        printPrediction(out, prediction.value());
    return Success;
}

} // namespace

Command predictCommand()
{
    return {QStringLiteral("predict"),
            PredictCommand::tr("Predict outages per territory for a stored storm or the latest "
                               "forecast with the active model: mean, P10/P50/P90 and why."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addOption({QStringLiteral("storm"),
                                  PredictCommand::tr("The stored storm's code."),
                                  QStringLiteral("CODE")});
                parser.addOption({QStringLiteral("forecast"),
                                  PredictCommand::tr("'latest': the newest forecast in the store."),
                                  QStringLiteral("WHICH")});
                parser.addOption(
                    {QStringLiteral("as-of"),
                     PredictCommand::tr("Use only data issued by this time (ISO 8601, UTC unless "
                                        "an offset is given)."),
                     QStringLiteral("TIME")});
                parser.addOption({QStringLiteral("model"),
                                  PredictCommand::tr("A model id instead of the active model."),
                                  QStringLiteral("ID")});
                parser.addOption({QStringLiteral("draws"),
                                  PredictCommand::tr("Simulated storms for the totals (default "
                                                     "2000)."),
                                  QStringLiteral("N")});
                parser.addOption({QStringLiteral("seed"),
                                  PredictCommand::tr("Seed of the simulation (default 1)."),
                                  QStringLiteral("N")});
                parser.addOption({QStringLiteral("out"),
                                  PredictCommand::tr("Also write every territory to FILE (.csv, "
                                                     ".json or .geojson)."),
                                  QStringLiteral("FILE")});
                parser.addOption({QStringLiteral("record"),
                                  PredictCommand::tr("Record the prediction in the store.")});
                parser.addOption({QStringLiteral("json"), PredictCommand::tr("Print JSON.")});
            },
            run};
}

} // namespace stormcrew::cli
