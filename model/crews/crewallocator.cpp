#include "crewallocator.h"

#include "crewslogging.h"
#include "parallelfor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

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

// Hours of work a crew arriving at `from` can do by `until` on the shift clock.
double workHoursBetween(double from, double until, const ShiftPattern &shift)
{
    if (until <= from)
        return 0;
    if (shift.restHours <= 0)
        return until - from;
    const double period = shift.workHours + shift.restHours;
    double hours = 0;
    for (double day = std::floor(from / period); day * period < until; day += 1) {
        const double start = std::max(from, day * period);
        const double end = std::min(until, day * period + shift.workHours);
        hours += std::max(0.0, end - start);
    }
    return hours;
}

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
    Allocation fresh;
    fresh.crews.assign(territories, std::vector<int>(classes, 0));
    for (const CrewClass &c : m_context.classes)
        fresh.remaining.push_back(c.capacity);

    Allocation allocation = fresh;
    // Each territory's simulated storms under its current mix, kept from step to step.
    std::vector<TerritoryState> states(territories);
    StepTimer timer;
    const std::vector<qsizetype> unmet = meetTargets(allocation, states);
    qCDebug(lcCrews).noquote() << "targets met in" << timer.lap() << "," << unmet.size()
                               << "territories not";
    if (!unmet.empty()) {
        // The target cannot be met everywhere: cost goes first (docs/crews.md, "Allocation").
        const int shortOfCrews = this->shortOfCrews(unmet, allocation);
        allocation = std::move(fresh);
        allocation.costFirst = true;
        allocation.shortOfCrews = shortOfCrews;
        states.assign(territories, TerritoryState{});
    }
    for (size_t k = 0; k < classes; ++k) {
        allocateClass(allocation, k, states);
        qCDebug(lcCrews).noquote() << "source" << k << "allocated in" << timer.lap();
    }
    if (allocation.costFirst) {
        // The crews the greedy left are not worth their price: they meet the target where
        // they can, on top of the greedy's mix.
        (void)meetTargets(allocation, states);
        qCDebug(lcCrews).noquote() << "targets met with the crews left in" << timer.lap();
    }
    return allocation;
}

int CrewAllocator::targetLowerBound(const TerritorySimulator &simulator,
                                    const std::vector<int> &base, size_t klass) const
{
    // The first targetShare of the jobs in dispatch order must fit into the work-hours the
    // crews have between their arrival and the target: a necessary condition, per simulation.
    const PlanSettings &settings = m_context.settings;
    const ShiftPattern &shift = m_context.inputs->shift;
    const double travel = m_context.inputs->territories[size_t(simulator.territory())].travelHours;
    auto hoursOf = [&](size_t k) {
        return workHoursBetween(m_context.classes[k].arrivalHours + travel, settings.targetHours,
                                shift);
    };
    const double each = hoursOf(klass);
    if (each <= 0)
        return 0;
    // Storms without outages need no crew: the bound of the storm at the risk level's rank
    // among the others, the bound being non-decreasing in the committed work (prepare()).
    const float work = m_context.committedAtRisk[size_t(simulator.territory())];
    if (work < 0)
        return 0;
    // The crews already there do some of it.
    double done = 0;
    for (size_t k = 0; k < base.size(); ++k) {
        if (base[k] > 0)
            done += base[k] * hoursOf(k);
    }
    // Less a millionth: the sum is kept in float, and a bound must not overshoot. At most the
    // largest int (a bound beyond any territory's outages is as good as that).
    const double bound = std::ceil((double(work) * (1 - 1e-6) - done) / each);
    return int(std::clamp(bound, 0.0, double(std::numeric_limits<int>::max())));
}

int CrewAllocator::searchTarget(TerritorySimulator &simulator, TerritoryState &state,
                                const std::vector<int> &base, size_t klass, int most) const
{
    const int needed = storms();
    // A crew for every outage of the worst storm, the crews there counted: more cannot help.
    const int cap = std::max(0, simulator.maxOutages() - total(base));
    // More crews than the source has left cannot be given: the search goes no further.
    const int limit = std::min(cap, most);
    const int missed = limit == cap ? -1 : MoreThanLeft; // no mix up to limit meets the target
    std::vector<int> crews = base;
    auto with = [&](int count) -> const std::vector<int> & {
        crews[klass] = base[klass] + count;
        return crews;
    };
    const int start = std::min(cap, targetLowerBound(simulator, base, klass));
    if (start > limit)
        return MoreThanLeft; // the bound alone is more than the crews left
    if (start >= 8) {
        // A territory that needs many crews may be out of reach for this source altogether
        // (a big storm leaves most of them so for crews that come late): a crew for every
        // outage is the cheapest mix to simulate (each job its own crew), so try it first.
        // Then the crews left: a big storm's territories often need more.
        if (!simulator.meets(with(cap), needed))
            return -1;
        if (limit < cap && !simulator.meets(with(limit), needed))
            return MoreThanLeft;
    }
    simulator.begin(state, with(start));
    int added = start;
    // Most territories meet the target within a crew or two of the bound: one at a time, each
    // re-running only the storms the new crew can change.
    while (simulator.current(state).targetMet < needed && added < limit) {
        if (added - start == 4)
            return searchFurther(simulator, state, base, klass, added, limit, cap);
        simulator.add(state, klass);
        ++added;
    }
    return simulator.current(state).targetMet >= needed ? added : missed;
}

