#pragma once

#include "territorysimulator.h"

#include <limits>
#include <vector>

namespace stormcrew::crews {

// Crews per territory and per source (class), and what is left of each source.
struct Allocation {
    std::vector<std::vector<int>> crews; // territory x class
    std::vector<int> remaining;          // per class
    std::vector<char> targetUnreachable; // per territory: not even every crew in reach meets it
    int convexityRepairs = 0;
};

// Sends crews to territories. Target first: each territory, most customers out first, gets the
// fewest crews (earliest sources first) that meet the restoration target at the risk level, if
// the crews that can arrive make that possible at all. Cost next: for each source in order of
// arrival, greedy marginal allocation of its crews by the drop in expected cost (customer-hours
// x their value + crew-days x their price), with diminishing returns enforced (docs/crews.md
// proves the greedy optimal for that separable convex problem).
class CrewAllocator {
public:
    explicit CrewAllocator(const SimulationContext &context);

    [[nodiscard]] Allocation allocate() const;

private:
    void meetTargets(Allocation &allocation, std::vector<TerritoryState> &states) const;
    void allocateClass(Allocation &allocation, size_t klass,
                       std::vector<TerritoryState> &states) const;
    // searchTarget's answer for a territory that needs more than `most` crews, the crews the
    // source has left (it may or may not be out of reach with more).
    static constexpr int MoreThanLeft = std::numeric_limits<int>::max();
    // The fewest crews of source klass alone that meet the target (-1: none can; MoreThanLeft:
    // more than `most`), searched upwards from a lower bound; leaves state at that mix.
    [[nodiscard]] int searchTarget(TerritorySimulator &simulator, TerritoryState &state,
                                   size_t klass, int most) const;
    // searchTarget's way further up, from `missed` crews (too few) to limit (the crews left,
    // or cap: a crew for every outage of the worst storm): a doubling then halving search.
    [[nodiscard]] int searchFurther(TerritorySimulator &simulator, TerritoryState &state,
                                    size_t klass, int missed, int limit, int cap) const;
    // A lower bound on the crews of source klass (and no others) that meet the target.
    [[nodiscard]] int targetLowerBound(const TerritorySimulator &simulator, size_t klass) const;

    const SimulationContext &m_context;
};

// Pool-adjacent-violators: the closest non-increasing sequence (by least squares) to gains,
// averaging runs that increase. Returns how many adjacent increases it had to repair.
int enforceDiminishingReturns(std::vector<double> &gains);

} // namespace stormcrew::crews
