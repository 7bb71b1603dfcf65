#pragma once

#include "stormreplay.h"

#include "crews/plansettings.h"
#include "domain/result.h"
#include "engine/predictor.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::replay {

// What to replay with.
struct ReplayOptions {
    double leadHours = 48;         // before the storm's first outage
    std::optional<qint64> modelId; // none: the model active at the as-of time
    PredictOptions prediction;     // joint draws and their seed
    // The hindsight plan: 95 % within 48 h at P80, 250 simulated restorations (a replay should
    // take seconds, docs/replay.md; more are a setting away).
    crews::PlanSettings plan = [] {
        crews::PlanSettings settings;
        settings.simulations = 250;
        return settings;
    }();
    bool hindsight = true;
};

// Storm replay for analysts (docs/replay.md): what a model would have said a lead time before a
// stored storm's first outage, with only what was known then (FeatureBuilder's as-of rule), set
// against what happened; the hindsight outcome of its crew plan; and two models compared over
// many storms.
class StormReplayer {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::replay::StormReplayer)

public:
    explicit StormReplayer(Store &store);

    // The storm by code or id.
    [[nodiscard]] Result<StormReplay> replay(const QString &storm,
                                             const ReplayOptions &options) const;
    [[nodiscard]] Result<StormReplay> replay(qint64 stormId, const ReplayOptions &options) const;

    // Models A and B on the same storms (empty: every storm with outcomes), lead and inputs.
    // Storms whose inputs are all missing as of then are skipped and listed.
    [[nodiscard]] Result<ModelComparison> compare(qint64 modelA, qint64 modelB,
                                                  const std::vector<qint64> &storms,
                                                  const ReplayOptions &options) const;

private:
    Store &m_store;
};

} // namespace stormcrew::replay
