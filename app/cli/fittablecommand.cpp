// stormcrew-cli fit-table: the count GLM on any CSV table, for checking the engine against R and
// statsmodels on the same file, and for analysts' own tables.
#include "clicommand.h"

#include "stats/crossvalidation.h"
#include "stats/csvtable.h"
#include "stats/designmatrix.h"
#include "stats/glm.h"
#include "stats/pooling.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace stormcrew::cli {

namespace {

// Translation context of this command's messages.
struct FitTableCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::FitTableCommand)
};

QStringList listOption(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &value : parser.values(name)) {
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(item.trimmed());
    }
    return values;
}

// A JSON number, or null for NaN and infinity (which JSON cannot hold).
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QString familyName(GlmFamily family)
{
    return family == GlmFamily::Poisson ? QStringLiteral("poisson") : QStringLiteral("negbin");
}

QJsonObject fitJson(const GlmFit &fit)
{
    QJsonArray coefficients;
    for (qsizetype j = 0; j < fit.names.size(); ++j) {
        const auto k = std::size_t(j);
        coefficients.append(
            QJsonObject{{QStringLiteral("name"), fit.names.at(j)},
                        {QStringLiteral("estimate"), number(fit.coefficients[k])},
                        {QStringLiteral("standardError"), number(fit.standardErrors[k])},
                        {QStringLiteral("aliased"), bool(fit.aliased[k])}});
    }
    return QJsonObject{{QStringLiteral("family"), familyName(fit.family)},
                       {QStringLiteral("rows"), fit.rows},
                       {QStringLiteral("coefficients"), coefficients},
                       {QStringLiteral("theta"), number(fit.theta)},
                       {QStringLiteral("thetaStandardError"), number(fit.thetaSE)},
                       {QStringLiteral("logLik"), fit.logLik},
                       {QStringLiteral("deviance"), fit.deviance},
                       {QStringLiteral("aic"), fit.aic},
                       {QStringLiteral("ridge"), fit.ridge},
                       {QStringLiteral("iterations"), fit.iterations},
                       {QStringLiteral("converged"), fit.converged}};
}

