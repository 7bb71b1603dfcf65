#pragma once

#include "domain/outagedistribution.h"
#include "features/featuretable.h"
#include "outagemodel.h"
#include "predictionkernels.h"
#include "trainingenvelope.h"

#include <QCoreApplication>

#include <span>
#include <vector>

namespace stormcrew {

// One multiplicative factor of an explanation: how much a term moves the prediction against the
// calm reference day (2.0 doubles it, 0.5 halves it).
struct ExplanationFactor {
    QString key;   // the term's key ("log_gust"), or "territory" for its pooled intercept
    QString label; // translated
    double factor = 1;
};

// A territory's prediction: the model's mean, the predictive interval, and why.
struct TerritoryPrediction {
    qint64 territoryId = 0;
    QString code;
    QString name;
    double mean = 0; // exp(linear predictor): the product of baseline and factors, exactly
    double p10 = 0;  // quantiles of the predictive distribution (parameter uncertainty,
    double p50 = 0;  // the storm effect and the negative binomial's own spread), whole
    double p90 = 0;  // numbers, never above the territory's customers
    double customers = std::numeric_limits<double>::quiet_NaN();
    bool capped = false;  // the customers capped the mean or a quantile
    bool missing = false; // an input was missing: no prediction
    double baseline = 0;  // outages of the calm reference day on this territory's lines
    std::vector<ExplanationFactor> factors;
};

struct StormTotals {
    double mean = 0;
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
};

struct StormPrediction {
    qint64 modelId = 0;
    int modelVersion = 0;
    QString stormCode;
    qint64 stormId = 0;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    // When crews can start restoring (Unix seconds): a stored storm's end; for a forecast, the
    // last forecast hour with damaging gusts anywhere (or the window's start when there is
    // none), not the end of the forecast, which can run a day past the storm. Set by
    // OutageEngine::run; the crew plan counts its hours from it.
    qint64 allClear = 0;
    std::optional<qint64> asOf;
    std::optional<qint64> forecastIssued;
    std::vector<TerritoryPrediction> territories;
    StormTotals totals; // by simulation: territories of one storm move together
    DistributionCheck distribution;
    QStringList notes;
    OutageDistribution draws;
};

struct PredictOptions {
    int draws = 2000;
    quint64 seed = 1;
};

// Predicts with a trained model (docs/model.md): per territory the mean with its exact
// multiplicative explanation and P10/P50/P90 of the predictive distribution; storm totals from
// joint draws that share the parameters and a storm-level effect across territories.
class Predictor {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::Predictor)

public:
    explicit Predictor(const OutageModel &model);

    [[nodiscard]] StormPrediction predict(const FeatureTable &table,
                                          const PredictOptions &options = {}) const;

    // One territory, no simulation: the fast path of the what-if explorer and the benchmark.
    void predictRow(std::span<const double, FeatureCount> features, const QString &territoryCode,
                    TerritoryPrediction &out) const;

    // The predictive distribution of one territory as a negative binomial: the mean with
    // parameter uncertainty and the storm effect mixed in, and the size matching its variance
    // (lognormal-gamma-Poisson by moments). NaN mean when an input is missing.
    struct Predictive {
        double mean = 0;      // of the mixture
        double theta = 0;     // size of the matching negative binomial (infinity: Poisson)
        double modelMean = 0; // exp(linear predictor): what the explanation multiplies to
    };
    [[nodiscard]] Predictive predictive(std::span<const double, FeatureCount> features,
                                        const QString &territoryCode) const;

    // Joint draws of outages of every territory (rows with missing inputs draw 0).
    [[nodiscard]] OutageDistribution simulate(const FeatureTable &table, int draws,
                                              quint64 seed) const;

    // The negative binomial's quantile (size theta, mean mu) as a whole number.
    [[nodiscard]] static double negativeBinomialQuantile(double mu, double theta, double p);
    // Several quantiles (levels ascending) in one walk up the probabilities.
    static void negativeBinomialQuantiles(double mu, double theta, std::span<const double> levels,
                                          std::span<double> out);

private:
    // (mean, theta) of the negative binomial matching the predictive mixture, from the model's
    // mean and exp(v / 2), v the variance of the linear predictor from the parameters and the
    // territory effect.
    [[nodiscard]] std::pair<double, double> mixture(double modelMean, double expHalfVariance) const;
    // Sets the factors' keys and labels, once per TerritoryPrediction.
    void labelFactors(std::vector<ExplanationFactor> &factors) const;

    const OutageModel &m_model;
    std::vector<double> m_referenceTerms; // each model term at the reference day
    std::vector<QString> m_labels;
    // Laid out once for predictRow: no allocation and no repeated work per row.
    kernels::TermEvaluator m_termValues;
    kernels::QuadraticForm m_covariance;
    double m_referenceEta = 0;     // the linear predictor of the reference day
    double m_stormVariance = 0;    // of the storm-level effect
    double m_expStormVariance = 1; // exp(m_stormVariance)
};

} // namespace stormcrew
