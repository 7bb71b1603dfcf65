#pragma once

#include "engine/outagemodel.h"

#include <QJsonObject>
#include <QTextStream>

namespace stormcrew::cli {

// A trained model as people read it (coefficients with 95 % intervals, theta, the ridge path,
// global against pooled, the contract) and as JSON.
void printModel(QTextStream &out, const OutageModel &model);
[[nodiscard]] QJsonObject modelJson(const OutageModel &model);

} // namespace stormcrew::cli
