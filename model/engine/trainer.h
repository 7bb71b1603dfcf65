#pragma once

#include "domain/result.h"
#include "outagemodel.h"
#include "stats/crossvalidation.h"
#include "trainingset.h"

#include <QCoreApplication>

#include <optional>

namespace stormcrew {

// How to train: which terms, which family, the ridge penalty, pooling and the contract.
struct TrainOptions {
    std::vector<Term> terms; // empty: the whole catalogue
    GlmFamily family = GlmFamily::NegativeBinomial;
    std::optional<double> ridge; // lambda on the standardised columns; empty: chosen by CV
    enum class Pooling { Auto, Global, Pooled };
    Pooling pooling = Pooling::Auto;
    // Leave out terms whose fitted sign breaks a hard expectation (and refit) until the contract
    // holds. Off, a model that breaks it is stored as rejected and cannot be activated.
    bool constrain = true;
    bool crossValidate = true; // off: no pooling comparison (faster; the global model unless asked)
    QString user;
    qint64 now = 0;
};

// Trains the outage model (DESIGN §5, docs/model.md): the ridge penalty by leave-one-storm-out
// cross-validation over a grid, the global model against the pooled one (territory intercepts
// shrunk towards it) on the same folds, the contract, a storm-level effect for the correlation of
// territories within a storm, the training envelope and the fingerprint.
class Trainer {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::Trainer)

public:
    [[nodiscard]] static Result<OutageModel> train(const TrainingSet &set,
                                                   const TrainOptions &options);

    // One fit with everything fixed: the building block of training and evaluation.
    [[nodiscard]] static Result<OutageModel> fit(const TrainingSet &set,
                                                 const std::vector<Term> &terms, GlmFamily family,
                                                 double ridge, bool pooled);

    // Cross-validation of the global model at one penalty, each fold held out in turn.
    [[nodiscard]] static Result<CrossValidation> crossValidate(const TrainingSet &set,
                                                               const std::vector<Term> &terms,
                                                               GlmFamily family, double ridge,
                                                               const Grouping &folds);

    // The ridge penalties cross-validation chooses from, for a training set of this many rows.
    [[nodiscard]] static std::vector<double> ridgeGrid(qsizetype rows);

    // The penalty with the best mean log score over the folds (storms or groups of storms).
    struct RidgeChoice {
        double ridge = 0;
        std::vector<std::pair<double, double>> path; // (lambda, mean log score)
    };
    [[nodiscard]] static Result<RidgeChoice> chooseRidge(const TrainingSet &set,
                                                         const std::vector<Term> &terms,
                                                         GlmFamily family, const Grouping &folds);
};

} // namespace stormcrew
