#include "territorysimulator.h"

#include "crewhelp.h"
#include "parallelfor.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stormcrew::crews {

SystemAccumulator::SystemAccumulator(int simulations_, int hours_)
    : hours(hours_)
    , customerHours(size_t(simulations_))
    , cost(size_t(simulations_))
    , crewCost(size_t(simulations_))
    , lastRestored(size_t(simulations_))
    , customersOut(size_t(simulations_))
    , simulations(simulations_)
    , restoredByHour(size_t(simulations_) * size_t(hours_))
{}

void SystemAccumulator::merge(const SystemAccumulator &other)
{
    for (size_t s = 0; s < customerHours.size(); ++s) {
        customerHours[s] += other.customerHours[s];
        cost[s] += other.cost[s];
        crewCost[s] += other.crewCost[s];
        lastRestored[s] = std::max(lastRestored[s], other.lastRestored[s]);
        customersOut[s] += other.customersOut[s];
    }
    for (size_t i = 0; i < restoredByHour.size(); ++i)
        restoredByHour[i] += other.restoredByHour[i];
    paidEveryStorm += other.paidEveryStorm;
}

void SystemAccumulator::settle()
{
    for (size_t s = 0; s < cost.size(); ++s) {
        cost[s] += paidEveryStorm;
        crewCost[s] += paidEveryStorm;
    }
    paidEveryStorm = 0;
}

std::vector<double> SystemAccumulator::real(const std::vector<qint64> &sums)
{
    std::vector<double> values(sums.size());
    for (size_t i = 0; i < sums.size(); ++i)
        values[i] = double(sums[i]) / Scale;
    return values;
}

TerritorySimulator::TerritorySimulator(const SimulationContext &context) : m_context(context)
{}

void TerritorySimulator::load(qsizetype territory)
{
    m_territory = territory;
    m_work = m_context.workOf(territory);
    m_offset = m_context.offsetsOf(territory);
    m_maxOutages = m_context.maxOutages(territory);
    m_busy = m_context.busyOf(territory);
    m_busyCount = m_context.busyCount(territory);
    if (m_completions.size() < size_t(m_maxOutages))
        m_completions.resize(size_t(m_maxOutages));
}

double TerritorySimulator::meanOutages() const
{
    return m_context.meanOutages(m_territory);
}

// Inlined into its callers: most storms have one or two outages, and the call cost as much.
[[gnu::always_inline]] inline ScheduleSummary
TerritorySimulator::run(int simulation, const std::vector<double> &starts, double *completions)
{
    const JobList list = jobs(simulation);
    const int crews = std::min(int(starts.size()), list.count);
    if (crews == 0) {
        ScheduleSummary never;
        if (list.count > 0) {
            never = {list.count * m_context.settings.horizonHours, Never, Never};
            if (completions)
                std::fill(completions, completions + list.count, Never);
        }
        return never;
    }
    if (crews == 1) {
        m_free[0] = starts[0];
        return scheduleOneCrew(list, m_free[0], m_context.clock, m_context.settings.horizonHours,
                               completions);
    }
    std::copy_n(starts.begin(), crews, m_free.begin());
    return scheduleOnWorkClock(list, m_free.data(), crews, starts[0] == starts[size_t(crews - 1)],
                               m_context.clock, m_context.settings.horizonHours, completions);
}

double TerritorySimulator::startOf(size_t source) const
{
    const double travel = m_context.inputs->territories[size_t(m_territory)].travelHours;
    return m_context.clock.work(m_context.classes[source].arrivalHours + travel);
}

void TerritorySimulator::fillStarts(const std::vector<int> &crews,
                                    std::vector<double> &starts) const
{
    starts.clear();
    for (size_t k = 0; k < crews.size(); ++k)
        starts.insert(starts.end(), size_t(crews[k]), startOf(k));
    std::sort(starts.begin(), starts.end());
}

