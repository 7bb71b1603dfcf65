#pragma once

#include "modelterms.h"
#include "stats/glm.h"

#include <QHash>
#include <QJsonObject>

#include <array>
#include <vector>

namespace stormcrew {

// One directional expectation tested on a fitted model: the feature pushed up on every training
// row, and how the prediction moved.
struct ContractCheck {
    Feature feature = Feature::PeakGust;
    Expectation expectation = Expectation::NeverLowers;
    qsizetype rows = 0;
    qsizetype rowsLowered = 0; // rows whose prediction fell by more than the tolerance
    double worstChange = 0;    // the smallest relative change of the prediction (-0.2: 20 % lower)
    double medianChange = 0;
    [[nodiscard]] bool passed() const { return rowsLowered == 0; }
};

struct ContractReport {
    // A prediction may fall by this much (relative) under a probe before the check fails: room
    // for rounding, not for a wrong sign.
    static constexpr double Tolerance = 1e-6;
    std::vector<ContractCheck> checks;
    // Terms the trainer left out because their fitted sign broke a hard expectation.
    QStringList constrained;
    // All hard checks passed: the model may be activated.
    [[nodiscard]] bool passed() const;
};

// A past storm as the out-of-distribution check and the analog baseline see it: storm-level
// summaries of its features over the territories.
struct StormSummary {
    static constexpr int Dimensions = 6; // max gust, mean gust, mean hours >= 20, leaf-on,
                                         // mean 14-day wetness, mean storm rain
    QString code;
    QString kind;
    qint64 start = 0;
    std::array<double, Dimensions> values{};
    double outages = 0; // the storm's total
};

// The region of feature space the model was trained on.
struct TrainingEnvelope {
    std::array<double, TermCount> termMin{};
    std::array<double, TermCount> termMax{};
    std::array<double, StormSummary::Dimensions> summaryScale{}; // standard deviation over storms
    std::vector<StormSummary> storms;
};

// A trained outage model: everything needed to predict, explain, check and audit it.
struct OutageModel {
    qint64 id = 0; // in the registry; 0 before it is saved
    QString name = QStringLiteral("outages");
    int version = 0;
    QString status; // candidate, active, retired, rejected
    qint64 createdTime = 0;
    QString createdBy;

    GlmFamily family = GlmFamily::NegativeBinomial;
    std::vector<Term> terms;          // the design's columns after the intercept
    std::vector<double> coefficients; // intercept first; per unit of each term
    std::vector<double> covariance;   // (terms + 1)^2, column-major, same units
    double theta = 0;                 // NB2 size (infinity: Poisson)
    double thetaSE = 0;
    double ridge = 0;         // lambda on the standardised columns
    bool pooled = false;      // territory intercepts shrunk towards the global model
    double territoryTau2 = 0; // their variance
    QHash<QString, std::pair<double, double>> territoryEffects; // code -> (effect, sd)
    double stormEffectSd = 0; // sd of the storm-level effect shared by territories
    std::array<double, FeatureCount> reference{}; // the calm reference of explanations

    TrainingEnvelope envelope;
    ContractReport contract;
    QJsonObject metrics; // cross-validation: the ridge path and global against pooled
    QString fingerprint; // SHA-256 of the training rows
    qsizetype trainingStorms = 0;
    qsizetype trainingRows = 0;

    [[nodiscard]] double coefficient(Term term) const; // 0 when the term is not in the model
    [[nodiscard]] double territoryEffect(const QString &code) const;
    // x beta + log exposure + territory effect for one row of raw features.
    [[nodiscard]] double linearPredictor(std::span<const double, FeatureCount> features,
                                         const QString &territoryCode) const;
};

} // namespace stormcrew
