#pragma once

#include "territorysimulator.h"

#include <vector>

namespace stormcrew::crews {

// The crews free to move on in each simulated storm: their ready times at their depot, of which
// only the earliest `wanted` are kept (list scheduling of that many territories never takes a
// later one). One per thread; merged.
class HelpPool {
public:
    explicit HelpPool(const std::vector<int> &wanted);

    // Crews free at these clock times in a territory `back` hours from their depot.
    void offer(int simulation, const double *freeAt, int count, double back);
    void merge(const HelpPool &other);
    // Storm s's ready times (unordered), for CrewHelp.
    [[nodiscard]] std::vector<double> &ready(int simulation) { return m_ready[size_t(simulation)]; }
    [[nodiscard]] bool wanted() const { return m_any; }

private:
    void insert(int simulation, double ready);

    std::vector<int> m_wanted;
    std::vector<std::vector<double>> m_ready; // max-heaps of at most m_wanted[s] times
    bool m_any = false;
};

// Crews move on: a territory that the plan gives no crew is restored by crews that finish
// their own territory's work (docs/crews.md, "Crews move on"). In each simulated storm these
// territories, most customers out first, go in turn to the crew ready first; it drives there
// (SimulationContext::helpTravelHours), restores the territory's outages in dispatch order on
// the shift clock, drives back to the territory's depot and is ready for the next one. This is
// list scheduling of whole territories on identical crews, so earlier or more crews never make
// a territory's restoration later (docs/crews.md gives the proof).
class CrewHelp {
public:
    // unserved: the territories without crews, in priority order.
    CrewHelp(const SimulationContext &context, std::vector<qsizetype> unserved);

    // How many crews each storm can use: its unserved territories with outages.
    [[nodiscard]] std::vector<int> wanted() const;
    // Restores the unserved territories in every storm from the pool; adds them to the system's
    // sums (one accumulator per thread, as the caller merges them) and returns their plan lines,
    // in the order of unserved.
    [[nodiscard]] std::vector<TerritoryPlan> run(HelpPool &pool,
                                                 std::vector<SystemAccumulator> &systems);
    // Each storm's completion times in one unserved territory (for its restoration fan).
    [[nodiscard]] std::vector<std::vector<double>> completions(HelpPool &pool, qsizetype territory);

private:
    // Storm s: calls done(u, completions, count) for each unserved territory with outages.
    template <typename Done>
    void restore(int simulation, std::vector<double> ready, Done done) const;

    const SimulationContext &m_context;
    std::vector<qsizetype> m_unserved;
};

} // namespace stormcrew::crews