void TerritorySimulator::keepDays(TerritoryState &state, size_t source) const
{
    if (state.daysKept[source])
        return;
    // Storms without outages are restored at hour 0.
    const int quiet = m_context.settings.simulations - m_busyCount;
    double days = quiet * crewDays(source, 0);
    for (const float last : state.last)
        days += crewDays(source, double(last));
    state.days[source] = days;
    state.daysKept[source] = 1;
}

void TerritorySimulator::begin(TerritoryState &state, const std::vector<int> &crews)
{
    (void)beginUpTo(state, crews, std::numeric_limits<int>::max());
}

bool TerritorySimulator::beginIfMet(TerritoryState &state, const std::vector<int> &crews,
                                    int needed)
{
    // The storms without outages meet the target; among the others, this many may miss.
    const int quiet = m_context.settings.simulations - m_busyCount;
    return beginUpTo(state, crews, needed <= quiet ? m_busyCount : m_busyCount - (needed - quiet));
}

bool TerritorySimulator::meets(const std::vector<int> &crews, int needed)
{
    return beginIfMet(m_scratch, crews, needed);
}

bool TerritorySimulator::beginUpTo(TerritoryState &state, const std::vector<int> &crews, int misses)
{
    state.crews = crews;
    fillStarts(crews, state.starts);
    if (m_free.size() < state.starts.size())
        m_free.resize(state.starts.size());
    const size_t storms = size_t(m_busyCount);
    state.hours.resize(storms);
    state.last.resize(storms);
    state.met.resize(storms);
    state.days.assign(m_context.classes.size(), 0.0);
    state.daysKept.assign(m_context.classes.size(), 0);
    state.hoursSum = 0;
    state.metCount = 0;
    const double targetHours = m_context.settings.targetHours;
    // Locals, summed in the same order: the compiler keeps them in registers.
    float *hoursOf = state.hours.data();
    float *lastOf = state.last.data();
    TerritoryState::Met *metOf = state.met.data();
    double hoursSum = 0;
    int metCount = 0;
    for (size_t r = 0; r < storms; ++r) {
        const ScheduleSummary summary = run(m_busy[r], state.starts);
        const float hours = float(summary.customerHours);
        const bool met = summary.committedTarget <= targetHours;
        hoursOf[r] = hours;
        lastOf[r] = float(summary.lastRestored);
        metOf[r] = TerritoryState::Met(met);
        hoursSum += double(hours);
        metCount += met;
        // The hardest storms come first: a mix that misses the target misses it early.
        if (int(r) + 1 - metCount > misses) {
            state.ready = false;
            return false;
        }
    }
    state.hoursSum = hoursSum;
    state.metCount = metCount;
    state.ready = true;
    return true;
}

int TerritorySimulator::placeCrew(TerritoryState &state, size_t source)
{
    const double start = startOf(source);
    const auto at = std::upper_bound(state.starts.begin(), state.starts.end(), start);
    const int position = int(at - state.starts.begin());
    state.starts.insert(at, start);
    if (m_free.size() < state.starts.size())
        m_free.resize(state.starts.size());
    ++state.crews[source];
    keepDays(state, source);
    return position;
}

[[gnu::always_inline]] inline void TerritorySimulator::keep(TerritoryState &state, int r,
                                                            const ScheduleSummary &summary,
                                                            double &hoursSum, int &metCount) const
{
    const float hours = float(summary.customerHours);
    const bool met = summary.committedTarget <= m_context.settings.targetHours;
    const float last = float(summary.lastRestored);
    const float before = state.last[size_t(r)];
    hoursSum += double(hours) - double(state.hours[size_t(r)]);
    metCount += int(met) - int(state.met[size_t(r)]);
    if (last != before) {
        for (size_t k = 0; k < state.days.size(); ++k) {
            if (state.daysKept[k])
                state.days[k] += crewDays(k, double(last)) - crewDays(k, double(before));
        }
    }
    state.hours[size_t(r)] = hours;
    state.last[size_t(r)] = last;
    state.met[size_t(r)] = TerritoryState::Met(met);
}

