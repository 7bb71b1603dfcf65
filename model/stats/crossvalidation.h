#pragma once

#include "designmatrix.h"
#include "domain/result.h"
#include "pooling.h"

#include <QCoreApplication>

#include <functional>

namespace stormcrew {

// What a model predicts for held-out rows: the mean of each, and theta (infinity: Poisson).
struct HeldOutPrediction {
    std::vector<double> mean;
    double theta = std::numeric_limits<double>::infinity();
};

// How a model did on one held-out group (a storm) and over all of them, per held-out row.
struct FoldScore {
    QString fold;
    qsizetype rows = 0;
    double deviance = 0; // mean deviance of the held-out rows
    double logScore = 0; // mean -log p(y) of the held-out rows (lower is better)
};
struct CrossValidation {
    std::vector<FoldScore> folds;
    qsizetype rows = 0;
    double meanDeviance = 0;
    double meanLogScore = 0;
};

// Both models scored on the same folds; the log score decides, because it is comparable between
// models whose theta differ (a deviance is not).
struct PoolingComparison {
    CrossValidation global;
    CrossValidation pooled;
    [[nodiscard]] bool pooledWins() const { return pooled.meanLogScore < global.meanLogScore; }
};

// Leave-one-group-out cross-validation: every fold (a storm) is held out in turn, the model
// fitted on the others predicts it, and the held-out rows are scored.
class CrossValidator {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::CrossValidator)

public:
    // Fits on the training rows and predicts the test rows.
    using FitAndPredict = std::function<Result<HeldOutPrediction>(
        const std::vector<qsizetype> &train, const std::vector<qsizetype> &test)>;

    [[nodiscard]] static Result<CrossValidation>
    leaveOneGroupOut(const Grouping &folds, std::span<const double> y, const FitAndPredict &model);

    // The global GLM and the pooled model (random intercepts by groups) scored alike.
    [[nodiscard]] static Result<PoolingComparison>
    compareGlobalAndPooled(const DesignMatrix &design, std::span<const double> y,
                           const Grouping &groups, const Grouping &folds,
                           const PoolingOptions &options);

    // The rows of a design, of a column and of a grouping, in the order given.
    [[nodiscard]] static DesignMatrix subset(const DesignMatrix &design,
                                             const std::vector<qsizetype> &rows);
    [[nodiscard]] static std::vector<double> subset(std::span<const double> values,
                                                    const std::vector<qsizetype> &rows);
    [[nodiscard]] static Grouping subset(const Grouping &grouping,
                                         const std::vector<qsizetype> &rows);
};

} // namespace stormcrew
