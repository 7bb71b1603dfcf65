#include "crewhelp.h"

#include "parallelfor.h"

#include <algorithm>
#include <functional>

namespace stormcrew::crews {

HelpPool::HelpPool(const std::vector<int> &wanted) : m_wanted(wanted), m_ready(wanted.size())
{
    for (const int w : wanted)
        m_any = m_any || w > 0;
}

void HelpPool::insert(int simulation, double ready)
{
    std::vector<double> &heap = m_ready[size_t(simulation)];
    if (int(heap.size()) < m_wanted[size_t(simulation)]) {
        heap.push_back(ready);
        std::push_heap(heap.begin(), heap.end());
    } else if (ready < heap.front()) {
        std::pop_heap(heap.begin(), heap.end());
        heap.back() = ready;
        std::push_heap(heap.begin(), heap.end());
    }
}

void HelpPool::offer(int simulation, const double *freeAt, int count, double back)
{
    if (m_wanted[size_t(simulation)] == 0)
        return;
    for (int c = 0; c < count; ++c)
        insert(simulation, freeAt[c] + back);
}

void HelpPool::merge(const HelpPool &other)
{
    for (size_t s = 0; s < m_ready.size(); ++s) {
        for (const double ready : other.m_ready[s])
            insert(int(s), ready);
    }
}

CrewHelp::CrewHelp(const SimulationContext &context, std::vector<qsizetype> unserved)
    : m_context(context), m_unserved(std::move(unserved))
{}

std::vector<int> CrewHelp::wanted() const
{
    const int simulations = m_context.settings.simulations;
    std::vector<int> wanted(size_t(simulations), 0);
    for (const qsizetype t : m_unserved) {
        const int *busy = m_context.busyOf(t);
        for (int r = 0; r < m_context.busyCount(t); ++r)
            ++wanted[size_t(busy[r])];
    }
    return wanted;
}

template <typename Done>
void CrewHelp::restore(int simulation, std::vector<double> ready, Done done) const
{
    // A min-heap of the crews' ready times; the set of the earliest is all that matters, so
    // the result does not depend on the order threads offered them.
    std::make_heap(ready.begin(), ready.end(), std::greater<>());
    std::vector<double> completions;
    const WorkClock &clock = m_context.clock;
    for (size_t u = 0; u < m_unserved.size(); ++u) {
        const qsizetype t = m_unserved[u];
        const quint32 *offsets = m_context.offsetsOf(t);
        const int count = int(offsets[simulation + 1] - offsets[simulation]);
        if (count == 0)
            continue;
        completions.resize(size_t(count));
        if (ready.empty()) {
            std::fill(completions.begin(), completions.end(), Never);
        } else {
            std::pop_heap(ready.begin(), ready.end(), std::greater<>());
            const double arrival = ready.back() + m_context.helpTravelHours[size_t(t)];
            double work = clock.work(arrival);
            const float *jobs = m_context.workOf(t) + offsets[simulation];
            for (int j = 0; j < count; ++j) {
                work += double(jobs[j]);
                completions[size_t(j)] = clock.hours(work);
            }
            // Back at the territory's depot, ready for the next territory.
            ready.back() = clock.ready(work) + m_context.inputs->territories[size_t(t)].travelHours;
            std::push_heap(ready.begin(), ready.end(), std::greater<>());
        }
        done(u, completions.data(), count);
    }
}

std::vector<TerritoryPlan> CrewHelp::run(HelpPool &pool, std::vector<SystemAccumulator> &systems)
{
    const PlanSettings &settings = m_context.settings;
    const int simulations = settings.simulations;
    std::vector<TerritoryTally> tallies(m_unserved.size(), TerritoryTally(simulations));
    std::vector<SystemAccumulator *> workers;
    for (SystemAccumulator &system : systems)
        workers.push_back(&system);
    parallelFor(simulations, workers, [&](SystemAccumulator *system, qsizetype index) {
        const int s = int(index);
        restore(s, pool.ready(s), [&](size_t u, const double *done, int count) {
            const TerritoryCrewInput &input = m_context.inputs->territories[size_t(m_unserved[u])];
            // Restored one after another: the completions are in increasing order.
            ScheduleSummary summary;
            for (int j = 0; j < count; ++j)
                summary.customerHours += std::min(done[j], settings.horizonHours);
            summary.lastRestored = done[count - 1];
            const int k = m_context.committedJobs[size_t(count)];
            summary.committedTarget = done[k - 1];
            const double customerHours = summary.customerHours * input.customersPerOutage;
            const double cost = customerHours * settings.costPerCustomerHour;
            const qint32 perOutage =
                qint32(std::llround(input.customersPerOutage * SystemAccumulator::HourScale));
            system->customerHours[size_t(s)] += SystemAccumulator::fixed(customerHours);
            system->cost[size_t(s)] += SystemAccumulator::fixed(cost);
            system->lastRestored[size_t(s)] =
                std::max(system->lastRestored[size_t(s)], summary.lastRestored);
            system->customersOut[size_t(s)] += qint64(count) * perOutage;
            system->addRestored(s, done, count, perOutage);
            tallies[u].add(s, summary, done[k - 1], customerHours, cost);
        });
    });
    std::vector<TerritoryPlan> plans;
    for (size_t u = 0; u < m_unserved.size(); ++u) {
        const qsizetype t = m_unserved[u];
        plans.push_back(tallies[u].finish(m_context.inputs->territories[size_t(t)],
                                          m_context.meanOutages(t), settings));
        // Without any crew in the plan nobody moves: the territory is never restored.
        plans.back().crewsMovedIn = plans.back().etrAll.p90.value < Never;
    }
    return plans;
}

std::vector<std::vector<double>> CrewHelp::completions(HelpPool &pool, qsizetype territory)
{
    const int simulations = m_context.settings.simulations;
    std::vector<std::vector<double>> result(static_cast<size_t>(simulations));
    for (int s = 0; s < simulations; ++s) {
        restore(s, pool.ready(s), [&](size_t u, const double *done, int count) {
            if (m_unserved[u] == territory)
                result[size_t(s)].assign(done, done + count);
        });
    }
    return result;
}

} // namespace stormcrew::crews
