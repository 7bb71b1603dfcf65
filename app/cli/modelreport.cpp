#include "modelreport.h"
#include "features/featurecatalogue.h"

#include "clicommand.h"
#include "engine/modelcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace stormcrew::cli {

namespace {

struct ModelReport {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ModelReport)
};

constexpr double Z95 = 1.959963984540054;

double standardError(const OutageModel &model, std::size_t k)
{
    const std::size_t p = model.coefficients.size();
    return std::sqrt(model.covariance[k + k * p]);
}

QString termName(const OutageModel &model, std::size_t k)
{
    return k == 0 ? QStringLiteral("(Intercept)") : ModelTerms::key(model.terms[k - 1]);
}

QString percent(double change)
{
    return QStringLiteral("%1%2 %")
        .arg(change >= 0 ? QStringLiteral("+") : QString())
        .arg(change * 100, 0, 'f', 1);
}

} // namespace

void printModel(QTextStream &out, const OutageModel &model)
{
    out << ModelReport::tr("Model %1 (%2 v%3), %4, trained %5 by %6")
               .arg(model.id)
               .arg(model.name)
               .arg(model.version)
               .arg(model.status,
                    QDateTime::fromSecsSinceEpoch(model.createdTime, QTimeZone::utc())
                        .toString(Qt::ISODate),
                    model.createdBy)
        << Qt::endl;
    out << ModelReport::tr("%1 storms, %2 storm-territory rows; data fingerprint %3")
               .arg(model.trainingStorms)
               .arg(model.trainingRows)
               .arg(model.fingerprint.left(16))
        << Qt::endl
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(ModelReport::tr("term"), -22)
               .arg(ModelReport::tr("estimate"), 12)
               .arg(ModelReport::tr("std. error"), 12)
               .arg(ModelReport::tr("95 % interval"), 26)
        << Qt::endl;
    for (std::size_t k = 0; k < model.coefficients.size(); ++k) {
        const double b = model.coefficients[k];
        const double se = standardError(model, k);
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(termName(model, k), -22)
                   .arg(b, 12, 'g', 5)
                   .arg(se, 12, 'g', 4)
                   .arg(QStringLiteral("[%1, %2]")
                            .arg(b - Z95 * se, 0, 'g', 5)
                            .arg(b + Z95 * se, 0, 'g', 5),
                        26)
            << Qt::endl;
    }
    out << ModelReport::tr("offset: log(overhead km)") << Qt::endl;
    if (model.family == GlmFamily::NegativeBinomial)
        out << ModelReport::tr("negative binomial theta %1 (standard error %2)")
                   .arg(model.theta, 0, 'g', 5)
                   .arg(model.thetaSE, 0, 'g', 3)
            << Qt::endl;
    else
        out << ModelReport::tr("Poisson") << Qt::endl;
    out << ModelReport::tr("storm-level effect: standard deviation %1 on the log scale")
               .arg(model.stormEffectSd, 0, 'f', 3)
        << Qt::endl
        << Qt::endl;

    const bool chosen = model.metrics.contains(QStringLiteral("ridge_path"));
    out << (chosen ? ModelReport::tr("Ridge penalty %1 (on standardised terms), chosen by "
                                     "leave-one-storm-out cross-validation:")
                   : ModelReport::tr("Ridge penalty %1 (on standardised terms), as given."))
               .arg(model.ridge, 0, 'g', 4)
        << Qt::endl;
    for (const QJsonValue &step : model.metrics.value(QStringLiteral("ridge_path")).toArray())
        out << ModelReport::tr("  lambda %1: mean log score %2")
                   .arg(step[QStringLiteral("lambda")].toDouble(), 10, 'g', 4)
                   .arg(step[QStringLiteral("mean_log_score")].toDouble(), 0, 'f', 5)
            << Qt::endl;
    const QJsonObject global = model.metrics.value(QStringLiteral("global")).toObject();
    const QJsonObject pooled = model.metrics.value(QStringLiteral("pooled")).toObject();
    if (!global.isEmpty())
        out << ModelReport::tr("One global model: mean log score %1; with territory intercepts "
                               "(partial pooling): %2. Chosen: %3.")
                   .arg(global[QStringLiteral("mean_log_score")].toDouble(), 0, 'f', 5)
                   .arg(pooled[QStringLiteral("mean_log_score")].toDouble(), 0, 'f', 5)
                   .arg(model.pooled ? ModelReport::tr("pooled") : ModelReport::tr("global"))
            << Qt::endl;
    if (model.metrics.contains(QStringLiteral("pooling_failed")))
        out << ModelReport::tr("The pooled model could not be fitted (%1); the global model is "
                               "used.")
                   .arg(model.metrics.value(QStringLiteral("pooling_failed")).toString())
            << Qt::endl;
    if (model.pooled)
        out << ModelReport::tr("territory effects: variance %1 across %2 territories")
                   .arg(model.territoryTau2, 0, 'g', 4)
                   .arg(model.territoryEffects.size())
            << Qt::endl;
    out << Qt::endl;

    out << (model.contract.passed() ? ModelReport::tr("Contract: passed")
                                    : ModelReport::tr("Contract: FAILED — this model cannot be "
                                                      "activated"))
        << Qt::endl;
    for (const ContractCheck &check : model.contract.checks) {
        const QString verdict =
            check.expectation == Expectation::NeverLowers
                ? (check.passed() ? ModelReport::tr("pass")
                                  : ModelReport::tr("FAIL: lowered %1 of %2 predictions")
                                        .arg(check.rowsLowered)
                                        .arg(check.rows))
                : ModelReport::tr("reported");
        out << QStringLiteral("  %1 %2 %3 %4")
                   .arg(FeatureCatalogue::info(check.feature).name, -28)
                   .arg(ModelReport::tr("median %1").arg(percent(check.medianChange)), -18)
                   .arg(ModelReport::tr("worst %1").arg(percent(check.worstChange)), -18)
                   .arg(verdict)
            << Qt::endl;
    }
    if (!model.contract.constrained.isEmpty())
        out << ModelReport::tr("  left out to keep the expectations (fitted value): %1")
                   .arg(model.contract.constrained.join(QStringLiteral(", ")))
            << Qt::endl;
}

