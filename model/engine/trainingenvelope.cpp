#include "trainingenvelope.h"

#include "stats/pooling.h"

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

constexpr double OutsideShare = 0.10;
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double at(const std::array<double, FeatureCount> &row, Feature feature)
{
    return row[std::size_t(feature)];
}

} // namespace

QString TrainingEnvelopes::summaryLabel(int dimension)
{
    switch (dimension) {
    case 0:
        return tr("strongest gust (m/s)");
    case 1:
        return tr("mean peak gust (m/s)");
    case 2:
        return tr("mean hours of damaging gusts");
    case 3:
        return tr("leaf-on");
    case 4:
        return tr("mean 14-day rain (mm)");
    case 5:
        return tr("mean storm rain (mm)");
    }
    return {};
}

std::array<double, StormSummary::Dimensions>
TrainingEnvelopes::summarise(std::span<const std::array<double, FeatureCount>> rows)
{
    std::array<double, StormSummary::Dimensions> sums{};
    std::array<int, StormSummary::Dimensions> counts{};
    double maxGust = NaN;
    const Feature means[] = {Feature::PeakGust, Feature::HoursGustAbove20, Feature::LeafOn,
                             Feature::Antecedent14, Feature::StormPrecip};
    for (const auto &row : rows) {
        const double gust = at(row, Feature::PeakGust);
        if (std::isfinite(gust))
            maxGust = std::isnan(maxGust) ? gust : std::max(maxGust, gust);
        for (std::size_t d = 0; d < std::size(means); ++d) {
            const double v = at(row, means[d]);
            if (std::isfinite(v)) {
                sums[d + 1] += v;
                ++counts[d + 1];
            }
        }
    }
    std::array<double, StormSummary::Dimensions> summary{};
    summary[0] = maxGust;
    for (std::size_t d = 1; d < summary.size(); ++d)
        summary[d] = counts[d] > 0 ? sums[d] / counts[d] : NaN;
    return summary;
}

std::array<double, StormSummary::Dimensions> TrainingEnvelopes::summarise(const FeatureTable &table)
{
    std::vector<std::array<double, FeatureCount>> rows;
    rows.reserve(std::size_t(table.rows()));
    for (qsizetype r = 0; r < table.rows(); ++r)
        rows.push_back(featureRow(table, r));
    return summarise(rows);
}

TrainingEnvelope TrainingEnvelopes::build(const TrainingSet &set)
{
    TrainingEnvelope envelope;
    envelope.termMin.fill(std::numeric_limits<double>::infinity());
    envelope.termMax.fill(-std::numeric_limits<double>::infinity());
    for (const auto &row : set.features)
        for (const TermInfo &info : ModelTerms::all()) {
            const double v = ModelTerms::value(info.term, row);
            if (!std::isfinite(v))
                continue;
            auto &lo = envelope.termMin[std::size_t(info.term)];
            auto &hi = envelope.termMax[std::size_t(info.term)];
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    std::vector<std::vector<std::array<double, FeatureCount>>> byStorm(
        std::size_t(set.storms.levels.size()));
    std::vector<double> totals(byStorm.size(), 0.0);
    for (qsizetype i = 0; i < set.rows(); ++i) {
        const auto s = std::size_t(set.storms.index[std::size_t(i)]);
        byStorm[s].push_back(set.features[std::size_t(i)]);
        totals[s] += set.response[std::size_t(i)];
    }
    for (std::size_t s = 0; s < byStorm.size(); ++s)
        if (!byStorm[s].empty())
            envelope.storms.push_back({set.storms.levels.at(qsizetype(s)), set.stormKinds[s],
                                       set.stormStarts[s], summarise(byStorm[s]), totals[s]});
    for (int d = 0; d < StormSummary::Dimensions; ++d) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (const StormSummary &storm : envelope.storms)
            if (std::isfinite(storm.values[std::size_t(d)])) {
                sum += storm.values[std::size_t(d)];
                squares += storm.values[std::size_t(d)] * storm.values[std::size_t(d)];
                ++n;
            }
        const double mean = n > 0 ? sum / n : 0;
        const double variance = n > 1 ? (squares - n * mean * mean) / (n - 1) : 0;
        envelope.summaryScale[std::size_t(d)] = variance > 1e-12 ? std::sqrt(variance) : 1.0;
    }
    return envelope;
}