int CrewAllocator::searchFurther(TerritorySimulator &simulator, TerritoryState &state,
                                 const std::vector<int> &base, size_t klass, int missed, int limit,
                                 int cap) const
{
    // A long way up (a territory that needs dozens of crews): first make sure this source can
    // make it at all, then double the step until a mix meets the target and halve the gap back
    // down: about 2 log2(gap) mixes instead of one per crew. The count of storms that meet the
    // target never falls with more crews (every committed ETR is non-increasing in the crews,
    // docs/crews.md, a law the tests check), so this finds the same fewest crews as climbing.
    const int needed = storms();
    std::vector<int> crews = base;
    TerritoryState probe;
    // Simulates the mix with `count` crews more; one that meets the target becomes `state`.
    auto meets = [&](int count) {
        crews[klass] = base[klass] + count;
        if (!simulator.beginIfMet(probe, crews, needed))
            return false;
        std::swap(state, probe);
        return true;
    };
    if (!meets(limit))
        return limit == cap ? -1 : MoreThanLeft;
    int low = missed; // misses the target
    int high = limit; // meets it
    for (int step = 4; low + step < high; step *= 2) {
        if (meets(low + step)) {
            high = low + step;
            break;
        }
        low += step;
    }
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        (meets(middle) ? high : low) = middle;
    }
    return high; // state holds the last mix that met the target: high's
}

std::vector<qsizetype> CrewAllocator::meetTargets(Allocation &allocation,
                                                  std::vector<TerritoryState> &states) const
{
    const size_t territories = allocation.crews.size();
    // Territories most customers out first: they get crews first when a source runs short.
    std::vector<qsizetype> pending;
    for (const qsizetype t : m_context.byCustomersOut()) {
        if (m_context.maxOutages(t) > 0)
            pending.push_back(t);
    }
    // The last search of each territory: crews of a source starting then, and how many. Crews
    // that arrive later restore every outage no sooner (all of a source's crews start together,
    // so each completes its jobs later by as much), so a territory out of reach with a crew
    // for every outage of an earlier source is out of reach for every later one.
    struct Search {
        double arrival = -1;
        size_t klass = 0;
        int need = -1;
    };
    std::vector<Search> searched(territories);
    std::vector<TerritorySimulator> workers(static_cast<size_t>(workerCount()),
                                            TerritorySimulator(m_context));
    for (size_t k = 0; k < m_context.classes.size() && !pending.empty(); ++k) {
        if (allocation.remaining[k] <= 0)
            continue;
        const double arrival = m_context.classes[k].arrivalHours;
        std::vector<qsizetype> left;
        // In priority order, a chunk at a time: once the source is used up, the territories
        // after it need not be searched for this source at all. The first chunk is small (a
        // big storm's first few territories can take every crew of a source); the next ones
        // hold about as many territories as the crews left would serve at the crews per
        // territory so far, at most 256.
        size_t chunk = 16;
        int given = 0;
        size_t served = 0;
        size_t done = 0;
        for (size_t end = 0; done < pending.size() && allocation.remaining[k] > 0; done = end) {
            if (served > 0) {
                const double each = std::max(1.0, double(given) / double(served));
                chunk = size_t(std::clamp(double(allocation.remaining[k]) / each + 1, 16.0, 256.0));
            }
            // Territories that need dozens of crews each (a big storm's) use a source up in a
            // few of them: the chunk ends where its territories' lower bounds alone add up to
            // the crews left, so that few are searched in vain (a territory per thread at
            // least). The bench's territories need about one crew: their chunks stay as they are.
            size_t size = 0;
            for (qint64 bounds = 0; size < chunk && done + size < pending.size() &&
                                    (bounds < allocation.remaining[k] || size < workers.size());
                 ++size) {
                TerritorySimulator &probe = workers.front();
                probe.load(pending[done + size]);
                bounds += std::max(
                    1, targetLowerBound(probe, allocation.crews[size_t(pending[done + size])], k));
            }
            end = done + size;
            parallelFor(
                qsizetype(end - done), workers, [&](TerritorySimulator &simulator, qsizetype i) {
                    const qsizetype t = pending[done + size_t(i)];
                    Search &search = searched[size_t(t)];
                    TerritoryState &state = states[size_t(t)];
                    const std::vector<int> &base = allocation.crews[size_t(t)];
                    if (search.arrival == arrival && search.need != MoreThanLeft &&
                        base[search.klass] == 0) {
                        // A source whose crews start at the same time: same answer
                        // (the crews found are all that state has of search.klass).
                        if (search.need >= 0)
                            TerritorySimulator::relabel(state, search.klass, k);
                        search.klass = k;
                        return;
                    }
                    if (search.need < 0 && search.arrival >= 0 && search.arrival < arrival)
                        return; // out of reach for crews that came sooner: for these too
                    simulator.load(t);
                    // The crews left only fall during the chunk.
                    search = {arrival, k,
                              searchTarget(simulator, state, base, k, allocation.remaining[k])};
                });
            for (size_t i = done; i < end; ++i) {
                const qsizetype t = pending[i];
                const int n = searched[size_t(t)].need;
                if (n >= 0 && n <= allocation.remaining[k]) {
                    allocation.crews[size_t(t)][k] += n;
                    allocation.remaining[k] -= n;
                    given += n;
                    ++served;
                } else {
                    left.push_back(t);
                }
            }
        }
        left.insert(left.end(), pending.begin() + std::ptrdiff_t(std::min(done, pending.size())),
                    pending.end());
        pending = std::move(left);
    }
    // Left: out of reach with what can arrive, or the sources ran short.
    return pending;
}

