// stormcrew-cli train and models: fit the outage model on the store's history, list the
// registry, show one model, activate one (audited; rollback is activating the previous one).
#include "clicommand.h"
#include "modelreport.h"

#include "engine/modelregistry.h"
#include "engine/outageengine.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace stormcrew::cli {

namespace {

struct ModelCommands {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ModelCommands)
};

Result<TrainOptions> trainOptions(const QCommandLineParser &parser)
{
    TrainOptions options;
    auto family = familyOption(parser);
    if (!family)
        return family.error();
    options.family = family.value();
    if (parser.isSet(QStringLiteral("ridge"))) {
        bool ok = false;
        const double ridge = parser.value(QStringLiteral("ridge")).toDouble(&ok);
        if (!ok || ridge < 0)
            return Error{ModelCommands::tr("--ridge %1: expected a penalty of 0 or more")
                             .arg(parser.value(QStringLiteral("ridge"))),
                         {},
                         0,
                         QStringLiteral("--ridge")};
        options.ridge = ridge;
    }
    const QString pooling = parser.value(QStringLiteral("pooling"));
    if (pooling == QLatin1String("global"))
        options.pooling = TrainOptions::Pooling::Global;
    else if (pooling == QLatin1String("pooled"))
        options.pooling = TrainOptions::Pooling::Pooled;
    else if (!pooling.isEmpty() && pooling != QLatin1String("auto"))
        return Error{
            ModelCommands::tr("--pooling %1: expected auto, global or pooled").arg(pooling),
            {},
            0,
            QStringLiteral("--pooling")};
    options.constrain = !parser.isSet(QStringLiteral("no-constraints"));
    return options;
}

int runTrain(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    if (!parser.positionalArguments().isEmpty()) {
        err << ModelCommands::tr("train takes no arguments, only options; see --help") << Qt::endl;
        return UsageError;
    }
    auto options = trainOptions(parser);
    if (!options) {
        err << options.error().message << Qt::endl;
        return UsageError;
    }
    auto store = openStore(commandLine, err, true);
    if (!store)
        return Failure;
    const bool activate = parser.isSet(QStringLiteral("activate"));
    auto model = OutageEngine(*store).train(options.value(), activate);
    if (!model) {
        err << ModelCommands::tr("Cannot train: %1").arg(model.error().toString()) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(modelJson(model.value())).toJson(QJsonDocument::Indented);
    else
        printModel(out, model.value());
    if (activate && !model.value().contract.passed()) {
        err << ModelCommands::tr("Model %1 failed its contract and was stored as rejected; it "
                                 "was not activated.")
                   .arg(model.value().id)
            << Qt::endl;
        return Failure;
    }
    return Success;
}

Result<qint64> modelId(const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok || id <= 0)
        return Error{ModelCommands::tr("Usage: stormcrew-cli models %1 ID (a number from "
                                       "`stormcrew-cli models list`)")
                         .arg(args.value(0)),
                     {},
                     0,
                     {}};
    return id;
}

int runList(Store &store, bool json, QTextStream &out, QTextStream &err)
{
    auto models = ModelRegistry(store).list();
    if (!models) {
        err << models.error().toString() << Qt::endl;
        return Failure;
    }
    if (json) {
        QJsonArray array;
        for (const ModelListing &m : models.value())
            array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("name"), m.name},
                                     {QStringLiteral("version"), m.version},
                                     {QStringLiteral("family"), m.family},
                                     {QStringLiteral("status"), m.status},
                                     {QStringLiteral("createdTime"), m.createdTime},
                                     {QStringLiteral("createdBy"), m.createdBy},
                                     {QStringLiteral("contractPassed"), m.contractPassed},
                                     {QStringLiteral("chosen"), m.chosen},
                                     {QStringLiteral("meanLogScore"), jsonNumber(m.meanLogScore)},
                                     {QStringLiteral("trainingStorms"), double(m.trainingStorms)},
                                     {QStringLiteral("fingerprint"), m.fingerprint}});
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (models.value().empty()) {
        out << ModelCommands::tr("No model yet; train one with `stormcrew-cli train --activate`.")
            << Qt::endl;
        return Success;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(ModelCommands::tr("id"), 4)
               .arg(ModelCommands::tr("version"), -8)
               .arg(ModelCommands::tr("status"), -10)
               .arg(ModelCommands::tr("contract"), -9)
               .arg(ModelCommands::tr("CV log score"), 13)
               .arg(ModelCommands::tr("storms"), 7)
               .arg(ModelCommands::tr("trained"))
        << Qt::endl;
    for (const ModelListing &m : models.value())
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(m.id, 4)
                   .arg(QStringLiteral("v%1").arg(m.version), -8)
                   .arg(m.status, -10)
                   .arg(m.contractPassed ? ModelCommands::tr("passed")
                                         : ModelCommands::tr("FAILED"),
                        -9)
                   .arg(std::isfinite(m.meanLogScore) ? QString::number(m.meanLogScore, 'f', 4)
                                                      : QStringLiteral("–"),
                        13)
                   .arg(m.trainingStorms, 7)
                   .arg(QDateTime::fromSecsSinceEpoch(m.createdTime, QTimeZone::utc())
                            .toString(Qt::ISODate) +
                        QLatin1Char(' ') + m.createdBy)
            << Qt::endl;
    return Success;
}

