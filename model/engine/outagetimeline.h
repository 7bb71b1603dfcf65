#pragma once

#include "domain/result.h"
#include "features/featuretimeline.h"
#include "outageengine.h"
#include "predictor.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

class Store;

// The outages predicted hour by hour through a storm: at hour h, from the weather valid up to
// origin + h hours (FeatureTimeline). Outages that have happened cannot un-happen, so the
// outages by hour h are never more than by a later hour: each value is the smallest prediction
// of its hour and every later one. Hence the values never decrease, and the last hour is the
// full prediction exactly. (The model contract already keeps more wind from lowering a
// prediction; the bound removes what is left: Monte Carlo noise in the totals and rain or snow
// so far, whose direction the contract does not enforce.)
struct OutageTimeline {
    bool forecast = false; // false: a past storm's observed window
    qint64 origin = 0;     // Unix seconds of hour 0 (a forecast's issue time, a storm's start)
    QString stormCode;
    std::vector<qint64> cutoffs; // per hour
    std::vector<qint64> territoryIds;
    std::vector<StormTotals> totals;    // per hour, bounded as above
    std::vector<StormTotals> rawTotals; // per hour, as predicted from the weather so far
    // hours x territories, hour-major; NaN where the territory has no prediction at the end.
    std::vector<double> mean, p10, p50, p90;

    [[nodiscard]] int hours() const { return int(cutoffs.size()); } // hour 0 .. hours() - 1
    [[nodiscard]] std::size_t index(int hour, std::size_t territory) const
    {
        return std::size_t(hour) * territoryIds.size() + territory;
    }
};

class OutageTimelineBuilder {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::OutageTimelineBuilder)

public:
    // The model of the request (the active one by default), the hours' features in one read,
    // and a prediction per hour with the request's draws and seed.
    [[nodiscard]] static Result<OutageTimeline> run(Store &store, const PredictionRequest &request);

    // The same from a model and features already at hand.
    [[nodiscard]] static OutageTimeline predict(const OutageModel &model,
                                                const FeatureTimeline::Hours &hours,
                                                const PredictOptions &options);
};

} // namespace stormcrew
