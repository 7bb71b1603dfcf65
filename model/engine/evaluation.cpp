#include "evaluation.h"

#include "enginelogging.h"
#include "predictor.h"
#include "stats/negbin.h"
#include "trainingenvelope.h"

#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cmath>
#include <numeric>

namespace stormcrew {

namespace {

constexpr int AnalogStorms = 3;
constexpr int CalibrationBins = 10;

enum ModelSlot { GlobalSlot, PooledSlot, WindSlot, ClimatologySlot, AnalogSlot, SlotCount };

const char *const SlotKeys[SlotCount] = {"model_global", "model_pooled", "wind_only", "climatology",
                                         "analog"};

QString slotLabel(int slot)
{
    switch (slot) {
    case GlobalSlot:
        return Evaluator::tr("model, one global fit");
    case PooledSlot:
        return Evaluator::tr("model, territory intercepts pooled");
    case WindSlot:
        return Evaluator::tr("baseline: wind only");
    case ClimatologySlot:
        return Evaluator::tr("baseline: territory climatology");
    case AnalogSlot:
        return Evaluator::tr("baseline: three most similar storms");
    }
    return {};
}

// A held-out row scored against a negative binomial with this mean and size; mean is what the
// point errors use (the model's own mean), predictive the mean of the predictive distribution.
HeldOutRow scoreRow(double observed, double mean, double predictive, double theta,
                    double devianceTheta)
{
    HeldOutRow row;
    row.observed = observed;
    row.mean = mean;
    row.deviance = countDeviance(observed, mean, devianceTheta);
    row.logScore = -countLogProbability(observed, predictive, theta);
    const auto q = [&](double p) {
        return Predictor::negativeBinomialQuantile(predictive, theta, p);
    };
    row.lo50 = q(0.25);
    row.hi50 = q(0.75);
    row.lo80 = q(0.10);
    row.hi80 = q(0.90);
    row.lo90 = q(0.05);
    row.hi90 = q(0.95);
    return row;
}

struct Fold {
    int storm = 0;
    std::vector<qsizetype> train;
    std::vector<qsizetype> test;
    double ridge = 0;
    std::array<std::vector<HeldOutRow>, SlotCount> rows;
    std::optional<Error> error;
};

// Storms of the training rows grouped into k folds by their order in the history.
Grouping innerFolds(const TrainingSet &train, int k)
{
    Grouping folds;
    for (int f = 0; f < k; ++f)
        folds.levels << QString::number(f);
    std::vector<int> order(std::size_t(train.storms.levels.size()), -1);
    int seen = 0;
    for (const int storm : train.storms.index)
        if (order[std::size_t(storm)] < 0)
            order[std::size_t(storm)] = seen++;
    for (const int storm : train.storms.index)
        folds.index.push_back(order[std::size_t(storm)] % k);
    return folds;
}

// Per (storm, territory) outages of the training rows, and per territory their mean.
struct History {
    QHash<QPair<int, int>, double> outages;
    std::vector<double> climatology; // per territory level, NaN without rows
    double ratePerKm = 0;            // over all rows: outages per km of line
};

History history(const TrainingSet &train)
{
    History h;
    const auto territories = std::size_t(train.territories.levels.size());
    std::vector<double> sums(territories, 0.0);
    std::vector<int> counts(territories, 0);
    double outages = 0, km = 0;
    for (qsizetype i = 0; i < train.rows(); ++i) {
        const auto r = std::size_t(i);
        const int t = train.territories.index[r];
        h.outages.insert({train.storms.index[r], t}, train.response[r]);
        sums[std::size_t(t)] += train.response[r];
        ++counts[std::size_t(t)];
        outages += train.response[r];
        km += std::exp(train.offset[r]);
    }
    h.climatology.resize(territories);
    for (std::size_t t = 0; t < territories; ++t)
        h.climatology[t] = counts[t] > 0 ? sums[t] / counts[t] : std::nan("");
    h.ratePerKm = km > 0 ? outages / km : 0;
    return h;
}

double climatologyMean(const History &h, const TrainingSet &set, qsizetype row)
{
    const double mean = h.climatology[std::size_t(set.territories.index[std::size_t(row)])];
    return std::isfinite(mean) ? mean : h.ratePerKm * std::exp(set.offset[std::size_t(row)]);
}

// The analog prediction of a row: the territory's mean over the nearest storms.
double analogMean(const History &h, const TrainingSet &set, qsizetype row,
                  const std::vector<int> &nearest)
{
    double sum = 0;
    int n = 0;
    for (const int storm : nearest) {
        const auto found = h.outages.constFind({storm, set.territories.index[std::size_t(row)]});
        if (found != h.outages.cend()) {
            sum += *found;
            ++n;
        }
    }
    return n > 0 ? sum / n : climatologyMean(h, set, row);
}

std::vector<int> nearestStorms(const TrainingEnvelope &envelope, const TrainingSet &set,
                               const std::vector<qsizetype> &rows, const QString &exclude)
{
    std::vector<std::array<double, FeatureCount>> features;
    for (const qsizetype r : rows)
        features.push_back(set.features[std::size_t(r)]);
    std::vector<int> out;
    for (const auto &n : TrainingEnvelopes::nearest(
             envelope, TrainingEnvelopes::summarise(features), AnalogStorms, exclude))
        out.push_back(int(set.storms.levels.indexOf(n.code)));
    return out;
}

void scoreModel(const OutageModel &model, const TrainingSet &set,
                const std::vector<qsizetype> &test, std::vector<HeldOutRow> &out)
{
    const Predictor predictor(model);
    for (const qsizetype r : test) {
        const auto row = std::size_t(r);
        const QString &code = set.territories.levels.at(set.territories.index[row]);
        const auto p = predictor.predictive(set.features[row], code);
        out.push_back(scoreRow(set.response[row], p.modelMean, p.mean, p.theta, model.theta));
    }
}

std::optional<Error> runFold(const TrainingSet &set, const EvaluationOptions &options, Fold &fold)
{
    const TrainingSet train = set.subset(fold.train);
    if (options.innerCv) {
        auto choice = Trainer::chooseRidge(train, set.terms, options.family,
                                           innerFolds(train, options.innerFolds));
        if (!choice)
            return choice.error();
        fold.ridge = choice.value().ridge;
    }
    TrainOptions trainOptions;
    trainOptions.family = options.family;
    trainOptions.ridge = fold.ridge;
    trainOptions.crossValidate = false;
    for (const auto &[slot, pooling] : {std::pair{GlobalSlot, TrainOptions::Pooling::Global},
                                        std::pair{PooledSlot, TrainOptions::Pooling::Pooled}}) {
        trainOptions.pooling = pooling;
        auto model = Trainer::train(train, trainOptions);
        if (!model)
            return model.error();
        scoreModel(model.value(), set, fold.test, fold.rows[slot]);
    }
    trainOptions.pooling = TrainOptions::Pooling::Global;
    trainOptions.terms = {Term::LogGust};
    trainOptions.ridge = 0;
    auto wind = Trainer::train(train, trainOptions);
    if (!wind)
        return wind.error();
    scoreModel(wind.value(), set, fold.test, fold.rows[WindSlot]);

    // Climatology and analog: their size from their own in-sample errors on the training rows.
    const History h = history(train);
    const TrainingEnvelope envelope = TrainingEnvelopes::build(train);
    std::vector<double> climatology;
    std::vector<double> analog;
    QHash<int, std::vector<qsizetype>> rowsByStorm;
    for (const qsizetype r : fold.train)
        rowsByStorm[set.storms.index[std::size_t(r)]].push_back(r);
    std::vector<double> y;
    for (auto it = rowsByStorm.cbegin(); it != rowsByStorm.cend(); ++it) {
        const auto nearest =
            nearestStorms(envelope, set, it.value(), set.storms.levels.at(it.key()));
        for (const qsizetype r : it.value()) {
            y.push_back(set.response[std::size_t(r)]);
            climatology.push_back(std::max(climatologyMean(h, set, r), 1e-9));
            analog.push_back(std::max(analogMean(h, set, r, nearest), 1e-9));
        }
    }
    const double climatologyTheta = estimateTheta(y, climatology).theta;
    const double analogTheta = estimateTheta(y, analog).theta;
    const auto nearest = nearestStorms(envelope, set, fold.test, set.storms.levels.at(fold.storm));
    for (const qsizetype r : fold.test) {
        const double observed = set.response[std::size_t(r)];
        const double c = std::max(climatologyMean(h, set, r), 1e-9);
        const double a = std::max(analogMean(h, set, r, nearest), 1e-9);
        fold.rows[ClimatologySlot].push_back(
            scoreRow(observed, c, c, climatologyTheta, climatologyTheta));
        fold.rows[AnalogSlot].push_back(scoreRow(observed, a, a, analogTheta, analogTheta));
    }
    return std::nullopt;
}

} // namespace

Result<Evaluation> Evaluator::evaluate(const TrainingSet &set, const EvaluationOptions &options)
{
    const auto storms = int(set.storms.levels.size());
    if (storms < 4)
        return Error{
            tr("evaluation needs at least 4 past storms; the store has %1").arg(storms), {}, 0, {}};
    std::vector<Fold> folds(static_cast<std::size_t>(storms));
    for (int s = 0; s < storms; ++s)
        folds[std::size_t(s)].storm = s;
    for (qsizetype i = 0; i < set.rows(); ++i) {
        const int storm = set.storms.index[std::size_t(i)];
        for (int s = 0; s < storms; ++s)
            (s == storm ? folds[std::size_t(s)].test : folds[std::size_t(s)].train).push_back(i);
    }
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    QMutex progressMutex;
    QThreadPool pool;
    if (options.threads > 0)
        pool.setMaxThreadCount(options.threads);
    QtConcurrent::blockingMap(&pool, folds, [&](Fold &fold) {
        if (cancelled.load())
            return;
        fold.error = runFold(set, options, fold);
        const int finished = ++done;
        if (options.progress) {
            QMutexLocker lock(&progressMutex);
            if (!options.progress(finished, storms))
                cancelled.store(true);
        }
    });
    if (cancelled.load())
        return Error{tr("the evaluation was cancelled"), {}, 0, {}};

    Evaluation evaluation;
    evaluation.storms = storms;
    evaluation.rows = set.rows();
    evaluation.family = options.family;
    evaluation.notes = set.notes;
    for (int slot = 0; slot < SlotCount; ++slot) {
        ModelEvaluation model;
        model.key = QString::fromLatin1(SlotKeys[slot]);
        model.label = slotLabel(slot);
        std::vector<HeldOutRow> all;
        for (const Fold &fold : folds) {
            if (fold.error)
                return Error{
                    tr("storm %1: %2").arg(set.storms.levels.at(fold.storm), fold.error->message),
                    {},
                    0,
                    {}};
            if (fold.test.empty())
                continue;
            model.stormCodes.push_back(set.storms.levels.at(fold.storm));
            model.perStorm.push_back(EvaluationMetrics::score(fold.rows[std::size_t(slot)]));
            all.insert(all.end(), fold.rows[std::size_t(slot)].begin(),
                       fold.rows[std::size_t(slot)].end());
        }
        model.overall = EvaluationMetrics::overall(all, model.perStorm);
        model.calibration = EvaluationMetrics::calibration(all, CalibrationBins);
        evaluation.models.push_back(std::move(model));
    }
    for (const Fold &fold : folds)
        evaluation.ridgePerFold.push_back(fold.ridge);
    qCInfo(lcEngine) << "evaluated" << storms << "storms," << set.rows() << "rows";
    return evaluation;
}

} // namespace stormcrew
