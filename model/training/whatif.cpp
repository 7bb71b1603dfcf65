#include "whatif.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::training {

WhatIfExplorer::WhatIfExplorer(OutageModel model, FeatureTable features)
    : m_model(std::move(model)), m_features(std::move(features)), m_predictor(m_model)
{}

std::array<double, FeatureCount> WhatIfExplorer::adjusted(std::size_t row,
                                                          const WhatIfAdjustments &a) const
{
    std::array<double, FeatureCount> v{};
    for (int f = 0; f < FeatureCount; ++f)
        v[std::size_t(f)] = m_features.values[std::size_t(f)][row];
    auto at = [&v](Feature f) -> double & { return v[std::size_t(f)]; };
    const double gust = at(Feature::PeakGust);
    const double newGust = std::max(0.0, gust + a.gustOffset);
    // The sustained wind follows the gust in proportion (a gustier storm is a windier one);
    // both only ever raise outages in the model's contract.
    if (gust > 0)
        at(Feature::PeakWind) *= newGust / gust;
    at(Feature::PeakGust) = newGust;
    at(Feature::LeafOn) = std::clamp(at(Feature::LeafOn) + a.leafOnOffset, 0.0, 1.0);
    at(Feature::Antecedent14) *= a.wetnessMultiplier;
    at(Feature::Antecedent30) *= a.wetnessMultiplier;
    at(Feature::Canopy) = std::clamp(at(Feature::Canopy) * a.canopyMultiplier, 0.0, 1.0);
    at(Feature::YearsSinceTrim) = std::max(0.0, at(Feature::YearsSinceTrim) + a.trimYearsOffset);
    return v; // NaN (a missing input) stays NaN through every step
}

std::vector<TerritoryPrediction> WhatIfExplorer::predict(const WhatIfAdjustments &a) const
{
    const auto rows = std::size_t(m_features.rows());
    std::vector<TerritoryPrediction> out(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const auto values = adjusted(i, a);
        TerritoryPrediction &p = out[i];
        p.territoryId = m_features.territoryIds[i];
        p.code = m_features.territoryCodes[i];
        p.name = m_features.territoryNames[i];
        p.customers = m_features.customers[i];
        m_predictor.predictRow(values, p.code, p);
    }
    return out;
}

} // namespace stormcrew::training