void TerritorySimulator::add(TerritoryState &state, size_t source)
{
    const int position = placeCrew(state, source);
    // Only storms with more outages than crews starting no later than the new one change.
    double hoursSum = state.hoursSum; // in registers, summed in the same order
    int metCount = state.metCount;
    for (int r = 0; r < m_busyCount; ++r) {
        const int s = m_busy[r];
        if (outagesIn(s) <= position)
            break;
        keep(state, r, run(s, state.starts), hoursSum, metCount);
    }
    state.hoursSum = hoursSum;
    state.metCount = metCount;
}

void TerritorySimulator::addSplit(TerritoryState &state, size_t source,
                                  std::vector<TerritorySimulator> &team)
{
    const int position = placeCrew(state, source);
    int changed = 0; // the storms add() would re-run: a prefix of the busy order
    while (changed < m_busyCount && outagesIn(m_busy[changed]) > position)
        ++changed;
    m_split.resize(size_t(changed));
    constexpr int Chunk = 32;
    parallelFor((changed + Chunk - 1) / Chunk, team, [&](TerritorySimulator &member, qsizetype c) {
        if (member.m_territory != m_territory)
            member.load(m_territory);
        if (member.m_free.size() < state.starts.size())
            member.m_free.resize(state.starts.size());
        const int end = std::min(changed, int(c + 1) * Chunk);
        for (int r = int(c) * Chunk; r < end; ++r)
            m_split[size_t(r)] = member.run(m_busy[r], state.starts);
    });
    double hoursSum = state.hoursSum;
    int metCount = state.metCount;
    for (int r = 0; r < changed; ++r)
        keep(state, r, m_split[size_t(r)], hoursSum, metCount);
    state.hoursSum = hoursSum;
    state.metCount = metCount;
}

void TerritorySimulator::recount(TerritoryState &state)
{
    double hoursSum = 0;
    int metCount = 0;
    for (size_t r = 0; r < state.hours.size(); ++r) {
        hoursSum += double(state.hours[r]);
        metCount += int(state.met[r]);
    }
    state.hoursSum = hoursSum;
    state.metCount = metCount;
    std::fill(state.days.begin(), state.days.end(), 0.0);
    std::fill(state.daysKept.begin(), state.daysKept.end(), 0);
}

void TerritorySimulator::relabel(TerritoryState &state, size_t from, size_t to)
{
    state.crews[to] += state.crews[from];
    state.crews[from] = 0;
}

Evaluation TerritorySimulator::current(TerritoryState &state)
{
    const PlanSettings &settings = m_context.settings;
    const double n = settings.simulations;
    Evaluation result;
    result.customerHours =
        state.hoursSum * m_context.inputs->territories[size_t(m_territory)].customersPerOutage / n;
    for (size_t k = 0; k < state.crews.size(); ++k) {
        if (state.crews[k] > 0) {
            keepDays(state, k);
            result.crewCost +=
                state.crews[k] * m_context.classes[k].costPerCrewDay * state.days[k] / n;
        }
    }
    result.cost = result.customerHours * settings.costPerCustomerHour + result.crewCost;
    result.targetMet = state.metCount + (settings.simulations - m_busyCount);
    return result;
}

double TerritorySimulator::hoursFloor(const TerritoryState &state, size_t source) const
{
    // Whatever crew does a job, it starts no sooner than the first crew can, and ends no
    // sooner than its own work after that: hours() only adds rest to the work clock, so the
    // job is out at least hours(start) + work. Per storm, sum_j min(a_j, H) >= min(sum_j a_j,
    // H) (every a_j >= 0), and a storm's jobs' work is its total.
    const double start =
        state.starts.empty() ? startOf(source) : std::min(state.starts.front(), startOf(source));
    const double first = m_context.clock.hours(start);
    const double horizon = m_context.settings.horizonHours;
    const float *totals = m_context.totalsOf(m_territory);
    double floor = 0;
    for (int r = 0; r < m_busyCount; ++r)
        floor += std::min(outagesIn(m_busy[r]) * first + double(totals[r]), horizon);
    return floor;
}

