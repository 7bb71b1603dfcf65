#include "crossvalidation.h"

#include "negbin.h"
#include "statslogging.h"

#include <cmath>

namespace stormcrew {

namespace {

template <typename T>
std::vector<T> pick(std::span<const T> values, const std::vector<qsizetype> &rows)
{
    std::vector<T> picked;
    if (values.empty())
        return picked;
    picked.reserve(rows.size());
    for (const qsizetype row : rows)
        picked.push_back(values[std::size_t(row)]);
    return picked;
}

// The grouping of some rows, keeping every level (a group with no rows gets no effect).
Grouping pickGroups(const Grouping &grouping, const std::vector<qsizetype> &rows)
{
    Grouping picked;
    picked.levels = grouping.levels;
    picked.index = pick(std::span<const int>(grouping.index), rows);
    return picked;
}

} // namespace

std::vector<double> CrossValidator::subset(std::span<const double> values,
                                           const std::vector<qsizetype> &rows)
{
    return pick(values, rows);
}

Grouping CrossValidator::subset(const Grouping &grouping, const std::vector<qsizetype> &rows)
{
    return pickGroups(grouping, rows);
}

DesignMatrix CrossValidator::subset(const DesignMatrix &design, const std::vector<qsizetype> &rows)
{
    DesignMatrix picked;
    picked.rows = qsizetype(rows.size());
    picked.names = design.names;
    picked.interceptColumn = design.interceptColumn;
    picked.values.reserve(rows.size() * std::size_t(design.cols()));
    for (qsizetype j = 0; j < design.cols(); ++j) {
        const double *column = design.column(j);
        for (const qsizetype row : rows)
            picked.values.push_back(column[row]);
    }
    return picked;
}

Result<CrossValidation> CrossValidator::leaveOneGroupOut(const Grouping &folds,
                                                         std::span<const double> y,
                                                         const FitAndPredict &model)
{
    if (folds.levels.size() < 2)
        return Error{tr("cross-validation needs two folds or more; the fold column has %1")
                         .arg(folds.levels.size()),
                     {},
                     0,
                     {}};
    CrossValidation result;
    double deviance = 0;
    double logScore = 0;
    for (qsizetype fold = 0; fold < folds.levels.size(); ++fold) {
        std::vector<qsizetype> train;
        std::vector<qsizetype> test;
        for (std::size_t i = 0; i < folds.index.size(); ++i)
            (folds.index[i] == fold ? test : train).push_back(qsizetype(i));
        if (test.empty())
            continue;
        auto prediction = model(train, test);
        if (!prediction)
            return Error{tr("fold %1: %2").arg(folds.levels.at(fold), prediction.error().message),
                         {},
                         0,
                         {}};
        FoldScore score{folds.levels.at(fold), qsizetype(test.size()), 0, 0};
        for (std::size_t k = 0; k < test.size(); ++k) {
            const double observed = y[std::size_t(test[k])];
            const double mean = prediction.value().mean[k];
            score.deviance += countDeviance(observed, mean, prediction.value().theta);
            score.logScore -= countLogProbability(observed, mean, prediction.value().theta);
        }
        deviance += score.deviance;
        logScore += score.logScore;
        result.rows += score.rows;
        score.deviance /= double(score.rows);
        score.logScore /= double(score.rows);
        result.folds.push_back(score);
    }
    result.meanDeviance = deviance / double(result.rows);
    result.meanLogScore = logScore / double(result.rows);
    return result;
}

Result<PoolingComparison> CrossValidator::compareGlobalAndPooled(const DesignMatrix &design,
                                                                 std::span<const double> y,
                                                                 const Grouping &groups,
                                                                 const Grouping &folds,
                                                                 const PoolingOptions &options)
{
    const std::span<const double> offset(options.glm.offset);
    const auto global = [&](const std::vector<qsizetype> &train,
                            const std::vector<qsizetype> &test) -> Result<HeldOutPrediction> {
        GlmOptions glm = options.glm;
        glm.offset = pick(offset, train);
        auto fit = Glm::fit(subset(design, train), pick(y, train), glm);
        if (!fit)
            return fit.error();
        HeldOutPrediction prediction{{}, fit.value().theta};
        prediction.mean = Glm::linearPredictor(subset(design, test), fit.value().coefficients,
                                               pick(offset, test));
        for (double &mean : prediction.mean)
            mean = std::exp(mean);
        return prediction;
    };
    const auto pooled = [&](const std::vector<qsizetype> &train,
                            const std::vector<qsizetype> &test) -> Result<HeldOutPrediction> {
        PoolingOptions trainOptions = options;
        trainOptions.glm.offset = pick(offset, train);
        auto fit = Pooling::fit(subset(design, train), pick(y, train), pickGroups(groups, train),
                                trainOptions);
        if (!fit)
            return fit.error();
        const GlmFit &fixed = fit.value().fixedEffects;
        HeldOutPrediction prediction{{}, fixed.theta};
        prediction.mean =
            Glm::linearPredictor(subset(design, test), fixed.coefficients, pick(offset, test));
        // A held-out row keeps its group's effect from the training storms (0 for a new group).
        for (std::size_t k = 0; k < test.size(); ++k) {
            const auto g = std::size_t(groups.index[std::size_t(test[k])]);
            prediction.mean[k] = std::exp(prediction.mean[k] + fit.value().groupEffects[g]);
        }
        return prediction;
    };
    auto globalScores = leaveOneGroupOut(folds, y, global);
    if (!globalScores)
        return globalScores.error();
    auto pooledScores = leaveOneGroupOut(folds, y, pooled);
    if (!pooledScores)
        return pooledScores.error();
    qCDebug(lcStats) << "cross-validation: global log score" << globalScores.value().meanLogScore
                     << "pooled" << pooledScores.value().meanLogScore;
    return PoolingComparison{std::move(globalScores).value(), std::move(pooledScores).value()};
}

} // namespace stormcrew
