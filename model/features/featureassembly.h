#pragma once

#include "featureinputs.h"
#include "featuretable.h"
#include "weatherreader.h"
#include "weathersources.h"

#include <optional>
#include <vector>

namespace stormcrew {

// Turns what was read for one target into its feature table: the rules of docs/model.md
// (fallbacks, missing values) and a note for every gap. outages: the target's counts, or null.
[[nodiscard]] FeatureTable assembleFeatures(const FeatureTarget &target,
                                            const std::vector<FeatureTerritory> &territories,
                                            const std::vector<TerritoryWeather> &weather,
                                            const std::vector<WeatherSource> &sources,
                                            std::optional<qint64> asOf,
                                            const std::map<qint64, double> *outages);

// The weather target of a storm or forecast: its window, and the day its antecedent period ends
// before (the start day; for a forecast the day it was issued).
[[nodiscard]] WeatherTarget weatherTargetOf(const FeatureTarget &target);

} // namespace stormcrew
