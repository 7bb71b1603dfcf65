#pragma once

#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace stormcrew {

// The engine's predictive distribution of outages for one storm, as joint Monte Carlo draws: one
// draw is a whole storm (every territory at once), so that territories hit by the same storm stay
// correlated (parameter uncertainty and the storm-level random effect are shared within a draw).
// The crew planner consumes it; the map and the panels read the summaries.
struct OutageDistribution {
    std::vector<qint64> territoryIds; // store ids, in the order of the columns below
    QStringList territoryCodes;
    int draws = 0;
    // draws x territories, draw-major: outages of territory t in draw d at [d * size + t].
    // Whole numbers, never more than the territory's customers.
    std::vector<float> samples;

    [[nodiscard]] qsizetype territories() const { return qsizetype(territoryIds.size()); }
    [[nodiscard]] float at(int draw, qsizetype territory) const
    {
        return samples[size_t(draw) * territoryIds.size() + size_t(territory)];
    }
};

} // namespace stormcrew
