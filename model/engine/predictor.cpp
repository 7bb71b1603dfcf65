#include "predictor.h"

#include <Eigen/Cholesky>
#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <random>

namespace stormcrew {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
// Above this mean the quantiles come from the Wilson-Hilferty approximation of the matching
// gamma distribution instead of summing probabilities (accurate to well under 1 % there).
constexpr double LargeMean = 60.0;

double inverseNormal(double p)
{
    // Acklam's rational approximation (relative error < 1.2e-9), enough for P10..P90.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    const double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -inverseNormal(1 - p);
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace

Predictor::Predictor(const OutageModel &model) : m_model(model)
{
    for (const Term term : model.terms) {
        m_referenceTerms.push_back(ModelTerms::value(term, model.reference));
        m_labels.push_back(ModelTerms::label(term));
    }
}

double Predictor::negativeBinomialQuantile(double mu, double theta, double p)
{
    double q = 0;
    negativeBinomialQuantiles(mu, theta, std::span<const double>(&p, 1), std::span<double>(&q, 1));
    return q;
}

void Predictor::negativeBinomialQuantiles(double mu, double theta, std::span<const double> ps,
                                          std::span<double> out)
{
    if (!(mu > 0)) {
        std::fill(out.begin(), out.end(), 0.0);
        return;
    }
    const double variance = std::isfinite(theta) ? mu + mu * mu / theta : mu;
    if (mu > LargeMean) {
        const double shape = mu * mu / variance;
        const double scale = variance / mu;
        for (std::size_t i = 0; i < ps.size(); ++i) {
            const double z = inverseNormal(ps[i]);
            const double term = 1 - 1 / (9 * shape) + z * std::sqrt(1 / (9 * shape));
            out[i] = std::max(0.0, std::floor(shape * scale * term * term * term + 0.5));
        }
        return;
    }
    // One walk up the probabilities serves every (ascending) level: P(0), then
    // P(k + 1) / P(k) = (k + theta) / (k + 1) * mu / (theta + mu).
    const bool finite = std::isfinite(theta);
    double probability = finite ? std::exp(theta * std::log(theta / (theta + mu))) : std::exp(-mu);
    const double ratioBase = finite ? mu / (theta + mu) : 0;
    double cumulative = probability;
    double k = 0;
    const double limit = 100 * (mu + 10);
    for (std::size_t i = 0; i < ps.size(); ++i) {
        while (cumulative < ps[i] && k < limit) {
            probability *= finite ? (k + theta) / (k + 1) * ratioBase : mu / (k + 1);
            cumulative += probability;
            k += 1;
        }
        out[i] = k;
    }
}

std::pair<double, double> Predictor::mixture(double modelMean, const double *termValues,
                                             double effectSd) const
{
    const OutageModel &model = m_model;
    // x' Sigma x over the lower triangle (Sigma is symmetric), without temporaries.
    const std::size_t p = model.terms.size() + 1;
    const double *sigma = model.covariance.data();
    double quadratic = 0;
    for (std::size_t i = 0; i < p; ++i) {
        double row = 0;
        for (std::size_t j = 0; j < i; ++j)
            row += sigma[i * p + j] * termValues[j];
        quadratic += termValues[i] * (2 * row + sigma[i * p + i] * termValues[i]);
    }
    const double stormVariance = model.stormEffectSd * model.stormEffectSd;
    const double variance = quadratic + effectSd * effectSd + stormVariance;
    // The storm effect is centred so that it does not move the mean; the parameter part does.
    const double mean = modelMean * std::exp((variance - stormVariance) / 2);
    const double inflation = std::exp(variance) * (1 + 1 / model.theta) - 1;
    const double theta = inflation > 0 ? 1 / inflation : std::numeric_limits<double>::infinity();
    return {mean, theta};
}

Predictor::Predictive Predictor::predictive(std::span<const double, FeatureCount> features,
                                            const QString &territoryCode) const
{
    const OutageModel &model = m_model;
    double termValues[TermCount + 1];
    termValues[0] = 1.0;
    double eta = model.coefficients[0];
    for (std::size_t k = 0; k < model.terms.size(); ++k) {
        termValues[k + 1] = ModelTerms::value(model.terms[k], features);
        eta += model.coefficients[k + 1] * termValues[k + 1];
    }
    const auto effect = model.territoryEffects.value(territoryCode, {0.0, 0.0});
    const double modelMean =
        std::exp(eta + std::log(features[std::size_t(Feature::OverheadKm)]) + effect.first);
    if (!std::isfinite(modelMean))
        return {NaN, NaN, NaN};
    const auto [mean, theta] = mixture(modelMean, termValues, effect.second);
    return {mean, theta, modelMean};
}

void Predictor::predictRow(std::span<const double, FeatureCount> features,
                           const QString &territoryCode, TerritoryPrediction &out) const
{
    const OutageModel &model = m_model;
    // The terms, and the explanation against the reference, in one pass.
    double termValues[TermCount + 1];
    termValues[0] = 1.0;
    double eta = model.coefficients[0];
    double referenceEta = model.coefficients[0];
    out.factors.resize(model.terms.size() + (model.pooled ? 1 : 0));
    for (std::size_t k = 0; k < model.terms.size(); ++k) {
        const double value = ModelTerms::value(model.terms[k], features);
        termValues[k + 1] = value;
        eta += model.coefficients[k + 1] * value;
        referenceEta += model.coefficients[k + 1] * m_referenceTerms[k];
        ExplanationFactor &factor = out.factors[k];
        if (factor.key.isEmpty()) {
            factor.key = ModelTerms::key(model.terms[k]);
            factor.label = m_labels[k];
        }
        factor.factor = std::exp(model.coefficients[k + 1] * (value - m_referenceTerms[k]));
    }
    const double km = features[std::size_t(Feature::OverheadKm)];
    const auto effect = model.territoryEffects.isEmpty()
                            ? std::pair<double, double>(0.0, 0.0)
                            : model.territoryEffects.value(territoryCode, {0.0, 0.0});
    if (model.pooled) {
        ExplanationFactor &factor = out.factors.back();
        if (factor.key.isEmpty()) {
            factor.key = QStringLiteral("territory");
            factor.label = tr("this territory's history");
        }
        factor.factor = std::exp(effect.first);
    }
    const double logExposure = std::log(km);
    if (!std::isfinite(eta) || !std::isfinite(logExposure)) {
        out.missing = true;
        out.mean = out.p10 = out.p50 = out.p90 = out.baseline = NaN;
        return;
    }
    out.missing = false;
    out.baseline = std::exp(referenceEta + logExposure);
    out.mean = std::exp(eta + logExposure + effect.first);

    const auto [mixtureMean, theta] = mixture(out.mean, termValues, effect.second);
    static constexpr double Levels[] = {0.10, 0.50, 0.90};
    double quantiles[3];
    negativeBinomialQuantiles(mixtureMean, theta, Levels, quantiles);
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
