#include "predictor.h"

#include <Eigen/Cholesky>
#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <random>

namespace stormcrew {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

Predictor::Predictor(const OutageModel &model)
    : m_model(model)
    , m_termValues(model.terms)
    , m_covariance(model.covariance, model.terms.size() + 1)
{
    m_referenceEta = model.coefficients[0];
    for (std::size_t k = 0; k < model.terms.size(); ++k) {
        m_referenceTerms.push_back(ModelTerms::value(model.terms[k], model.reference));
        m_labels.push_back(ModelTerms::label(model.terms[k]));
        m_referenceEta += model.coefficients[k + 1] * m_referenceTerms.back();
    }
    m_stormVariance = model.stormEffectSd * model.stormEffectSd;
    m_expStormVariance = std::exp(m_stormVariance);
}

double Predictor::negativeBinomialQuantile(double mu, double theta, double p)
{
    double q = 0;
    kernels::negativeBinomialQuantiles(mu, theta, std::span<const double>(&p, 1),
                                       std::span<double>(&q, 1));
    return q;
}

void Predictor::negativeBinomialQuantiles(double mu, double theta, std::span<const double> ps,
                                          std::span<double> out)
{
    kernels::negativeBinomialQuantiles(mu, theta, ps, out);
}

std::pair<double, double> Predictor::mixture(double modelMean, double expHalfVariance) const
{
    // Parameter uncertainty (x' Sigma x) and the territory effect's own spread move the mean;
    // the storm effect is centred so that it does not, but it widens the spread:
    // exp(variance) = exp(parameter variance) exp(storm variance).
    const double mean = modelMean * expHalfVariance;
    const double inflation =
        expHalfVariance * expHalfVariance * m_expStormVariance * (1 + 1 / m_model.theta) - 1;
    const double theta = inflation > 0 ? 1 / inflation : std::numeric_limits<double>::infinity();
    return {mean, theta};
}

Predictor::Predictive Predictor::predictive(std::span<const double, FeatureCount> features,
                                            const QString &territoryCode) const
{
    const OutageModel &model = m_model;
    double termValues[kernels::TermEvaluator::Capacity];
    m_termValues.evaluate(features, termValues);
    double eta = model.coefficients[0];
    for (std::size_t k = 0; k < model.terms.size(); ++k)
        eta += model.coefficients[k + 1] * termValues[k + 1];
    const auto effect = model.territoryEffects.value(territoryCode, {0.0, 0.0});
    const double modelMean =
        std::exp(eta + std::log(features[std::size_t(Feature::OverheadKm)]) + effect.first);
    if (!std::isfinite(modelMean))
        return {NaN, NaN, NaN};
    const double variance = m_covariance(termValues) + effect.second * effect.second;
    const auto [mean, theta] = mixture(modelMean, std::exp(variance / 2));
    return {mean, theta, modelMean};
}

void Predictor::predictRow(std::span<const double, FeatureCount> features,
                           const QString &territoryCode, TerritoryPrediction &out) const
{
    const OutageModel &model = m_model;
    const std::size_t terms = model.terms.size();
    const std::size_t factorCount = terms + (model.pooled ? 1 : 0);
    out.factors.resize(factorCount);
    // The factors are a cache line each, written last: ask for them now, so that the memory
    // fetches overlap the arithmetic instead of stalling the writes.
    for (const ExplanationFactor &factor : out.factors)
        __builtin_prefetch(&factor.factor, 1);
    const double *beta = model.coefficients.data();
    double termValues[kernels::TermEvaluator::Capacity];
    m_termValues.evaluate(features, termValues);
    // The explanation as log-factors: each term's additive share of ln(mean) against the
    // reference day (and the territory's pooled intercept).
    double logs[TermCount + 1];
    double eta = beta[0];
    for (std::size_t k = 0; k < terms; ++k) {
        eta += beta[k + 1] * termValues[k + 1];
        logs[k] = beta[k + 1] * (termValues[k + 1] - m_referenceTerms[k]);
    }
    const auto effect = model.territoryEffects.isEmpty()
                            ? std::pair<double, double>(0.0, 0.0)
                            : model.territoryEffects.value(territoryCode, {0.0, 0.0});
    if (model.pooled)
        logs[terms] = effect.first;
    const double logExposure = std::log(features[std::size_t(Feature::OverheadKm)]);
    if (!std::isfinite(eta) || !std::isfinite(logExposure)) {
        for (std::size_t k = 0; k < factorCount; ++k)
            out.factors[k].factor = std::exp(logs[k]);
        labelFactors(out.factors);
        out.missing = true;
        out.mean = out.p10 = out.p50 = out.p90 = out.baseline = NaN;
        return;
    }
    out.missing = false;
    // Every exponential of the row in one loop: the factors, the mean, the baseline and
    // exp(v / 2) of the predictive mixture (glibc's exp is as fast here as a vectorised
    // polynomial on two-wide SSE2, and exact to under an ulp).
    double exps[TermCount + 4];
    std::copy(logs, logs + factorCount, exps);
    exps[factorCount] = eta + logExposure + effect.first;
    exps[factorCount + 1] = m_referenceEta + logExposure;
    exps[factorCount + 2] = (m_covariance(termValues) + effect.second * effect.second) / 2;
    for (std::size_t k = 0; k < factorCount + 3; ++k)
        exps[k] = std::exp(exps[k]);
    labelFactors(out.factors);
    for (std::size_t k = 0; k < factorCount; ++k)
        out.factors[k].factor = exps[k];
    out.mean = exps[factorCount];
    out.baseline = exps[factorCount + 1];

    const auto [mixtureMean, theta] = mixture(out.mean, exps[factorCount + 2]);
    static constexpr double Levels[] = {0.10, 0.50, 0.90};
    double quantiles[3];
    kernels::negativeBinomialQuantiles(mixtureMean, theta, Levels, quantiles);
    out.p10 = quantiles[0];
    out.p50 = quantiles[1];
    out.p90 = quantiles[2];
    out.capped = false;
    if (std::isfinite(out.customers)) {
        for (double *value : {&out.mean, &out.p10, &out.p50, &out.p90})
            if (*value > out.customers) {
                *value = out.customers;
                out.capped = true;
            }
    }
}

void Predictor::labelFactors(std::vector<ExplanationFactor> &factors) const
{
    // Keys and labels are the same for every row: set once, when a prediction is first filled.
    if (factors.empty() || (!factors.front().key.isEmpty() && !factors.back().key.isEmpty()))
        return;
    const std::size_t terms = m_model.terms.size();
    for (std::size_t k = 0; k < terms; ++k) {
        factors[k].key = ModelTerms::key(m_model.terms[k]);
        factors[k].label = m_labels[k];
    }
    if (factors.size() > terms) {
        factors[terms].key = QStringLiteral("territory");
        factors[terms].label = tr("this territory's history");
    }
}

OutageDistribution Predictor::simulate(const FeatureTable &table, int draws, quint64 seed) const
{
    const OutageModel &model = m_model;
    const auto p = Eigen::Index(model.terms.size() + 1);
    const qsizetype n = table.rows();
    OutageDistribution out;
    out.territoryIds = table.territoryIds;
    out.territoryCodes = table.territoryCodes;
    out.draws = draws;
    out.samples.assign(std::size_t(draws) * std::size_t(n), 0.0f);

    Eigen::MatrixXd x(n, p);
    std::vector<double> fixedOffset(static_cast<std::size_t>(n), NaN);
    std::vector<std::pair<double, double>> effects(static_cast<std::size_t>(n));
    for (qsizetype r = 0; r < n; ++r) {
        const auto features = featureRow(table, r);
        x(r, 0) = 1.0;
        bool complete = true;
        for (std::size_t k = 0; k < model.terms.size(); ++k) {
            x(r, Eigen::Index(k + 1)) = ModelTerms::value(model.terms[k], features);
            complete = complete && std::isfinite(x(r, Eigen::Index(k + 1)));
        }
        const double km = features[std::size_t(Feature::OverheadKm)];
        if (!complete || !(km > 0))
            x.row(r).setZero();
        else
            fixedOffset[std::size_t(r)] = std::log(km);
        effects[std::size_t(r)] = model.territoryEffects.value(table.territoryCodes.at(r), {0, 0});
    }
    const Eigen::Map<const Eigen::MatrixXd> sigma(model.covariance.data(), p, p);
    const Eigen::Map<const Eigen::VectorXd> beta(model.coefficients.data(), p);
    Eigen::LLT<Eigen::MatrixXd> cholesky(sigma);
    const Eigen::MatrixXd lower = cholesky.info() == Eigen::Success
                                      ? Eigen::MatrixXd(cholesky.matrixL())
                                      : Eigen::MatrixXd::Zero(p, p);

    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    const double stormSd = model.stormEffectSd;
    const bool poisson = !std::isfinite(model.theta);
    std::gamma_distribution<double> gamma(poisson ? 1.0 : model.theta,
                                          poisson ? 1.0 : 1.0 / model.theta);
    Eigen::VectorXd z(p);
    for (int d = 0; d < draws; ++d) {
        for (Eigen::Index j = 0; j < p; ++j)
            z(j) = normal(random);
        const Eigen::VectorXd drawn = beta + lower * z;
        const double storm = stormSd * normal(random) - stormSd * stormSd / 2;
        const Eigen::VectorXd eta = x * drawn;
        float *row = out.samples.data() + std::size_t(d) * std::size_t(n);
        for (qsizetype r = 0; r < n; ++r) {
            const double offset = fixedOffset[std::size_t(r)];
            if (std::isnan(offset))
                continue;
            const auto &[effect, effectSd] = effects[std::size_t(r)];
            double mu = std::exp(eta(r) + offset + effect + effectSd * normal(random) + storm);
            if (!poisson)
                mu *= gamma(random);
            double outages = mu > 0 ? double(std::poisson_distribution<long long>(mu)(random)) : 0;
            const double customers = table.customers[std::size_t(r)];
            if (std::isfinite(customers))
                outages = std::min(outages, customers);
            row[r] = float(outages);
        }
    }
    return out;
}

StormPrediction Predictor::predict(const FeatureTable &table, const PredictOptions &options) const
{
    StormPrediction prediction;
    prediction.modelId = m_model.id;
    prediction.modelVersion = m_model.version;
    prediction.stormCode = table.stormCode;
    prediction.stormId = table.stormId;
    prediction.windowStart = table.windowStart;
    prediction.windowEnd = table.windowEnd;
    prediction.asOf = table.asOf;
    prediction.forecastIssued = table.forecastIssued;
    prediction.notes = table.notes;
    prediction.territories.resize(std::size_t(table.rows()));
    qsizetype missing = 0;
    for (qsizetype r = 0; r < table.rows(); ++r) {
        TerritoryPrediction &out = prediction.territories[std::size_t(r)];
        out.territoryId = table.territoryIds[std::size_t(r)];
        out.code = table.territoryCodes.at(r);
        out.name = table.territoryNames.value(r);
        out.customers = table.customers[std::size_t(r)];
        predictRow(featureRow(table, r), out.code, out);
        if (out.missing)
            ++missing;
        else
            prediction.totals.mean += out.mean;
    }
    if (missing > 0)
        prediction.notes << tr("no prediction for %1 of %2 territories: inputs missing")
                                .arg(missing)
                                .arg(table.rows());
    prediction.distribution = TrainingEnvelopes::check(m_model, table);
    if (options.draws > 0) {
        prediction.draws = simulate(table, options.draws, options.seed);
        std::vector<double> totals(std::size_t(options.draws), 0.0);
        for (int d = 0; d < options.draws; ++d)
            for (qsizetype r = 0; r < table.rows(); ++r)
                totals[std::size_t(d)] += prediction.draws.at(d, r);
        std::sort(totals.begin(), totals.end());
        const auto quantile = [&](double q) {
            return totals[std::min(totals.size() - 1, std::size_t(q * double(totals.size())))];
        };
        prediction.totals.p10 = quantile(0.10);
        prediction.totals.p50 = quantile(0.50);
        prediction.totals.p90 = quantile(0.90);
    }
    return prediction;
}

} // namespace stormcrew
