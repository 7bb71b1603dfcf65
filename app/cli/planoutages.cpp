// Where `stormcrew-cli plan` gets its outages: the active model's joint draws for the storm,
// recorded as a prediction run when the store can be written (the plan refers to it).
#include "clicommand.h"

#include "engine/outageengine.h"
#include "store/store.h"

#include <QDateTime>

#include <algorithm>

namespace stormcrew::cli {

PlanOutageSource enginePlanSource()
{
    return [](Store &store, const PlanStormRequest &request) -> Result<PlanOutages> {
        OutageEngine engine(store);
        PredictionRequest prediction;
        if (!request.latestForecast)
            prediction.stormCode = request.stormCode;
        prediction.options.draws = 1000;
        auto run = engine.run(prediction);
        if (!run)
            return run.error();
        PlanOutages outages;
        outages.outages = std::move(run.value().prediction.draws);
        outages.stormKind = run.value().features.stormKind;
        outages.startTime = run.value().prediction.allClear;
        if (request.latestForecast)
            outages.hoursUntilStart = std::max<double>(
                0, double(outages.startTime - QDateTime::currentSecsSinceEpoch()) / 3600.0);
        if (!store.isReadOnly()) {
            auto recorded = engine.record(run.value().prediction);
            if (!recorded)
                return recorded.error();
            outages.runId = recorded.value();
        }
        return outages;
    };
}

} // namespace stormcrew::cli