double TerritorySimulator::mostSaved(TerritoryState &state, size_t source, double floor)
{
    // Customer-hours fall at most to the floor; every crew is paid at least its minimum days
    // in every storm, those already here and the new one.
    const PlanSettings &settings = m_context.settings;
    const double n = settings.simulations;
    const double perHour = m_context.inputs->territories[size_t(m_territory)].customersPerOutage *
                           settings.costPerCustomerHour;
    double saved = std::max(0.0, state.hoursSum - floor) * perHour / n;
    for (size_t k = 0; k < state.crews.size(); ++k) {
        if (state.crews[k] > 0) {
            keepDays(state, k);
            const CrewClass &c = m_context.classes[k];
            saved +=
                state.crews[k] * c.costPerCrewDay * std::max(0.0, state.days[k] / n - c.minDays);
        }
    }
    const CrewClass &added = m_context.classes[source];
    return saved - added.costPerCrewDay * added.minDays;
}

TerritoryTally::TerritoryTally(int simulations)
    : last(size_t(simulations), 0.0)
    , target(size_t(simulations), 0.0)
    , committed(size_t(simulations), 0.0)
    , hours(size_t(simulations), 0.0)
    , costs(size_t(simulations), 0.0)
{}

void TerritoryTally::add(int simulation, const ScheduleSummary &summary, double targetTime,
                         double customerHours, double cost)
{
    const size_t s = size_t(simulation);
    last[s] = summary.lastRestored;
    committed[s] = summary.committedTarget;
    target[s] = targetTime;
    hours[s] = customerHours;
    costs[s] = cost;
    m_alike &= targetTime == summary.lastRestored && summary.committedTarget == targetTime;
}

void TerritoryTally::restart(int simulations, int busy, double quietCost)
{
    last.resize(size_t(busy));
    target.resize(size_t(busy));
    committed.resize(size_t(busy));
    m_appended = 0;
    m_alike = true;
    hours.assign(size_t(simulations), 0.0);
    costs.assign(size_t(simulations), quietCost);
}

TerritoryPlan TerritoryTally::finish(const TerritoryCrewInput &input, double meanOutages,
                                     const PlanSettings &settings) const
{
    const int simulations = settings.simulations;
    TerritoryPlan plan;
    plan.territoryId = input.id;
    plan.code = input.code;
    plan.meanOutages = meanOutages;
    plan.meanCustomersOut = meanOutages * input.customersPerOutage;
    // The storms not listed give 0 everywhere: counted, not selected among (a listed 0 is
    // selected as the 0 it is: the same spreads).
    const qsizetype zeros = simulations - qsizetype(committed.size());
    int met = int(zeros);
    for (const double c : committed)
        met += c <= settings.targetHours ? 1 : 0;
    const double p = double(met) / simulations;
    plan.targetProbability = {p, std::sqrt(p * (1 - p) / simulations)};
    plan.targetMet = met >= jobsForShare(riskProbability(settings.risk), simulations);
    if (m_alike) {
        plan.etrAll =
            spreadWithZeros(last, zeros, riskProbability(settings.risk), plan.committedTargetHours);
        plan.etrTarget = plan.etrAll;
    } else {
        plan.committedTargetHours =
            quantileWithZeros(committed, zeros, riskProbability(settings.risk));
        plan.etrAll = spreadWithZeros(last, zeros);
        plan.etrTarget = spreadWithZeros(target, zeros);
    }
    std::tie(plan.customerHours, plan.cost) = meansOf(hours, costs);
    return plan;
}