// The coefficient table a person reads, like R's summary().
void printFit(QTextStream &out, const GlmFit &fit)
{
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(FitTableCommand::tr("coefficient"), -24)
               .arg(FitTableCommand::tr("estimate"), 14)
               .arg(FitTableCommand::tr("std. error"), 14)
               .arg(FitTableCommand::tr("z value"), 10)
        << Qt::endl;
    for (qsizetype j = 0; j < fit.names.size(); ++j) {
        const auto k = std::size_t(j);
        if (fit.aliased[k]) {
            out << QStringLiteral("%1 %2")
                       .arg(fit.names.at(j), -24)
                       .arg(FitTableCommand::tr("aliased"), 14)
                << Qt::endl;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(fit.names.at(j), -24)
                   .arg(fit.coefficients[k], 14, 'f', 6)
                   .arg(fit.standardErrors[k], 14, 'f', 6)
                   .arg(fit.coefficients[k] / fit.standardErrors[k], 10, 'f', 3)
            << Qt::endl;
    }
    if (const qsizetype aliased = fit.aliasedCount())
        out << FitTableCommand::tr(
                   "(%1 of the coefficients not defined because of singularities: the "
                   "columns before them explain their column)")
                   .arg(aliased)
            << Qt::endl;
    if (fit.family == GlmFamily::NegativeBinomial)
        out << FitTableCommand::tr("theta %1 (standard error %2)")
                   .arg(fit.theta, 0, 'g', 8)
                   .arg(fit.thetaSE, 0, 'g', 6)
            << Qt::endl;
    out << FitTableCommand::tr("log-likelihood %1, deviance %2, AIC %3")
               .arg(fit.logLik, 0, 'f', 4)
               .arg(fit.deviance, 0, 'f', 4)
               .arg(fit.aic, 0, 'f', 4)
        << Qt::endl;
    out << (fit.converged
                ? FitTableCommand::tr("converged in %1 passes over the rows").arg(fit.iterations)
                : FitTableCommand::tr("did NOT converge in %1 passes over the rows")
                      .arg(fit.iterations))
        << Qt::endl;
}

QJsonObject pooledJson(const PooledFit &pooled)
{
    QJsonObject json = fitJson(pooled.fixedEffects);
    QJsonArray groups;
    for (qsizetype g = 0; g < pooled.groups.size(); ++g) {
        const auto k = std::size_t(g);
        groups.append(
            QJsonObject{{QStringLiteral("name"), pooled.groups.at(g)},
                        {QStringLiteral("effect"), pooled.groupEffects[k]},
                        {QStringLiteral("standardError"), number(pooled.groupStandardErrors[k])},
                        {QStringLiteral("shrinkage"), pooled.shrinkage[k]},
                        {QStringLiteral("rows"), pooled.groupRows[k]}});
    }
    json.insert(QStringLiteral("tau2"), pooled.tau2);
    json.insert(QStringLiteral("laplaceLogLik"), pooled.laplaceLogLik);
    json.insert(QStringLiteral("poolingIterations"), pooled.iterations);
    json.insert(QStringLiteral("poolingConverged"), pooled.converged);
    json.insert(QStringLiteral("groups"), groups);
    return json;
}

QJsonObject scoresJson(const CrossValidation &scores)
{
    QJsonArray folds;
    for (const FoldScore &fold : scores.folds)
        folds.append(QJsonObject{{QStringLiteral("fold"), fold.fold},
                                 {QStringLiteral("rows"), fold.rows},
                                 {QStringLiteral("meanDeviance"), fold.deviance},
                                 {QStringLiteral("meanLogScore"), fold.logScore}});
    return QJsonObject{{QStringLiteral("rows"), scores.rows},
                       {QStringLiteral("meanDeviance"), scores.meanDeviance},
                       {QStringLiteral("meanLogScore"), scores.meanLogScore},
                       {QStringLiteral("folds"), folds}};
}

void printPooled(QTextStream &out, const PooledFit &pooled, const QString &column)
{
    out << Qt::endl
        << FitTableCommand::tr("Partial pooling: %1 intercepts shrunk towards the global model (%2 "
                               "groups), between-group sd %3 (tau2 %4)")
               .arg(column)
               .arg(pooled.groups.size())
               .arg(std::sqrt(pooled.tau2), 0, 'g', 4)
               .arg(pooled.tau2, 0, 'g', 6)
        << Qt::endl
        << FitTableCommand::tr(
               "Coefficients and theta given the group effects (their likelihood and AIC "
               "too):")
        << Qt::endl
        << Qt::endl;
    printFit(out, pooled.fixedEffects);
    out << FitTableCommand::tr("Laplace log-likelihood (effects integrated out) %1")
               .arg(pooled.laplaceLogLik, 0, 'f', 4)
        << Qt::endl
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(column, -24)
               .arg(FitTableCommand::tr("effect"), 10)
               .arg(FitTableCommand::tr("std. error"), 11)
               .arg(FitTableCommand::tr("own weight"), 11)
               .arg(FitTableCommand::tr("rows"), 8)
        << Qt::endl;
    for (qsizetype g = 0; g < pooled.groups.size(); ++g) {
        const auto k = std::size_t(g);
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(pooled.groups.at(g), -24)
                   .arg(pooled.groupEffects[k], 10, 'f', 4)
                   .arg(pooled.groupStandardErrors[k], 11, 'f', 4)
                   .arg(pooled.shrinkage[k], 11, 'f', 3)
                   .arg(pooled.groupRows[k], 8)
            << Qt::endl;
    }
}

void printComparison(QTextStream &out, const PoolingComparison &comparison, const QString &folds)
{
    out << Qt::endl
        << FitTableCommand::tr(
               "Cross-validation, leaving out one %1 at a time (%2 folds, %3 rows):")
               .arg(folds)
               .arg(comparison.global.folds.size())
               .arg(comparison.global.rows)
        << Qt::endl;
    out << FitTableCommand::tr("  global model: held-out log score %1 per row, deviance %2 per row")
               .arg(comparison.global.meanLogScore, 0, 'f', 5)
               .arg(comparison.global.meanDeviance, 0, 'f', 5)
        << Qt::endl;
    out << FitTableCommand::tr("  pooled model: held-out log score %1 per row, deviance %2 per row")
               .arg(comparison.pooled.meanLogScore, 0, 'f', 5)
               .arg(comparison.pooled.meanDeviance, 0, 'f', 5)
        << Qt::endl;
    out << (comparison.pooledWins()
                ? FitTableCommand::tr(
                      "  The pooled model predicts held-out data better (lower log score).")
                : FitTableCommand::tr(
                      "  The global model predicts held-out data as well or better (lower "
                      "log score)."))
        << Qt::endl;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const QStringList files = parser.positionalArguments();
    const QString response = parser.value(QStringLiteral("response"));
    if (files.size() != 1 || response.isEmpty()) {
        err << FitTableCommand::tr(
                   "Usage: stormcrew-cli fit-table FILE.csv --response COLUMN [options]")
            << Qt::endl;
        return UsageError;
    }
    GlmOptions options;
    const QString family = parser.value(QStringLiteral("family"));
    if (family == QLatin1String("poisson")) {
        options.family = GlmFamily::Poisson;
    } else if (family != QLatin1String("negbin")) {
        err << FitTableCommand::tr("--family %1 is not known; choose poisson or negbin.")
                   .arg(family)
            << Qt::endl;
        return UsageError;
    }
    bool ridgeOk = false;
    options.ridge = parser.value(QStringLiteral("ridge")).toDouble(&ridgeOk);
    if (!ridgeOk || !(options.ridge >= 0) || !std::isfinite(options.ridge)) {
        err << FitTableCommand::tr("--ridge must be a number, zero or more.") << Qt::endl;
        return UsageError;
    }

    ModelSpec spec;
    spec.response = response;
    spec.offset = parser.value(QStringLiteral("offset"));
    spec.exposure = parser.value(QStringLiteral("exposure"));
    spec.predictors = listOption(parser, QStringLiteral("columns"));
    const QString file = files.first();
    auto table = CsvTable::read(file, {listOption(parser, QStringLiteral("factors"))});
    if (!table) {
        err << table.error().toString() << Qt::endl;
        return Failure;
    }
    auto frame = ModelFrameBuilder::build(table.value(), spec);
    if (!frame) {
        err << frame.error().toString() << Qt::endl;
        return Failure;
    }
    options.offset = frame.value().offset;
    auto fitted = Glm::fit(frame.value().design, frame.value().response, options);
    if (!fitted) {
        err << Error{fitted.error().message, file, 0, {}}.toString() << Qt::endl;
        return Failure;
    }
    const GlmFit &fit = fitted.value();

    // Partial pooling and cross-validation, when a group (and a fold) column is given.
    const QString groupColumn = parser.value(QStringLiteral("group"));
    const QString foldColumn = parser.value(QStringLiteral("folds"));
    if (!foldColumn.isEmpty() && groupColumn.isEmpty()) {
        err << FitTableCommand::tr(
                   "--folds compares the global and the pooled model: give --group too.")
            << Qt::endl;
        return UsageError;
    }
    std::optional<PooledFit> pooled;
    std::optional<PoolingComparison> comparison;
    if (!groupColumn.isEmpty()) {
        auto groups = ModelFrameBuilder::grouping(table.value(), groupColumn);
        if (!groups) {
            err << groups.error().toString() << Qt::endl;
            return Failure;
        }
        PoolingOptions pooling;
        pooling.glm = options;
        auto pooledFit =
            Pooling::fit(frame.value().design, frame.value().response, groups.value(), pooling);
        if (!pooledFit) {
            err << Error{pooledFit.error().message, file, 0, groupColumn}.toString() << Qt::endl;
            return Failure;
        }
        pooled = std::move(pooledFit).value();
        if (!foldColumn.isEmpty()) {
            auto folds = ModelFrameBuilder::grouping(table.value(), foldColumn);
            if (!folds) {
                err << folds.error().toString() << Qt::endl;
                return Failure;
            }
            auto scores =
                CrossValidator::compareGlobalAndPooled(frame.value().design, frame.value().response,
                                                       groups.value(), folds.value(), pooling);
            if (!scores) {
                err << Error{scores.error().message, file, 0, foldColumn}.toString() << Qt::endl;
                return Failure;
            }
            comparison = std::move(scores).value();
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = fitJson(fit);
        if (pooled) {
            QJsonObject pooledObject = pooledJson(*pooled);
            pooledObject.insert(QStringLiteral("group"), groupColumn);
            json.insert(QStringLiteral("pooled"), pooledObject);
        }
        if (comparison) {
            json.insert(QStringLiteral("crossValidation"),
                        QJsonObject{{QStringLiteral("folds"), foldColumn},
                                    {QStringLiteral("global"), scoresJson(comparison->global)},
                                    {QStringLiteral("pooled"), scoresJson(comparison->pooled)},
                                    {QStringLiteral("choice"), comparison->pooledWins()
                                                                   ? QStringLiteral("pooled")
                                                                   : QStringLiteral("global")}});
        }
        json.insert(QStringLiteral("file"), file);
        json.insert(QStringLiteral("response"), response);
        json.insert(QStringLiteral("offset"),
                    spec.offset.isEmpty() ? QJsonValue() : QJsonValue(spec.offset));
        json.insert(QStringLiteral("exposure"),
                    spec.exposure.isEmpty() ? QJsonValue() : QJsonValue(spec.exposure));
        json.insert(QStringLiteral("columns"),
                    QJsonArray::fromStringList(frame.value().predictors));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << (fit.family == GlmFamily::Poisson
                ? FitTableCommand::tr("Poisson GLM (log link) of %1: %2 rows of %3")
                : FitTableCommand::tr("Negative binomial GLM (NB2, log link) of %1: %2 rows of %3"))
               .arg(response)
               .arg(fit.rows)
               .arg(QFileInfo(file).fileName())
        << Qt::endl;
    out << FitTableCommand::tr("Predictors: %1")
               .arg(frame.value().predictors.join(QStringLiteral(", ")));
    if (!spec.offset.isEmpty())
        out << FitTableCommand::tr("; offset %1").arg(spec.offset);
    if (!spec.exposure.isEmpty())
        out << FitTableCommand::tr("; offset log(%1)").arg(spec.exposure);
    if (options.ridge > 0)
        out << FitTableCommand::tr("; ridge %1").arg(options.ridge);
    out << Qt::endl << Qt::endl;
    printFit(out, fit);
    if (pooled)
        printPooled(out, *pooled, groupColumn);
    if (comparison)
        printComparison(out, *comparison, foldColumn);
    return fit.converged ? Success : Failure;
}

} // namespace

Command fitTableCommand()
{
    return {
        QStringLiteral("fit-table"),
        FitTableCommand::tr("Fit a count GLM (negative binomial or Poisson) to any CSV table."),
        [](QCommandLineParser &parser, const QStringList &) {
            parser.addPositionalArgument(QStringLiteral("file"),
                                         FitTableCommand::tr("The CSV file, with a header line."));
            parser.addOptions({
                {QStringLiteral("response"), FitTableCommand::tr("The count to model."),
                 FitTableCommand::tr("column")},
                {QStringLiteral("offset"),
                 FitTableCommand::tr(
                     "A column added to the linear predictor as it is (a log exposure)."),
                 FitTableCommand::tr("column")},
                {QStringLiteral("exposure"),
                 FitTableCommand::tr("A positive column whose log is the offset (overhead km)."),
                 FitTableCommand::tr("column")},
                {QStringLiteral("columns"),
                 FitTableCommand::tr(
                     "The predictors, separated by commas (default: every named column "
                     "but the response and the offset)."),
                 FitTableCommand::tr("a,b,c")},
                {QStringLiteral("factors"),
                 FitTableCommand::tr(
                     "Columns to read as text (factors) even where they hold numbers."),
                 FitTableCommand::tr("a,b,c")},
                {QStringLiteral("family"), FitTableCommand::tr("poisson or negbin (default)."),
                 FitTableCommand::tr("family"), QStringLiteral("negbin")},
                {QStringLiteral("ridge"),
                 FitTableCommand::tr("Ridge penalty lambda on every coefficient but the intercept "
                                     "(default 0)."),
                 FitTableCommand::tr("lambda"), QStringLiteral("0")},
                {QStringLiteral("group"),
                 FitTableCommand::tr(
                     "Also fit random intercepts for this column's groups (territory), "
                     "shrunk towards the global model."),
                 FitTableCommand::tr("column")},
                {QStringLiteral("folds"),
                 FitTableCommand::tr(
                     "Compare the global and the pooled model by leaving out one group of "
                     "this column (storm) at a time."),
                 FitTableCommand::tr("column")},
                {QStringLiteral("json"), FitTableCommand::tr("Print JSON instead of text.")},
            });
        },
        run};
}

} // namespace stormcrew::cli
