#include "modelcontract.h"

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

// The prediction's relative change under the probe, or NaN when the probe cannot move the row
// (the feature is already at its ceiling).
double probeChange(const OutageModel &model, const ContractProbe &probe,
                   const std::array<double, FeatureCount> &features)
{
    auto pushed = features;
    double &value = pushed[std::size_t(probe.feature)];
    const double before = value;
    value = probe.relative ? value * probe.step : std::min(value + probe.step, probe.ceiling);
    if (!(value > before))
        return std::numeric_limits<double>::quiet_NaN();
    double delta = 0;
    for (std::size_t k = 0; k < model.terms.size(); ++k) {
        const Term term = model.terms[k];
        delta += model.coefficients[k + 1] *
                 (ModelTerms::value(term, pushed) - ModelTerms::value(term, features));
    }
    return std::expm1(delta);
}

} // namespace

ContractReport ModelContract::check(const OutageModel &model, const TrainingSet &set)
{
    ContractReport report;
    report.constrained = model.contract.constrained;
    for (const ContractProbe &probe : ModelTerms::probes()) {
        ContractCheck check;
        check.feature = probe.feature;
        check.expectation = probe.expectation;
        std::vector<double> changes;
        changes.reserve(set.features.size());
        for (const auto &row : set.features) {
            const double change = probeChange(model, probe, row);
            if (std::isnan(change))
                continue;
            changes.push_back(change);
            if (change < -ContractReport::Tolerance)
                ++check.rowsLowered;
        }
        check.rows = qsizetype(changes.size());
        if (!changes.empty()) {
            check.worstChange = *std::min_element(changes.begin(), changes.end());
            auto middle = changes.begin() + std::ptrdiff_t(changes.size() / 2);
            std::nth_element(changes.begin(), middle, changes.end());
            check.medianChange = *middle;
        }
        report.checks.push_back(check);
    }
    return report;
}

} // namespace stormcrew
