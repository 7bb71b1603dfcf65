#include "crewallocator.h"

#include "parallelfor.h"

#include <algorithm>
#include <numeric>

namespace stormcrew::crews {

namespace {

int total(const std::vector<int> &crews)
{
    return std::accumulate(crews.begin(), crews.end(), 0);
}

// One candidate crew: the drop in expected cost it brings to its territory.
struct Gain {
    double value = 0;
    qsizetype territory = 0;
    int step = 0;
};

} // namespace

int enforceDiminishingReturns(std::vector<double> &gains)
{
    // Blocks of (sum, length); a block whose mean exceeds the one before merges into it.
    std::vector<std::pair<double, int>> blocks;
    int repairs = 0;
    for (const double g : gains) {
        blocks.push_back({g, 1});
        while (blocks.size() > 1) {
            const auto &last = blocks.back();
            const auto &before = blocks[blocks.size() - 2];
            if (last.first / last.second <= before.first / before.second)
                break;
            ++repairs;
            const std::pair<double, int> merged{before.first + last.first,
                                                before.second + last.second};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    size_t i = 0;
    for (const auto &[sum, length] : blocks) {
        for (int k = 0; k < length; ++k)
            gains[i++] = sum / length;
    }
    return repairs;
}

CrewAllocator::CrewAllocator(const SimulationContext &context) : m_context(context)
{}

Allocation CrewAllocator::allocate() const
{
    const size_t territories = m_context.inputs->territories.size();
    const size_t classes = m_context.classes.size();
    Allocation allocation;
    allocation.crews.assign(territories, std::vector<int>(classes, 0));
    allocation.targetUnreachable.assign(territories, 0);
    for (const CrewClass &c : m_context.classes)
        allocation.remaining.push_back(c.capacity);

    // Survey: how many outages each territory can have, and on average.
    std::vector<int> maxOutages(territories);
    std::vector<double> meanOutages(territories);
    std::vector<TerritorySimulator> workers(static_cast<size_t>(workerCount()),
                                            TerritorySimulator(m_context));
    parallelFor(qsizetype(territories), workers, [&](TerritorySimulator &simulator, qsizetype t) {
        simulator.load(t);
        maxOutages[size_t(t)] = simulator.maxOutages();
        meanOutages[size_t(t)] = simulator.meanOutages();
    });

    meetTargets(allocation, maxOutages, meanOutages);
    for (size_t k = 0; k < classes; ++k)
        allocateClass(allocation, k, maxOutages);
    return allocation;
}

void CrewAllocator::meetTargets(Allocation &allocation, const std::vector<int> &maxOutages,
                                const std::vector<double> &meanOutages) const
{
    const int simulations = m_context.settings.simulations;
    const int needed = jobsForShare(riskProbability(m_context.settings.risk), simulations);
    std::vector<qsizetype> order;
    for (size_t t = 0; t < maxOutages.size(); ++t) {
        if (maxOutages[t] > 0)
            order.push_back(qsizetype(t));
    }
    auto customersOut = [&](qsizetype t) {
        return meanOutages[size_t(t)] * m_context.inputs->territories[size_t(t)].customersPerOutage;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return customersOut(a) > customersOut(b); });

    TerritorySimulator simulator(m_context);
    for (const qsizetype t : order) {
        simulator.load(t);
        std::vector<int> &crews = allocation.crews[size_t(t)];
        if (simulator.evaluate(crews).targetMet >= needed)
            continue;
        const std::vector<int> before = crews;
        const std::vector<int> remainingBefore = allocation.remaining;
        bool met = false;
        for (size_t k = 0; k < crews.size() && !met; ++k) {
            // Crews beyond the most outages a simulated storm brings are never used.
            const int cap = std::min(allocation.remaining[k], maxOutages[size_t(t)] - total(crews));
            if (cap <= 0)
                continue;
            crews[k] += cap;
            if (simulator.evaluate(crews).targetMet < needed) {
                allocation.remaining[k] -= cap;
                continue;
            }
            // The fewest crews of this source that meet the target (met is monotone in crews).
            int low = 1;
            int high = cap;
            while (low < high) {
                const int mid = (low + high) / 2;
                crews[k] += mid - cap;
                const bool enough = simulator.evaluate(crews).targetMet >= needed;
                crews[k] -= mid - cap;
                if (enough)
                    high = mid;
                else
                    low = mid + 1;
            }
            crews[k] += low - cap;
            allocation.remaining[k] -= low;
            met = true;
        }
        if (!met) { // out of reach: leave this territory to the cost-based allocation
            crews = before;
            allocation.remaining = remainingBefore;
            allocation.targetUnreachable[size_t(t)] = 1;
        }
    }
}

void CrewAllocator::allocateClass(Allocation &allocation, size_t klass,
                                  const std::vector<int> &maxOutages) const
{
    const qsizetype territories = qsizetype(maxOutages.size());
    const int budget = allocation.remaining[klass];
    if (budget <= 0)
        return;
    struct Worker {
        TerritorySimulator simulator;
        std::vector<Gain> gains;
        int repairs = 0;
    };
    std::vector<Worker> workers(static_cast<size_t>(workerCount()),
                                Worker{TerritorySimulator(m_context), {}, 0});
    parallelFor(territories, workers, [&](Worker &worker, qsizetype t) {
        std::vector<int> crews = allocation.crews[size_t(t)];
        const int cap = std::min(budget, maxOutages[size_t(t)] - total(crews));
        if (cap <= 0)
            return;
        worker.simulator.load(t);
        double previous = worker.simulator.evaluate(crews).cost;
        std::vector<double> gains;
        for (int step = 1; step <= cap; ++step) {
            ++crews[klass];
            const double cost = worker.simulator.evaluate(crews).cost;
            const double gain = previous - cost;
            previous = cost;
            // Stop at the first crew not worth its price: under diminishing returns no later
            // one is either (docs/crews.md on what this assumes).
            if (!(gain > 0))
                break;
            gains.push_back(gain);
        }
        worker.repairs += enforceDiminishingReturns(gains);
        for (size_t i = 0; i < gains.size(); ++i)
            worker.gains.push_back({gains[i], t, int(i) + 1});
    });
    std::vector<Gain> all;
    for (Worker &worker : workers) {
        all.insert(all.end(), worker.gains.begin(), worker.gains.end());
        allocation.convexityRepairs += worker.repairs;
    }
    // Deterministic order whatever the threads did: gain, then territory, then step.
    auto better = [](const Gain &a, const Gain &b) {
        if (a.value != b.value)
            return a.value > b.value;
        if (a.territory != b.territory)
            return a.territory < b.territory;
        return a.step < b.step;
    };
    const size_t take = std::min(all.size(), size_t(budget));
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(take), all.end(), better);
    for (size_t i = 0; i < take; ++i)
        ++allocation.crews[size_t(all[i].territory)][klass];
    allocation.remaining[klass] -= int(take);
}

} // namespace stormcrew::crews
