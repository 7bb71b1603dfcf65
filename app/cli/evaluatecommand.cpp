// stormcrew-cli evaluate: leave-one-storm-out cross-validation of the model and its baselines.
#include "clicommand.h"

#include "engine/evaluation.h"
#include "engine/outageengine.h"
#include "features/featurebuilder.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace stormcrew::cli {

namespace {

struct EvaluateCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::EvaluateCommand)
};

QJsonObject scoresJson(const Scores &s)
{
    return {{QStringLiteral("rows"), double(s.rows)},
            {QStringLiteral("mae"), jsonNumber(s.mae)},
            {QStringLiteral("rmse"), jsonNumber(s.rmse)},
            {QStringLiteral("meanDeviance"), jsonNumber(s.meanDeviance)},
            {QStringLiteral("meanLogScore"), jsonNumber(s.meanLogScore)},
            {QStringLiteral("observedTotal"), s.observedTotal},
            {QStringLiteral("predictedTotal"), jsonNumber(s.predictedTotal)},
            {QStringLiteral("totalAbsPercentError"), jsonNumber(s.totalAbsPercentError)},
            {QStringLiteral("spearman"), jsonNumber(s.spearman)},
            {QStringLiteral("coverage50"), s.coverage50},
            {QStringLiteral("coverage80"), s.coverage80},
            {QStringLiteral("coverage90"), s.coverage90}};
}

QJsonObject evaluationJson(const Evaluation &e)
{
    QJsonArray models;
    for (const ModelEvaluation &m : e.models) {
        QJsonArray storms;
        for (std::size_t s = 0; s < m.stormCodes.size(); ++s) {
            QJsonObject storm = scoresJson(m.perStorm[s]);
            storm.insert(QStringLiteral("storm"), m.stormCodes[s]);
            storms.append(storm);
        }
        QJsonArray calibration;
        for (const CalibrationBin &bin : m.calibration)
            calibration.append(QJsonObject{{QStringLiteral("predictedLow"), bin.predictedLow},
                                           {QStringLiteral("predictedHigh"), bin.predictedHigh},
                                           {QStringLiteral("rows"), double(bin.rows)},
                                           {QStringLiteral("meanPredicted"), bin.meanPredicted},
                                           {QStringLiteral("meanObserved"), bin.meanObserved}});
        models.append(QJsonObject{{QStringLiteral("key"), m.key},
                                  {QStringLiteral("label"), m.label},
                                  {QStringLiteral("overall"), scoresJson(m.overall)},
                                  {QStringLiteral("storms"), storms},
                                  {QStringLiteral("calibration"), calibration}});
    }
    QJsonArray ridge;
    for (const double r : e.ridgePerFold)
        ridge.append(r);
    return {{QStringLiteral("storms"), double(e.storms)},
            {QStringLiteral("rows"), double(e.rows)},
            {QStringLiteral("ridgePerFold"), ridge},
            {QStringLiteral("models"), models},
            {QStringLiteral("notes"), QJsonArray::fromStringList(e.notes)}};
}

void printEvaluation(QTextStream &out, const Evaluation &e)
{
    out << EvaluateCommand::tr("Leave-one-storm-out over %1 storms (%2 storm-territory rows):")
               .arg(e.storms)
               .arg(e.rows)
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
               .arg(EvaluateCommand::tr("model"), -38)
               .arg(QStringLiteral("MAE"), 7)
               .arg(QStringLiteral("RMSE"), 7)
               .arg(EvaluateCommand::tr("log score"), 10)
               .arg(EvaluateCommand::tr("total %err"), 11)
               .arg(QStringLiteral("Spearman"), 9)
               .arg(EvaluateCommand::tr("80 % cover"), 11)
               .arg(EvaluateCommand::tr("90 % cover"), 11)
        << Qt::endl;
    for (const ModelEvaluation &m : e.models) {
        const Scores &s = m.overall;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(m.label, -38)
                   .arg(s.mae, 7, 'f', 2)
                   .arg(s.rmse, 7, 'f', 2)
                   .arg(s.meanLogScore, 10, 'f', 3)
                   .arg(s.totalAbsPercentError, 11, 'f', 1)
                   .arg(s.spearman, 9, 'f', 3)
                   .arg(s.coverage80 * 100, 10, 'f', 0)
                   .arg(s.coverage90 * 100, 10, 'f', 0)
            << Qt::endl;
    }
    for (const QString &note : e.notes)
        out << EvaluateCommand::tr("Note: %1").arg(note) << Qt::endl;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    EvaluationOptions options;
    auto family = familyOption(parser);
    if (!family) {
        err << family.error().message << Qt::endl;
        return UsageError;
    }
    options.family = family.value();
    options.innerCv = !parser.isSet(QStringLiteral("no-inner-cv"));
    auto store = openStore(commandLine, err, false);
    if (!store)
        return Failure;
    auto history = FeatureBuilder(*store).history();
    if (!history) {
        err << EvaluateCommand::tr("Cannot read the history: %1").arg(history.error().toString())
            << Qt::endl;
        return Failure;
    }
    std::vector<Term> candidates;
    for (const TermInfo &info : ModelTerms::all())
        candidates.push_back(info.term);
    auto set = TrainingSetBuilder::build(history.value(), candidates);
    if (!set) {
        err << EvaluateCommand::tr("Cannot evaluate: %1").arg(set.error().toString()) << Qt::endl;
        return Failure;
    }
    auto evaluation = Evaluator::evaluate(set.value(), options);
    if (!evaluation) {
        err << EvaluateCommand::tr("Cannot evaluate: %1").arg(evaluation.error().toString())
            << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("report"))) {
        QSaveFile file(parser.value(QStringLiteral("report")));
        const QByteArray text = Evaluator::markdown(evaluation.value()).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            err << EvaluateCommand::tr("Cannot write the report %1: %2")
                       .arg(file.fileName(), file.errorString())
                << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(evaluationJson(evaluation.value())).toJson(QJsonDocument::Indented);
    else
        printEvaluation(out, evaluation.value());
    return Success;
}

} // namespace

Command evaluateCommand()
{
    return {QStringLiteral("evaluate"),
            EvaluateCommand::tr("Leave-one-storm-out cross-validation of the model, global and "
                                "pooled, beside three baselines."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addOption({QStringLiteral("family"),
                                  EvaluateCommand::tr("negbin (default) or poisson."),
                                  QStringLiteral("FAMILY")});
                parser.addOption({QStringLiteral("no-inner-cv"),
                                  EvaluateCommand::tr("No ridge penalty instead of choosing it "
                                                      "by inner cross-validation (faster).")});
                parser.addOption({QStringLiteral("report"),
                                  EvaluateCommand::tr("Also write a markdown report to FILE."),
                                  QStringLiteral("FILE")});
                parser.addOption({QStringLiteral("json"), EvaluateCommand::tr("Print JSON.")});
            },
            run};
}

} // namespace stormcrew::cli