int CrewAllocator::storms() const
{
    return jobsForShare(riskProbability(m_context.settings.risk), m_context.settings.simulations);
}

int CrewAllocator::shortOfCrews(const std::vector<qsizetype> &unmet,
                                const Allocation &allocation) const
{
    // Short: a crew for every outage from the source that arrives first would meet the target
    // (crews arriving no sooner are no help when even that cannot).
    std::optional<size_t> first;
    for (size_t k = 0; k < m_context.classes.size(); ++k) {
        if (m_context.classes[k].capacity > 0 &&
            (!first || m_context.classes[k].arrivalHours < m_context.classes[*first].arrivalHours))
            first = k;
    }
    if (!first)
        return 0;
    const int needed = storms();
    std::vector<TerritorySimulator> workers(static_cast<size_t>(workerCount()),
                                            TerritorySimulator(m_context));
    std::vector<char> isShort(unmet.size(), 0);
    parallelFor(qsizetype(unmet.size()), workers, [&](TerritorySimulator &simulator, qsizetype i) {
        const qsizetype t = unmet[size_t(i)];
        simulator.load(t);
        std::vector<int> crews = allocation.crews[size_t(t)];
        crews[*first] += std::max(0, simulator.maxOutages() - total(crews));
        isShort[size_t(i)] = simulator.meets(crews, needed) ? 1 : 0;
    });
    return int(std::count(isShort.begin(), isShort.end(), 1));
}

