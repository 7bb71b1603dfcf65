#include "outagemodel.h"

#include <algorithm>
#include <cmath>

namespace stormcrew {

bool ContractReport::passed() const
{
    return std::all_of(checks.begin(), checks.end(), [](const ContractCheck &check) {
        return check.expectation != Expectation::NeverLowers || check.passed();
    });
}

double OutageModel::coefficient(Term term) const
{
    for (std::size_t k = 0; k < terms.size(); ++k)
        if (terms[k] == term)
            return coefficients[k + 1];
    return 0;
}

double OutageModel::territoryEffect(const QString &code) const
{
    const auto found = territoryEffects.constFind(code);
    return found == territoryEffects.cend() ? 0.0 : found->first;
}

double OutageModel::linearPredictor(std::span<const double, FeatureCount> features,
                                    const QString &territoryCode) const
{
    double eta = coefficients.front();
    for (std::size_t k = 0; k < terms.size(); ++k)
        eta += coefficients[k + 1] * ModelTerms::value(terms[k], features);
    return eta + std::log(features[std::size_t(Feature::OverheadKm)]) +
           territoryEffect(territoryCode);
}

} // namespace stormcrew
