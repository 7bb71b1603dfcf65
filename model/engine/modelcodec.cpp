#include "modelcodec.h"

#include "features/featurecatalogue.h"

#include <QJsonArray>

#include <cmath>

namespace stormcrew {

namespace {

QJsonArray numbers(std::span<const double> values)
{
    QJsonArray array;
    for (const double v : values)
        array.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    return array;
}

std::vector<double> numbers(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN());
    return out;
}

QString expectationKey(Expectation expectation)
{
    switch (expectation) {
    case Expectation::NeverLowers:
        return QStringLiteral("never_lowers");
    case Expectation::Reported:
        return QStringLiteral("reported");
    case Expectation::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Feature> featureFromKey(const QString &key)
{
    return FeatureCatalogue::fromKey(key);
}

Error corrupt(const QString &what)
{
    return Error{ModelCodec::tr("the stored model is damaged: %1").arg(what), {}, 0, {}};
}

} // namespace

QString ModelCodec::featureKey(Feature feature)
{
    return FeatureCatalogue::key(feature);
}

QJsonObject ModelCodec::contractJson(const ContractReport &report)
{
    QJsonArray checks;
    for (const ContractCheck &check : report.checks)
        checks.append(
            QJsonObject{{QStringLiteral("feature"), featureKey(check.feature)},
                        {QStringLiteral("expectation"), expectationKey(check.expectation)},
                        {QStringLiteral("rows"), double(check.rows)},
                        {QStringLiteral("rows_lowered"), double(check.rowsLowered)},
                        {QStringLiteral("worst_change"), check.worstChange},
                        {QStringLiteral("median_change"), check.medianChange},
                        {QStringLiteral("passed"), check.passed()}});
    return {{QStringLiteral("tolerance"), ContractReport::Tolerance},
            {QStringLiteral("passed"), report.passed()},
            {QStringLiteral("constrained"), QJsonArray::fromStringList(report.constrained)},
            {QStringLiteral("checks"), checks}};
}

ModelDocuments ModelCodec::encode(const OutageModel &model)
{
    ModelDocuments docs;
    QJsonArray terms;
    for (const Term term : model.terms)
        terms.append(ModelTerms::key(term));
    QJsonObject reference;
    for (int f = 0; f < FeatureCount; ++f)
        if (std::isfinite(model.reference[std::size_t(f)]))
            reference.insert(featureKey(Feature(f)), model.reference[std::size_t(f)]);
    QJsonObject termMin;
    QJsonObject termMax;
    for (const TermInfo &info : ModelTerms::all()) {
        const double lo = model.envelope.termMin[std::size_t(info.term)];
        const double hi = model.envelope.termMax[std::size_t(info.term)];
        if (std::isfinite(lo) && std::isfinite(hi)) {
            termMin.insert(ModelTerms::key(info.term), lo);
            termMax.insert(ModelTerms::key(info.term), hi);
        }
    }
    QJsonArray storms;
    for (const StormSummary &storm : model.envelope.storms)
        storms.append(QJsonObject{{QStringLiteral("code"), storm.code},
                                  {QStringLiteral("kind"), storm.kind},
                                  {QStringLiteral("start"), double(storm.start)},
                                  {QStringLiteral("summary"), numbers(storm.values)},
                                  {QStringLiteral("outages"), storm.outages}});
    docs.spec = {{QStringLiteral("terms"), terms},
                 {QStringLiteral("offset"), QStringLiteral("log(overhead_km)")},
                 {QStringLiteral("reference"), reference},
                 {QStringLiteral("envelope"), QJsonObject{{QStringLiteral("term_min"), termMin},
                                                          {QStringLiteral("term_max"), termMax},
                                                          {QStringLiteral("summary_scale"),
                                                           numbers(model.envelope.summaryScale)},
                                                          {QStringLiteral("storms"), storms}}},
                 {QStringLiteral("training_storms"), double(model.trainingStorms)},
                 {QStringLiteral("training_rows"), double(model.trainingRows)},
                 {QStringLiteral("created_by"), model.createdBy}};

    QJsonObject effects;
    for (auto it = model.territoryEffects.cbegin(); it != model.territoryEffects.cend(); ++it)
        effects.insert(it.key(), QJsonArray{it->first, it->second});
    QJsonArray names{QStringLiteral("(Intercept)")};
    for (const Term term : model.terms)
        names.append(ModelTerms::key(term));
    docs.coefficients = {{QStringLiteral("names"), names},
                         {QStringLiteral("estimates"), numbers(model.coefficients)},
                         {QStringLiteral("covariance"), numbers(model.covariance)},
                         {QStringLiteral("theta"),
                          std::isfinite(model.theta) ? QJsonValue(model.theta) : QJsonValue()},
                         {QStringLiteral("theta_se"),
                          std::isfinite(model.thetaSE) ? QJsonValue(model.thetaSE) : QJsonValue()},
                         {QStringLiteral("ridge"), model.ridge},
                         {QStringLiteral("pooled"), model.pooled},
                         {QStringLiteral("territory_tau2"), model.territoryTau2},
                         {QStringLiteral("territory_effects"), effects},
                         {QStringLiteral("storm_effect_sd"), model.stormEffectSd}};
    docs.metrics = model.metrics;
    docs.expectations = contractJson(model.contract);
    return docs;
}

Result<OutageModel> ModelCodec::decode(const ModelDocuments &docs)
{
    OutageModel model;
    for (const QJsonValue &key : docs.spec.value(QStringLiteral("terms")).toArray()) {
        const auto term = ModelTerms::fromKey(key.toString());
        if (!term)
            return corrupt(tr("unknown term '%1'").arg(key.toString()));
        model.terms.push_back(*term);
    }
    model.reference.fill(std::numeric_limits<double>::quiet_NaN());
    const QJsonObject reference = docs.spec.value(QStringLiteral("reference")).toObject();
    for (auto it = reference.begin(); it != reference.end(); ++it)
        if (const auto feature = featureFromKey(it.key()))
            model.reference[std::size_t(*feature)] = it.value().toDouble();
    const QJsonObject envelope = docs.spec.value(QStringLiteral("envelope")).toObject();
    model.envelope.termMin.fill(std::numeric_limits<double>::quiet_NaN());
    model.envelope.termMax.fill(std::numeric_limits<double>::quiet_NaN());
    const QJsonObject termMin = envelope.value(QStringLiteral("term_min")).toObject();
    const QJsonObject termMax = envelope.value(QStringLiteral("term_max")).toObject();
    for (auto it = termMin.begin(); it != termMin.end(); ++it)
        if (const auto term = ModelTerms::fromKey(it.key())) {
            model.envelope.termMin[std::size_t(*term)] = it.value().toDouble();
            model.envelope.termMax[std::size_t(*term)] = termMax.value(it.key()).toDouble();
        }
    const auto scale = numbers(envelope.value(QStringLiteral("summary_scale")));
    for (std::size_t d = 0; d < scale.size() && d < model.envelope.summaryScale.size(); ++d)
        model.envelope.summaryScale[d] = scale[d];
    for (const QJsonValue &value : envelope.value(QStringLiteral("storms")).toArray()) {
        const QJsonObject storm = value.toObject();
        StormSummary summary;
        summary.code = storm.value(QStringLiteral("code")).toString();
        summary.kind = storm.value(QStringLiteral("kind")).toString();
        summary.start = qint64(storm.value(QStringLiteral("start")).toDouble());
        summary.outages = storm.value(QStringLiteral("outages")).toDouble();
        const auto values = numbers(storm.value(QStringLiteral("summary")));
        for (std::size_t d = 0; d < values.size() && d < summary.values.size(); ++d)
            summary.values[d] = values[d];
        model.envelope.storms.push_back(summary);
    }
    model.trainingStorms = qsizetype(docs.spec.value(QStringLiteral("training_storms")).toDouble());
    model.trainingRows = qsizetype(docs.spec.value(QStringLiteral("training_rows")).toDouble());
    model.createdBy = docs.spec.value(QStringLiteral("created_by")).toString();

    const QJsonObject &c = docs.coefficients;
    model.coefficients = numbers(c.value(QStringLiteral("estimates")));
    model.covariance = numbers(c.value(QStringLiteral("covariance")));
    const std::size_t p = model.terms.size() + 1;
    if (model.coefficients.size() != p || model.covariance.size() != p * p)
        return corrupt(tr("%1 terms but %2 coefficients")
                           .arg(model.terms.size())
                           .arg(model.coefficients.size()));
    const QJsonValue theta = c.value(QStringLiteral("theta"));
    model.theta = theta.isDouble() ? theta.toDouble() : std::numeric_limits<double>::infinity();
    model.family = theta.isDouble() ? GlmFamily::NegativeBinomial : GlmFamily::Poisson;
    model.thetaSE =
        c.value(QStringLiteral("theta_se")).toDouble(std::numeric_limits<double>::quiet_NaN());
    model.ridge = c.value(QStringLiteral("ridge")).toDouble();
    model.pooled = c.value(QStringLiteral("pooled")).toBool();
    model.territoryTau2 = c.value(QStringLiteral("territory_tau2")).toDouble();
    model.stormEffectSd = c.value(QStringLiteral("storm_effect_sd")).toDouble();
    const QJsonObject effects = c.value(QStringLiteral("territory_effects")).toObject();
    for (auto it = effects.begin(); it != effects.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        model.territoryEffects.insert(it.key(), {pair.at(0).toDouble(), pair.at(1).toDouble()});
    }
    model.metrics = docs.metrics;

    const QJsonObject &e = docs.expectations;
    for (const QJsonValue &v : e.value(QStringLiteral("constrained")).toArray())
        model.contract.constrained << v.toString();
    for (const QJsonValue &v : e.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = v.toObject();
        const auto feature = featureFromKey(check.value(QStringLiteral("feature")).toString());
        if (!feature)
            return corrupt(tr("unknown feature in the contract"));
        ContractCheck out;
        out.feature = *feature;
        const QString expectation = check.value(QStringLiteral("expectation")).toString();
        out.expectation = expectation == QLatin1String("never_lowers") ? Expectation::NeverLowers
                          : expectation == QLatin1String("reported")   ? Expectation::Reported
                                                                       : Expectation::None;
        out.rows = qsizetype(check.value(QStringLiteral("rows")).toDouble());
        out.rowsLowered = qsizetype(check.value(QStringLiteral("rows_lowered")).toDouble());
        out.worstChange = check.value(QStringLiteral("worst_change")).toDouble();
        out.medianChange = check.value(QStringLiteral("median_change")).toDouble();
        model.contract.checks.push_back(out);
    }
    return model;
}

} // namespace stormcrew
