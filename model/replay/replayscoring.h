#pragma once

#include "stormactuals.h"
#include "stormreplay.h"

#include "engine/evaluationmetrics.h"

#include <vector>

namespace stormcrew::replay {

// The replay's arithmetic, as pure functions over plain values (tested on hand-worked cases).
class ReplayScoring {
public:
    // The predictive distribution of one territory: a negative binomial (theta infinite:
    // Poisson), and the customers that cap its quantiles (NaN: no cap).
    struct Predictive {
        double mean = 0;
        double theta = 0;
        double customers = 0;
    };

    // Sets the territory's signed and relative error and whether the actual lies in P10..P90.
    static void scoreTerritory(TerritoryReplay &territory);

    // -log p(y) and the deviance of y under a negative binomial of mean mu and size theta.
    [[nodiscard]] static double logScore(double y, double mu, double theta);
    [[nodiscard]] static double deviance(double y, double mu, double theta);

    // The territory as a held-out row for EvaluationMetrics: its mean, P10..P90 as the 80 %
    // interval, and the 50 % and 90 % intervals and the scores from the predictive distribution.
    [[nodiscard]] static HeldOutRow heldOutRow(const TerritoryReplay &territory,
                                               const Predictive &predictive);

    // Hour by hour from `from` (rounded down to the hour) to `until`: incidents begun in each
    // hour, all begun by its end, and those out at its end (begun, not yet restored; an unknown
    // restoration counts as out).
    [[nodiscard]] static std::vector<TimelineHour>
    timeline(const std::vector<OutageSpan> &incidents, qint64 from, qint64 until);
};

} // namespace stormcrew::replay