std::array<double, FeatureCount> TrainingEnvelopes::reference(const TrainingSet &set)
{
    double canopy = 0;
    double trim = 0;
    for (const auto &row : set.features) {
        canopy += at(row, Feature::Canopy);
        trim += at(row, Feature::YearsSinceTrim);
    }
    const double n = std::max<double>(1.0, double(set.features.size()));
    return ModelTerms::calmReference(canopy / n, trim / n);
}

Result<double> TrainingEnvelopes::stormEffectSd(const TrainingSet &set, const OutageModel &model)
{
    // The model's own linear predictor is the offset: only the storm intercepts (and their
    // variance) are estimated, so the fixed effects keep the values the model has.
    DesignMatrix intercept;
    intercept.rows = set.rows();
    intercept.names << QStringLiteral("(Intercept)");
    intercept.interceptColumn = 0;
    intercept.values.assign(std::size_t(set.rows()), 1.0);
    PoolingOptions options;
    options.glm.family = model.family;
    options.glm.theta = model.family == GlmFamily::NegativeBinomial ? model.theta : 0;
    options.glm.offset.reserve(std::size_t(set.rows()));
    for (qsizetype i = 0; i < set.rows(); ++i) {
        const QString &territory = set.territories.levels.at(set.territories.index[std::size_t(i)]);
        options.glm.offset.push_back(
            model.linearPredictor(set.features[std::size_t(i)], territory));
    }
    auto fitted = Pooling::fit(intercept, set.response, set.storms, options);
    if (!fitted)
        return fitted.error();
    return std::sqrt(std::max(0.0, fitted.value().tau2));
}

std::vector<DistributionCheck::Neighbour>
TrainingEnvelopes::nearest(const TrainingEnvelope &envelope,
                           const std::array<double, StormSummary::Dimensions> &summary, int k,
                           const QString &exclude)
{
    std::vector<DistributionCheck::Neighbour> all;
    for (const StormSummary &storm : envelope.storms) {
        if (storm.code == exclude)
            continue;
        double squares = 0;
        for (std::size_t d = 0; d < summary.size(); ++d) {
            const double diff = (summary[d] - storm.values[d]) / envelope.summaryScale[d];
            if (std::isfinite(diff))
                squares += diff * diff;
        }
        all.push_back({storm.code, storm.kind, storm.start, std::sqrt(squares), storm.outages});
    }
    const auto count = std::min<std::size_t>(std::size_t(std::max(k, 0)), all.size());
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(count), all.end(),
                      [](const auto &a, const auto &b) { return a.distance < b.distance; });
    all.resize(count);
    return all;
}

DistributionCheck TrainingEnvelopes::check(const OutageModel &model, const FeatureTable &table)
{
    DistributionCheck result;
    const auto summary = summarise(table);
    const TrainingEnvelope &envelope = model.envelope;
    for (int d = 0; d < StormSummary::Dimensions; ++d) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (const StormSummary &storm : envelope.storms) {
            lo = std::min(lo, storm.values[std::size_t(d)]);
            hi = std::max(hi, storm.values[std::size_t(d)]);
        }
        const double v = summary[std::size_t(d)];
        if (!std::isfinite(v) || envelope.storms.empty())
            continue;
        if (v > hi || v < lo) {
            result.outside = true;
            result.reasons << tr("%1 is %2, outside every past storm the model learnt from "
                                 "(%3 to %4)")
                                  .arg(summaryLabel(d))
                                  .arg(v, 0, 'f', 1)
                                  .arg(lo, 0, 'f', 1)
                                  .arg(hi, 0, 'f', 1);
        }
    }
    for (const Term term : model.terms) {
        qsizetype outside = 0;
        for (qsizetype r = 0; r < table.rows(); ++r) {
            const double v = ModelTerms::value(term, featureRow(table, r));
            if (std::isfinite(v) && (v < envelope.termMin[std::size_t(term)] - 1e-9 ||
                                     v > envelope.termMax[std::size_t(term)] + 1e-9))
                ++outside;
        }
        if (table.rows() > 0 && double(outside) > OutsideShare * double(table.rows())) {
            result.outside = true;
            result.reasons << tr("%1 is outside the training range in %2 of %3 territories")
                                  .arg(ModelTerms::label(term))
                                  .arg(outside)
                                  .arg(table.rows());
        }
    }
    result.nearest =
        nearest(envelope, summary, 3, table.stormId != 0 ? table.stormCode : QString());
    return result;
}

} // namespace stormcrew