void CrewAllocator::allocateClass(Allocation &allocation, size_t klass,
                                  std::vector<TerritoryState> &states) const
{
    const int budget = allocation.remaining[klass];
    if (budget <= 0)
        return;
    const qsizetype territories = qsizetype(allocation.crews.size());
    struct Curve {
        std::vector<double> gains;
        bool complete = false;
    };
    std::vector<Curve> curves(static_cast<size_t>(territories));
    std::vector<qsizetype> extend;
    for (qsizetype t = 0; t < territories; ++t) {
        if (m_context.maxOutages(t) > total(allocation.crews[size_t(t)]))
            extend.push_back(t);
    }
    if (extend.empty())
        return;
    // Gains are computed a few crews at a time: only territories whose every computed gain
    // made the cut need more (the merge below is the same as one over complete curves). A
    // round gives each territory half its share of the crews: a big storm's territories get
    // from one crew to dozens, and gains computed beyond what a territory gets are wasted (at
    // twice its share, 43 % of the adds of the demo's 8,100-outage storm were).
    const int steps = std::max(2, int(std::ceil(0.5 * budget / double(extend.size()))));
    // A territory that gets none of this source's crews goes to the next source at the mix it
    // had, which the crews tried here moved its kept state away from: with a later source to
    // allocate, each territory's state is copied before its first try and put back after, so
    // that the next source need not simulate it afresh.
    bool later = false;
    for (size_t k = klass + 1; k < allocation.remaining.size(); ++k)
        later = later || allocation.remaining[k] > 0;
    std::vector<std::optional<TerritoryState>> before(later ? size_t(territories) : 0);
    std::vector<TerritorySimulator> workers(static_cast<size_t>(workerCount()),
                                            TerritorySimulator(m_context));
    std::vector<Gain> chosen;
    for (;;) {
        // A territory's next gains, a crew at a time; with a team, each crew's storms are split
        // between the threads.
        auto grow = [&](TerritorySimulator &simulator, qsizetype t,
                        std::vector<TerritorySimulator> *team) {
            Curve &curve = curves[size_t(t)];
            TerritoryState &state = states[size_t(t)];
            std::vector<int> crews = allocation.crews[size_t(t)];
            crews[klass] += int(curve.gains.size());
            simulator.load(t);
            // The kept state is where the last step left it, unless a source ran short or
            // the greedy took fewer crews than it tried.
            if (!state.ready || state.crews != crews)
                simulator.begin(state, crews);
            if (later && !before[size_t(t)])
                before[size_t(t)] = state; // at the allocation's mix: nothing tried yet
            double previous = simulator.current(state).cost;
            std::optional<double> floor;
            const double price =
                m_context.classes[klass].costPerCrewDay * m_context.classes[klass].minDays;
            for (int step = 0; step < steps; ++step) {
                if (total(state.crews) >= simulator.maxOutages() ||
                    int(curve.gains.size()) >= budget) {
                    curve.complete = true;
                    break;
                }
                // Most territories of a big storm are not worth one more crew from a pool
                // that charges minimum days: a bound says so without running their storms
                // (the same end as a simulated gain at or below 0). The margin covers the
                // float sums, a few parts in 10^8.
                if (!floor)
                    floor = simulator.hoursFloor(state, klass);
                if (simulator.mostSaved(state, klass, *floor) < -1e-6 * (previous + price)) {
                    curve.complete = true;
                    break;
                }
                if (team)
                    simulator.addSplit(state, klass, *team);
                else
                    simulator.add(state, klass);
                const double cost = simulator.current(state).cost;
                const double gain = previous - cost;
                previous = cost;
                // The first crew not worth its price ends the curve: under diminishing
                // returns no later one is (docs/crews.md).
                if (!(gain > 0)) {
                    curve.complete = true;
                    break;
                }
                curve.gains.push_back(gain);
            }
        };
        // A territory with more jobs than all the others of the round together (one that needs
        // dozens of crews, in a round where few territories are left) would keep one thread
        // busy while the others wait: it goes first, on every thread. The rest go a territory
        // per thread. Either way the gains are the same.
        qint64 jobs = 0;
        qsizetype heavy = -1;
        for (const qsizetype t : extend) {
            jobs += m_context.jobCount(t);
            if (heavy < 0 || m_context.jobCount(t) > m_context.jobCount(heavy))
                heavy = t;
        }
        std::vector<qsizetype> shared = extend;
        if (workers.size() > 1 && 2 * m_context.jobCount(heavy) > jobs) {
            grow(workers.front(), heavy, &workers);
            shared.erase(std::find(shared.begin(), shared.end(), heavy));
        }
        parallelFor(qsizetype(shared.size()), workers,
                    [&](TerritorySimulator &simulator, qsizetype i) {
                        grow(simulator, shared[size_t(i)], nullptr);
                    });
        std::vector<Gain> all;
        std::vector<int> computed(static_cast<size_t>(territories), 0);
        int repairs = 0;
        for (qsizetype t = 0; t < territories; ++t) {
            std::vector<double> gains = curves[size_t(t)].gains;
            repairs += enforceDiminishingReturns(gains);
            computed[size_t(t)] = int(gains.size());
            for (size_t i = 0; i < gains.size(); ++i)
                all.push_back({gains[i], t, int(i) + 1});
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
        all.resize(take);
        std::vector<int> selected(static_cast<size_t>(territories), 0);
        for (const Gain &g : all)
            ++selected[size_t(g.territory)];
        extend.clear();
        for (qsizetype t = 0; t < territories; ++t) {
            if (!curves[size_t(t)].complete && computed[size_t(t)] > 0 &&
                selected[size_t(t)] == computed[size_t(t)])
                extend.push_back(t);
        }
        qCDebug(lcCrews) << "source" << klass << "round:" << steps << "steps," << extend.size()
                         << "territories to extend";
        if (extend.empty()) {
            allocation.convexityRepairs += repairs;
            chosen = std::move(all);
            break;
        }
    }
    std::vector<int> taken(static_cast<size_t>(territories), 0);
    for (const Gain &g : chosen) {
        ++allocation.crews[size_t(g.territory)][klass];
        ++taken[size_t(g.territory)];
    }
    allocation.remaining[klass] -= int(chosen.size());
    for (size_t t = 0; t < before.size(); ++t) {
        if (before[t] && taken[t] == 0) {
            states[t] = std::move(*before[t]);
            TerritorySimulator::recount(states[t]);
        }
    }
}

} // namespace stormcrew::crews