TerritoryPlan TerritorySimulator::outcome(const std::vector<int> &crews, SystemAccumulator *system,
                                          HelpPool *helpers)
{
    fillStarts(crews, m_starts);
    if (m_free.size() < m_starts.size())
        m_free.resize(m_starts.size());
    const PlanSettings &settings = m_context.settings;
    const TerritoryCrewInput &input = m_context.inputs->territories[size_t(m_territory)];
    const int simulations = settings.simulations;
    // What the crews cost for a storm restored at lastRestored: crews x price x paid days over
    // the sources that send crews, the crews times the price multiplied out once.
    struct Paid {
        double perDay;
        size_t source;
    };
    std::vector<Paid> paid;
    for (size_t k = 0; k < crews.size(); ++k) {
        if (crews[k] > 0)
            paid.push_back({crews[k] * m_context.classes[k].costPerCrewDay, k});
    }
    auto costOfCrews = [&](double lastRestored) {
        double cost = 0;
        for (const Paid &p : paid)
            cost += p.perDay * crewDays(p.source, lastRestored);
        return cost;
    };
    const double quietCost = costOfCrews(0);
    const qint64 quietFixed = SystemAccumulator::fixed(quietCost);
    TerritoryTally &tally = m_tally;
    tally.restart(simulations, m_busyCount, quietCost);
    if (system)
        system->paidEveryStorm += quietFixed;
    const qint32 perOutage =
        qint32(std::llround(input.customersPerOutage * SystemAccumulator::HourScale));
    // Crews move on when they could start their next job: worked ones after their last job,
    // idle ones at their start (one non-decreasing function of the work clock for all).
    auto offer = [&](int s, int worked) {
        const WorkClock &clock = m_context.clock;
        for (size_t c = 0; c < m_starts.size(); ++c) {
            const double free = c < size_t(worked) ? m_free[c] : m_starts[c];
            m_released[c] = clock.ready(free);
        }
        helpers->offer(s, m_released.data(), int(m_starts.size()), input.travelHours);
    };
    if (helpers) {
        m_released.resize(m_starts.size());
        for (int s = 0; s < simulations; ++s) {
            if (outagesIn(s) == 0)
                offer(s, 0); // no outages: every crew free at its start
        }
    }
    // Only the storms with outages, most outages first (as the allocation visits them): the
    // others are counted above, and the scheduler's loops run the same length storm after
    // storm instead of a length picked at random. Every sum over storms below is per storm
    // or in fixed point, and the spreads are selections: the order changes nothing.
    for (int r = 0; r < m_busyCount; ++r) {
        const int s = m_busy[r];
        const JobList list = jobs(s);
        const ScheduleSummary summary = run(s, m_starts, m_completions.data());
        const double customerHours = summary.customerHours * input.customersPerOutage;
        const double crew = costOfCrews(summary.lastRestored);
        const double cost = customerHours * settings.costPerCustomerHour + crew;
        if (system) {
            system->customerHours[size_t(s)] += SystemAccumulator::fixed(customerHours);
            system->cost[size_t(s)] += SystemAccumulator::fixed(cost) - quietFixed;
            system->crewCost[size_t(s)] += SystemAccumulator::fixed(crew) - quietFixed;
            system->lastRestored[size_t(s)] =
                std::max(system->lastRestored[size_t(s)], summary.lastRestored);
            system->customersOut[size_t(s)] += qint64(list.count) * perOutage;
            system->addRestored(s, m_completions.data(), list.count, perOutage);
        }
        if (helpers)
            offer(s, std::min(int(m_starts.size()), list.count));
        // One crew restores the outages in order: the k-th completion is the k-th smallest.
        const int k = list.committedJobs;
        const double target = k == list.count ? summary.lastRestored
                              : m_starts.size() == 1
                                  ? m_completions[size_t(k) - 1]
                                  : timeToShareOf(m_completions.data(), list.count, k);
        tally.append(s, summary, target, customerHours, cost);
    }
    return tally.finish(input, meanOutages(), settings);
}

RestorationFan TerritorySimulator::fan(const std::vector<int> &crews)
{
    fillStarts(crews, m_starts);
    if (m_free.size() < m_starts.size())
        m_free.resize(m_starts.size());
    const PlanSettings &settings = m_context.settings;
    const int simulations = settings.simulations;
    std::vector<double> completions;
    return restorationFan(simulations, int(settings.horizonHours), [&](int s) {
        const JobList list = jobs(s);
        completions.resize(size_t(list.count));
        if (list.count > 0)
            (void)run(s, m_starts, completions.data());
        return completions;
    });
}

} // namespace stormcrew::crews
