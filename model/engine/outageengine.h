#pragma once

#include "domain/result.h"
#include "features/featuretable.h"
#include "predictor.h"
#include "trainer.h"

#include <QCoreApplication>

#include <optional>

namespace stormcrew {

class Store;

// What to predict: a stored storm (by code) or the latest forecast, as of a time, with a model.
struct PredictionRequest {
    QString stormCode;             // empty: the latest forecast
    std::optional<qint64> asOf;    // point in time (Unix seconds UTC)
    std::optional<qint64> modelId; // empty: the active model
    PredictOptions options;
};

// The engine's facade for the executables: train from the store's history, predict a storm,
// record a prediction run. Each call reads what it needs from the store.
class OutageEngine {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::OutageEngine)

public:
    explicit OutageEngine(Store &store);

    // Trains on every past storm, saves the model in the registry, and activates it when asked
    // (and its contract holds).
    [[nodiscard]] Result<OutageModel> train(TrainOptions options, bool activate);

    [[nodiscard]] Result<StormPrediction> predict(const PredictionRequest &request) const;
    // As predict(), with the model and the feature table it used.
    struct Run {
        OutageModel model;
        FeatureTable features;
        StormPrediction prediction;
    };
    [[nodiscard]] Result<Run> run(const PredictionRequest &request) const;

    // Records a prediction in prediction_run and prediction (with explanations); returns the
    // run's id.
    [[nodiscard]] Result<qint64> record(const StormPrediction &prediction);

    // The store id of a storm code; an Error that says how to list the codes.
    [[nodiscard]] Result<qint64> stormId(const QString &code) const;

private:
    // When restoration can start for the table's storm or forecast (StormPrediction::allClear).
    [[nodiscard]] Result<qint64> forecastAllClear(const FeatureTable &features) const;

    Store &m_store;
};

} // namespace stormcrew
