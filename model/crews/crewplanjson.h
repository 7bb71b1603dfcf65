#pragma once

#include "crewplan.h"

#include <QJsonObject>

namespace stormcrew::crews {

// The plan as JSON: the CLI's --json output and the store's summary_json. Hours that are never
// reached (infinite) are written as null.
[[nodiscard]] QJsonObject toJson(const Estimate &estimate);
[[nodiscard]] QJsonObject toJson(const Spread &spread);
[[nodiscard]] QJsonObject toJson(const TerritoryPlan &territory);
// The system's figures, sources, requests and warnings; with territories when asked.
[[nodiscard]] QJsonObject toJson(const CrewPlan &plan, bool withTerritories);

} // namespace stormcrew::crews
