#include "outagetimeline.h"

#include "enginelogging.h"
#include "modelregistry.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace stormcrew {

namespace {

// Each value no more than any later hour's: a running minimum from the last hour back.
void boundByLater(std::vector<double> &values)
{
    for (std::size_t i = values.size(); i-- > 1;)
        values[i - 1] = std::min(values[i - 1], values[i]);
}

} // namespace

Result<OutageTimeline> OutageTimelineBuilder::run(Store &store, const PredictionRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    ModelRegistry registry(store);
    auto model = request.modelId ? registry.load(*request.modelId) : registry.active();
    if (!model)
        return model.error();
    FeatureRequest features;
    features.asOf = request.asOf;
    if (request.stormCode.isEmpty()) {
        features.target = FeatureRequest::Target::LatestForecast;
    } else {
        auto id = OutageEngine(store).stormId(request.stormCode);
        if (!id)
            return id.error();
        features.stormId = id.value();
    }
    auto hours = FeatureTimeline(store).build(features);
    if (!hours)
        return hours.error();
    OutageTimeline timeline = predict(model.value(), hours.value(), request.options);
    qCDebug(lcEngine) << "timeline:" << timeline.hours() << "hours predicted in" << clock.elapsed()
                      << "ms";
    return timeline;
}

OutageTimeline OutageTimelineBuilder::predict(const OutageModel &model,
                                              const FeatureTimeline::Hours &hours,
                                              const PredictOptions &options)
{
    OutageTimeline timeline;
    timeline.forecast = hours.forecast;
    timeline.origin = hours.origin;
    timeline.cutoffs = hours.cutoffs;
    if (hours.tables.empty())
        return timeline;
    timeline.stormCode = hours.tables.back().stormCode;
    timeline.territoryIds = hours.tables.back().territoryIds;
    const std::size_t n = timeline.territoryIds.size();
    const std::size_t count = hours.tables.size();
    const Predictor predictor(model);

    // Raw predictions, hour by hour (hours in parallel: each is independent and as costly as
    // a whole prediction), then the bound per series.
    std::vector<StormPrediction> predictions(count);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t h; (h = next.fetch_add(1)) < count;) {
            predictions[h] = predictor.predict(hours.tables[h], options);
            predictions[h].draws = {}; // 1 MB an hour; the totals are taken from them already
        }
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();

    std::vector<std::vector<double>> series(4 * n, std::vector<double>(count, 0.0));
    std::array<std::vector<double>, 4> totals;
    for (auto &t : totals)
        t.assign(count, 0.0);
    timeline.rawTotals.resize(count);
    std::vector<bool> missingAtEnd(n, false);
    for (std::size_t h = 0; h < count; ++h) {
        const StormPrediction &p = predictions[h];
        timeline.rawTotals[h] = p.totals;
        totals[0][h] = p.totals.mean;
        totals[1][h] = p.totals.p10;
        totals[2][h] = p.totals.p50;
        totals[3][h] = p.totals.p90;
        for (std::size_t t = 0; t < n && t < p.territories.size(); ++t) {
            const TerritoryPrediction &tp = p.territories[t];
            if (h + 1 == count)
                missingAtEnd[t] = tp.missing;
            // No weather yet (an input missing before the storm reaches it): nothing so far.
            const double values[4] = {tp.mean, tp.p10, tp.p50, tp.p90};
            for (int k = 0; k < 4; ++k)
                series[std::size_t(k) * n + t][h] =
                    tp.missing || !std::isfinite(values[k]) ? 0.0 : values[k];
        }
    }
    for (auto &t : totals)
        boundByLater(t);
    timeline.totals.resize(count);
    for (std::size_t h = 0; h < count; ++h)
        timeline.totals[h] = {totals[0][h], totals[1][h], totals[2][h], totals[3][h]};

    std::vector<double> *outs[4] = {&timeline.mean, &timeline.p10, &timeline.p50, &timeline.p90};
    for (std::vector<double> *out : outs)
        out->assign(count * n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t t = 0; t < n; ++t) {
        if (missingAtEnd[t])
            continue; // no prediction at the end either: the map keeps the neutral fill
        for (int k = 0; k < 4; ++k) {
            std::vector<double> &s = series[std::size_t(k) * n + t];
            boundByLater(s);
            for (std::size_t h = 0; h < count; ++h)
                (*outs[k])[h * n + t] = s[h];
        }
    }
    return timeline;
}

} // namespace stormcrew