int runModels(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action != QLatin1String("list") && action != QLatin1String("show") &&
        action != QLatin1String("activate")) {
        err << ModelCommands::tr("Usage: stormcrew-cli models list|show ID|activate ID [--json]")
            << Qt::endl;
        return UsageError;
    }
    std::optional<qint64> id;
    if (action != QLatin1String("list")) {
        auto parsed = modelId(args);
        if (!parsed) {
            err << parsed.error().message << Qt::endl;
            return UsageError;
        }
        id = parsed.value();
    }
    auto store = openStore(commandLine, err, action == QLatin1String("activate"));
    if (!store)
        return Failure;
    ModelRegistry registry(*store);
    if (action == QLatin1String("list"))
        return runList(*store, json, out, err);
    if (action == QLatin1String("activate")) {
        auto activated = registry.activate(*id);
        if (!activated) {
            err << ModelCommands::tr("Cannot activate: %1").arg(activated.error().toString())
                << Qt::endl;
            return Failure;
        }
        out << ModelCommands::tr("Model %1 is now active.").arg(*id) << Qt::endl;
        return Success;
    }
    auto model = registry.load(*id);
    if (!model) {
        err << model.error().toString() << Qt::endl;
        return Failure;
    }
    if (json)
        out << QJsonDocument(modelJson(model.value())).toJson(QJsonDocument::Indented);
    else
        printModel(out, model.value());
    return Success;
}

} // namespace

Command trainCommand()
{
    return {QStringLiteral("train"),
            ModelCommands::tr("Train the outage model on every past storm in the store and save "
                              "it in the registry (--activate makes it the active model)."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addOption(
                    {QStringLiteral("activate"),
                     ModelCommands::tr("Activate the model when its contract holds.")});
                parser.addOption({QStringLiteral("family"),
                                  ModelCommands::tr("negbin (default) or poisson."),
                                  QStringLiteral("FAMILY")});
                parser.addOption({QStringLiteral("ridge"),
                                  ModelCommands::tr("Fix the ridge penalty on standardised terms "
                                                    "instead of choosing it by cross-validation."),
                                  QStringLiteral("LAMBDA")});
                parser.addOption({QStringLiteral("pooling"),
                                  ModelCommands::tr("auto (cross-validation decides, default), "
                                                    "global or pooled."),
                                  QStringLiteral("MODE")});
                parser.addOption(
                    {QStringLiteral("no-constraints"),
                     ModelCommands::tr("Keep every term even when its fitted sign breaks the "
                                       "contract (the model is then stored as rejected).")});
                parser.addOption({QStringLiteral("json"), ModelCommands::tr("Print JSON.")});
            },
            runTrain};
}

Command modelsCommand()
{
    return {QStringLiteral("models"),
            ModelCommands::tr("List the trained models, show one, or activate one: models "
                              "list|show ID|activate ID."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addPositionalArgument(QStringLiteral("action"),
                                             ModelCommands::tr("list, show ID or activate ID."));
                parser.addOption({QStringLiteral("json"), ModelCommands::tr("Print JSON.")});
            },
            runModels};
}

} // namespace stormcrew::cli
