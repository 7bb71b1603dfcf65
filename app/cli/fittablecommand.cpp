// stormcrew-cli fit-table: the count GLM on any CSV table, for checking the engine against R and
// statsmodels on the same file, and for analysts' own tables.
#include "clicommand.h"

#include "stats/csvtable.h"
#include "stats/designmatrix.h"
#include "stats/glm.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace stormcrew::cli {

namespace {

// Translation context of this command's messages.
struct FitTableCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::FitTableCommand)
};
using Text = FitTableCommand;

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
               .arg(Text::tr("coefficient"), -24)
               .arg(Text::tr("estimate"), 14)
               .arg(Text::tr("std. error"), 14)
               .arg(Text::tr("z value"), 10)
        << Qt::endl;
    for (qsizetype j = 0; j < fit.names.size(); ++j) {
        const auto k = std::size_t(j);
        if (fit.aliased[k]) {
            out << QStringLiteral("%1 %2").arg(fit.names.at(j), -24).arg(Text::tr("aliased"), 14)
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
        out << Text::tr("(%1 of the coefficients not defined because of singularities: the "
                        "columns before them explain their column)")
                   .arg(aliased)
            << Qt::endl;
    if (fit.family == GlmFamily::NegativeBinomial)
        out << Text::tr("theta %1 (standard error %2)")
                   .arg(fit.theta, 0, 'g', 8)
                   .arg(fit.thetaSE, 0, 'g', 6)
            << Qt::endl;
    out << Text::tr("log-likelihood %1, deviance %2, AIC %3")
               .arg(fit.logLik, 0, 'f', 4)
               .arg(fit.deviance, 0, 'f', 4)
               .arg(fit.aic, 0, 'f', 4)
        << Qt::endl;
    out << (fit.converged
                ? Text::tr("converged in %1 passes over the rows").arg(fit.iterations)
                : Text::tr("did NOT converge in %1 passes over the rows").arg(fit.iterations))
        << Qt::endl;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const QStringList files = parser.positionalArguments();
    const QString response = parser.value(QStringLiteral("response"));
    if (files.size() != 1 || response.isEmpty()) {
        err << Text::tr("Usage: stormcrew-cli fit-table FILE.csv --response COLUMN [options]")
            << Qt::endl;
        return UsageError;
    }
    GlmOptions options;
    const QString family = parser.value(QStringLiteral("family"));
    if (family == QLatin1String("poisson")) {
        options.family = GlmFamily::Poisson;
    } else if (family != QLatin1String("negbin")) {
        err << Text::tr("--family %1 is not known; choose poisson or negbin.").arg(family)
            << Qt::endl;
        return UsageError;
    }
    bool ridgeOk = false;
    options.ridge = parser.value(QStringLiteral("ridge")).toDouble(&ridgeOk);
    if (!ridgeOk || !(options.ridge >= 0) || !std::isfinite(options.ridge)) {
        err << Text::tr("--ridge must be a number, zero or more.") << Qt::endl;
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

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = fitJson(fit);
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
                ? Text::tr("Poisson GLM (log link) of %1: %2 rows of %3")
                : Text::tr("Negative binomial GLM (NB2, log link) of %1: %2 rows of %3"))
               .arg(response)
               .arg(fit.rows)
               .arg(QFileInfo(file).fileName())
        << Qt::endl;
    out << Text::tr("Predictors: %1").arg(frame.value().predictors.join(QStringLiteral(", ")));
    if (!spec.offset.isEmpty())
        out << Text::tr("; offset %1").arg(spec.offset);
    if (!spec.exposure.isEmpty())
        out << Text::tr("; offset log(%1)").arg(spec.exposure);
    if (options.ridge > 0)
        out << Text::tr("; ridge %1").arg(options.ridge);
    out << Qt::endl << Qt::endl;
    printFit(out, fit);
    return fit.converged ? Success : Failure;
}

} // namespace

Command fitTableCommand()
{
    return {
        QStringLiteral("fit-table"),
        Text::tr("Fit a count GLM (negative binomial or Poisson) to any CSV table."),
        [](QCommandLineParser &parser, const QStringList &) {
            parser.addPositionalArgument(QStringLiteral("file"),
                                         Text::tr("The CSV file, with a header line."));
            parser.addOptions({
                {QStringLiteral("response"), Text::tr("The count to model."), Text::tr("column")},
                {QStringLiteral("offset"),
                 Text::tr("A column added to the linear predictor as it is (a log exposure)."),
                 Text::tr("column")},
                {QStringLiteral("exposure"),
                 Text::tr("A positive column whose log is the offset (overhead km)."),
                 Text::tr("column")},
                {QStringLiteral("columns"),
                 Text::tr("The predictors, separated by commas (default: every named column "
                          "but the response and the offset)."),
                 Text::tr("a,b,c")},
                {QStringLiteral("factors"),
                 Text::tr("Columns to read as text (factors) even where they hold numbers."),
                 Text::tr("a,b,c")},
                {QStringLiteral("family"), Text::tr("poisson or negbin (default)."),
                 Text::tr("family"), QStringLiteral("negbin")},
                {QStringLiteral("ridge"),
                 Text::tr("Ridge penalty lambda on every coefficient but the intercept "
                          "(default 0)."),
                 Text::tr("lambda"), QStringLiteral("0")},
                {QStringLiteral("json"), Text::tr("Print JSON instead of text.")},
            });
        },
        run};
}

} // namespace stormcrew::cli
