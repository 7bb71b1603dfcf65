#pragma once

#include "domain/result.h"
#include "outagemodel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace stormcrew {

// The registry's JSON columns of a model (model.spec_json, coefficients_json, metrics_json,
// expectations_json) and back. Keys are stable names ("log_gust", "peak_gust"), never enum
// numbers, so a model stays readable when the catalogue grows.
struct ModelDocuments {
    QJsonObject spec;
    QJsonObject coefficients;
    QJsonObject metrics;
    QJsonObject expectations;
};

class ModelCodec {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ModelCodec)

public:
    [[nodiscard]] static ModelDocuments encode(const OutageModel &model);
    // Fills everything but the registry's own columns (id, version, status, times).
    [[nodiscard]] static Result<OutageModel> decode(const ModelDocuments &documents);

    [[nodiscard]] static QString featureKey(Feature feature);
    [[nodiscard]] static QJsonObject contractJson(const ContractReport &report);
};

} // namespace stormcrew
