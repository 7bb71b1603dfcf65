#pragma once

#include "domain/result.h"
#include "evaluationmetrics.h"
#include "trainer.h"
#include "trainingset.h"

#include <QCoreApplication>

#include <functional>

namespace stormcrew {

// How one model (or baseline) did in leave-one-storm-out cross-validation.
struct ModelEvaluation {
    QString key;   // model_global, model_pooled, wind_only, climatology, analog
    QString label; // translated
    std::vector<QString> stormCodes;
    std::vector<Scores> perStorm;
    Scores overall;
    std::vector<CalibrationBin> calibration;
};

struct Evaluation {
    qsizetype storms = 0;
    qsizetype rows = 0;
    GlmFamily family = GlmFamily::NegativeBinomial;
    std::vector<double> ridgePerFold; // the penalty inner CV chose for each held-out storm
    std::vector<ModelEvaluation> models;
    QStringList notes;
};

struct EvaluationOptions {
    GlmFamily family = GlmFamily::NegativeBinomial;
    int innerFolds = 5;  // storms grouped into this many folds to choose the ridge penalty
    bool innerCv = true; // off: no penalty (faster)
    int threads = 0;     // 0: as many as the machine has
    // Called after each held-out storm with (done, total); return false to cancel.
    std::function<bool(int, int)> progress;
};

// Leave-one-storm-out evaluation (docs/model.md): each storm in turn is held out, the model is
// trained on the others (its ridge penalty by inner cross-validation over groups of the
// training storms) and predicts it; the global and the pooled model are both scored, and three
// baselines beside them: a wind-only GLM, per-territory climatology (the mean of its past
// storms) and an analog (the mean of the three most similar past storms).
class Evaluator {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::Evaluator)

public:
    [[nodiscard]] static Result<Evaluation> evaluate(const TrainingSet &set,
                                                     const EvaluationOptions &options);
    // The markdown report (`evaluate --report FILE.md`).
    [[nodiscard]] static QString markdown(const Evaluation &evaluation);
};

} // namespace stormcrew