QJsonObject modelJson(const OutageModel &model)
{
    QJsonArray coefficients;
    for (std::size_t k = 0; k < model.coefficients.size(); ++k) {
        const double se = standardError(model, k);
        coefficients.append(
            QJsonObject{{QStringLiteral("name"), termName(model, k)},
                        {QStringLiteral("estimate"), jsonNumber(model.coefficients[k])},
                        {QStringLiteral("standardError"), jsonNumber(se)},
                        {QStringLiteral("lower95"), jsonNumber(model.coefficients[k] - Z95 * se)},
                        {QStringLiteral("upper95"), jsonNumber(model.coefficients[k] + Z95 * se)}});
    }
    return {{QStringLiteral("id"), model.id},
            {QStringLiteral("name"), model.name},
            {QStringLiteral("version"), model.version},
            {QStringLiteral("status"), model.status},
            {QStringLiteral("createdTime"), model.createdTime},
            {QStringLiteral("createdBy"), model.createdBy},
            {QStringLiteral("family"), model.family == GlmFamily::Poisson
                                           ? QStringLiteral("poisson")
                                           : QStringLiteral("negbin")},
            {QStringLiteral("coefficients"), coefficients},
            {QStringLiteral("theta"), jsonNumber(model.theta)},
            {QStringLiteral("thetaStandardError"), jsonNumber(model.thetaSE)},
            {QStringLiteral("ridge"), model.ridge},
            {QStringLiteral("pooled"), model.pooled},
            {QStringLiteral("territoryTau2"), model.territoryTau2},
            {QStringLiteral("stormEffectSd"), model.stormEffectSd},
            {QStringLiteral("trainingStorms"), double(model.trainingStorms)},
            {QStringLiteral("trainingRows"), double(model.trainingRows)},
            {QStringLiteral("fingerprint"), model.fingerprint},
            {QStringLiteral("crossValidation"), model.metrics},
            {QStringLiteral("contract"), ModelCodec::contractJson(model.contract)}};
}

} // namespace stormcrew::cli
