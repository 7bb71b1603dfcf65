#pragma once

#include "territorysimulator.h"

#include <limits>
#include <vector>

namespace stormcrew::crews {

// Crews per territory and per source (class), and what is left of each source.
struct Allocation {
    std::vector<std::vector<int>> crews; // territory x class
    std::vector<int> remaining;          // per class
    // The target could not be met in every territory with the crews that can arrive in time:
    // the crews went where they save the most first (CrewAllocator).
    bool costFirst = false;
    // Territories where target first could not meet it although more crews arriving as early
    // would have.
    int shortOfCrews = 0;
    int convexityRepairs = 0;
};

// Sends crews to territories, in one of two orders.
//
// Target first, when the crews that can arrive in time can meet the restoration target in
// every territory: each territory, most customers out first, gets the fewest crews (earliest
// sources first) that meet it at the risk level. Then cost: for each source in order of
// arrival, greedy marginal allocation of its crews by the drop in expected cost (customer-hours
// x their value + crew-days x their price), with diminishing returns enforced (docs/crews.md
// proves the greedy optimal for that separable convex problem).
//
// Cost first, when they cannot: meeting the target where it can be met would choose which
// territories to fail, and could take every crew for a few of them (a territory that needs
// dozens for its target at the risk level is first in line). The greedy then goes first, and
// the crews it leaves (those not worth their price) meet the target on top of its mix wherever
// they can.
class CrewAllocator {
public:
    explicit CrewAllocator(const SimulationContext &context);

    [[nodiscard]] Allocation allocate() const;

private:
    // Returns the territories where it could not meet the target.
    std::vector<qsizetype> meetTargets(Allocation &allocation,
                                       std::vector<TerritoryState> &states) const;
    // How many of those territories more crews arriving as early would bring within the target.
    [[nodiscard]] int shortOfCrews(const std::vector<qsizetype> &unmet,
                                   const Allocation &allocation) const;
    // The simulated storms in which a territory must meet the target (the risk level's share).
    [[nodiscard]] int storms() const;
    void allocateClass(Allocation &allocation, size_t klass,
                       std::vector<TerritoryState> &states) const;
    // searchTarget's answer for a territory that needs more than `most` crews, the crews the
    // source has left (it may or may not be out of reach with more).
    static constexpr int MoreThanLeft = std::numeric_limits<int>::max();
    // The fewest crews of source klass that, on top of the mix `base`, meet the target (-1:
    // none can; MoreThanLeft: more than `most`), searched upwards from a lower bound; leaves
    // state at that mix.
    [[nodiscard]] int searchTarget(TerritorySimulator &simulator, TerritoryState &state,
                                   const std::vector<int> &base, size_t klass, int most) const;
    // searchTarget's way further up, from `missed` crews (too few) to limit (the crews left,
    // or cap: a crew for every outage of the worst storm): a doubling then halving search.
    [[nodiscard]] int searchFurther(TerritorySimulator &simulator, TerritoryState &state,
                                    const std::vector<int> &base, size_t klass, int missed,
                                    int limit, int cap) const;
    // A lower bound on the crews of source klass that, on top of base, meet the target.
    [[nodiscard]] int targetLowerBound(const TerritorySimulator &simulator,
                                       const std::vector<int> &base, size_t klass) const;

    const SimulationContext &m_context;
};

// Pool-adjacent-violators: the closest non-increasing sequence (by least squares) to gains,
// averaging runs that increase. Returns how many adjacent increases it had to repair.
int enforceDiminishingReturns(std::vector<double> &gains);

} // namespace stormcrew::crews
