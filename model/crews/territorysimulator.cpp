#include "territorysimulator.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::crews {

SystemAccumulator::SystemAccumulator(int simulations, int hours_)
    : hours(hours_)
    , customerHours(size_t(simulations))
    , cost(size_t(simulations))
    , crewCost(size_t(simulations))
    , lastRestored(size_t(simulations))
    , customersOut(size_t(simulations))
    , restoredByHour(size_t(simulations) * size_t(hours_))
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
}

std::vector<double> SystemAccumulator::real(const std::vector<qint64> &sums)
{
    std::vector<double> values(sums.size());
    for (size_t i = 0; i < sums.size(); ++i)
        values[i] = double(sums[i]) / Scale;
    return values;
}

TerritorySimulator::TerritorySimulator(const SimulationContext &context)
    : m_context(context)
    , m_schedule{context.inputs->shift, context.settings.targetShare, context.settings.horizonHours}
{}

void TerritorySimulator::load(qsizetype territory)
{
    m_territory = territory;
    const int simulations = m_context.settings.simulations;
    m_work = m_context.work.data();
    m_offset = m_context.offsetsOf(territory);
    m_maxOutages = m_context.maxOutages[size_t(territory)];
    if (m_completions.size() < size_t(m_maxOutages))
        m_completions.resize(size_t(m_maxOutages));
    m_committed.resize(size_t(m_maxOutages) + 1);
    for (int n = 0; n <= m_maxOutages; ++n)
        m_committed[size_t(n)] = jobsForShare(m_context.settings.targetShare, n);
    // Counting sort of the simulations by outages, most first (stable: by index within).
    std::vector<int> &order = m_busiest;
    order.resize(size_t(simulations));
    std::vector<int> start(size_t(m_maxOutages) + 2, 0);
    for (int s = 0; s < simulations; ++s)
        ++start[size_t(m_maxOutages - (m_offset[size_t(s) + 1] - m_offset[size_t(s)])) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    for (int s = 0; s < simulations; ++s)
        order[size_t(
            start[size_t(m_maxOutages - (m_offset[size_t(s) + 1] - m_offset[size_t(s)]))]++)] = s;
}

double TerritorySimulator::meanOutages() const
{
    return m_context.meanOutages[size_t(m_territory)];
}

JobList TerritorySimulator::jobs(int simulation) const
{
    const qint64 begin = m_offset[simulation];
    const int count = int(m_offset[simulation + 1] - begin);
    return {m_work + begin, nullptr, count, m_committed[size_t(count)]};
}

ScheduleSummary TerritorySimulator::run(int simulation, double *completions)
{
    const JobList list = jobs(simulation);
    const int crews = std::min(int(m_arrival.size()), list.count);
    std::copy_n(m_arrival.begin(), crews, m_free.begin());
    return scheduleJobs(list, m_free.data(), crews, m_schedule, completions);
}

int TerritorySimulator::fillCrews(const std::vector<int> &crews)
{
    const double travel = m_context.inputs->territories[size_t(m_territory)].travelHours;
    m_arrival.clear();
    for (size_t k = 0; k < crews.size(); ++k) {
        for (int i = 0; i < crews[k]; ++i)
            m_arrival.push_back(m_context.classes[k].arrivalHours + travel);
    }
    std::sort(m_arrival.begin(), m_arrival.end());
    m_free.resize(m_arrival.size());
    return int(m_arrival.size());
}

double TerritorySimulator::crewDays(size_t source, double lastRestored) const
{
    // A crew is paid from its arrival until the territory is restored, at least minDays.
    const CrewClass &c = m_context.classes[source];
    const double end = std::min(lastRestored, m_context.settings.horizonHours);
    return std::max(c.minDays, std::max(0.0, end - c.arrivalHours) / 24.0);
}

double TerritorySimulator::crewCost(const std::vector<int> &crews, double lastRestored) const
{
    double cost = 0;
    for (size_t k = 0; k < crews.size(); ++k) {
        if (crews[k] > 0)
            cost += crews[k] * m_context.classes[k].costPerCrewDay * crewDays(k, lastRestored);
    }
    return cost;
}

void TerritorySimulator::begin(const std::vector<int> &crews, size_t sweep)
{
    fillCrews(crews);
    m_crews = crews;
    const int simulations = m_context.settings.simulations;
    m_hours.resize(size_t(simulations));
    m_last.resize(size_t(simulations));
    m_met.resize(size_t(simulations));
    m_days.assign(m_context.classes.size(), 0.0);
    // Paid days only matter for sources with crews here and the one crews will be added from.
    m_tracked.clear();
    for (size_t k = 0; k < crews.size(); ++k) {
        if (crews[k] > 0 || k == sweep)
            m_tracked.push_back(k);
    }
    m_hoursSum = 0;
    m_metCount = 0;
    for (int s = 0; s < simulations; ++s) {
        const ScheduleSummary summary = run(s);
        m_hours[size_t(s)] = summary.customerHours;
        m_last[size_t(s)] = summary.lastRestored;
        m_met[size_t(s)] = summary.committedTarget <= m_context.settings.targetHours;
        m_hoursSum += summary.customerHours;
        m_metCount += m_met[size_t(s)];
        for (const size_t k : m_tracked)
            m_days[k] += crewDays(k, summary.lastRestored);
    }
}

void TerritorySimulator::add(size_t source)
{
    Q_ASSERT(std::find(m_tracked.begin(), m_tracked.end(), source) != m_tracked.end());
    const double arrival = m_context.classes[source].arrivalHours +
                           m_context.inputs->territories[size_t(m_territory)].travelHours;
    const auto at = std::upper_bound(m_arrival.begin(), m_arrival.end(), arrival);
    const int position = int(at - m_arrival.begin());
    m_arrival.insert(at, arrival);
    m_free.resize(m_arrival.size());
    ++m_crews[source];
    // Only storms with more outages than crews arriving no later than the new one change.
    for (const int s : m_busiest) {
        if (m_offset[size_t(s) + 1] - m_offset[size_t(s)] <= position)
            break;
        const ScheduleSummary summary = run(s);
        const bool met = summary.committedTarget <= m_context.settings.targetHours;
        m_hoursSum += summary.customerHours - m_hours[size_t(s)];
        m_metCount += int(met) - int(m_met[size_t(s)]);
        if (summary.lastRestored != m_last[size_t(s)]) {
            for (const size_t k : m_tracked)
                m_days[k] += crewDays(k, summary.lastRestored) - crewDays(k, m_last[size_t(s)]);
        }
        m_hours[size_t(s)] = summary.customerHours;
        m_last[size_t(s)] = summary.lastRestored;
        m_met[size_t(s)] = met;
    }
}

Evaluation TerritorySimulator::current() const
{
    const PlanSettings &settings = m_context.settings;
    const double n = settings.simulations;
    Evaluation result;
    result.customerHours =
        m_hoursSum * m_context.inputs->territories[size_t(m_territory)].customersPerOutage / n;
    for (const size_t k : m_tracked)
        result.crewCost += m_crews[k] * m_context.classes[k].costPerCrewDay * m_days[k] / n;
    result.cost = result.customerHours * settings.costPerCustomerHour + result.crewCost;
    result.targetMet = m_metCount;
    return result;
}

Evaluation TerritorySimulator::evaluate(const std::vector<int> &crews)
{
    fillCrews(crews);
    const PlanSettings &settings = m_context.settings;
    const double perOutage = m_context.inputs->territories[size_t(m_territory)].customersPerOutage;
    const int simulations = settings.simulations;
    double sum = 0;
    double squares = 0;
    double crewSum = 0;
    Evaluation result;
    for (int s = 0; s < simulations; ++s) {
        const ScheduleSummary summary = run(s);
        const double hours = summary.customerHours * perOutage;
        sum += hours;
        squares += hours * hours;
        crewSum += crewCost(crews, summary.lastRestored);
        if (summary.committedTarget <= settings.targetHours)
            ++result.targetMet;
    }
    const double n = simulations;
    result.customerHours = sum / n;
    result.customerHoursSe =
        n > 1 ? std::sqrt(std::max(0.0, (squares - sum * sum / n) / (n - 1)) / n) : 0;
    result.crewCost = crewSum / n;
    result.cost = result.customerHours * settings.costPerCustomerHour + result.crewCost;
    return result;
}

TerritoryPlan TerritorySimulator::outcome(const std::vector<int> &crews, SystemAccumulator *system)
{
    fillCrews(crews);
    const PlanSettings &settings = m_context.settings;
    const TerritoryCrewInput &input = m_context.inputs->territories[size_t(m_territory)];
    const int simulations = settings.simulations;
    std::vector<double> last(static_cast<size_t>(simulations));
    std::vector<double> target(static_cast<size_t>(simulations));
    std::vector<double> committed(static_cast<size_t>(simulations));
    std::vector<double> hours(static_cast<size_t>(simulations));
    std::vector<double> costs(static_cast<size_t>(simulations));
    const int bins = system ? system->hours : 0;
    for (int s = 0; s < simulations; ++s) {
        const JobList list = jobs(s);
        const ScheduleSummary summary = run(s, m_completions.data());
        const double customerHours = summary.customerHours * input.customersPerOutage;
        const double crew = crewCost(crews, summary.lastRestored);
        last[size_t(s)] = summary.lastRestored;
        committed[size_t(s)] = summary.committedTarget;
        hours[size_t(s)] = customerHours;
        costs[size_t(s)] = customerHours * settings.costPerCustomerHour + crew;
        if (system) {
            system->customerHours[size_t(s)] += SystemAccumulator::fixed(customerHours);
            system->cost[size_t(s)] += SystemAccumulator::fixed(costs[size_t(s)]);
            system->crewCost[size_t(s)] += SystemAccumulator::fixed(crew);
            system->lastRestored[size_t(s)] =
                std::max(system->lastRestored[size_t(s)], summary.lastRestored);
            const qint32 perOutage =
                qint32(std::llround(input.customersPerOutage * SystemAccumulator::HourScale));
            system->customersOut[size_t(s)] += qint64(list.count) * perOutage;
            qint32 *row = system->restoredByHour.data() + size_t(s) * size_t(bins);
            for (int j = 0; j < list.count; ++j) {
                const double done = m_completions[size_t(j)];
                if (done <= bins - 1) {
                    int hour = int(done); // done >= 0: the ceiling without libm
                    hour += double(hour) < done ? 1 : 0;
                    row[hour] += perOutage;
                }
            }
        }
        target[size_t(s)] = list.count == 0 ? 0.0
                                            : timeToShareOf(m_completions.data(), list.count,
                                                            m_committed[size_t(list.count)]);
    }
    TerritoryPlan plan;
    plan.territoryId = input.id;
    plan.code = input.code;
    plan.meanOutages = meanOutages();
    plan.meanCustomersOut = plan.meanOutages * input.customersPerOutage;
    int met = 0;
    for (const double c : committed)
        met += c <= settings.targetHours ? 1 : 0;
    const double p = double(met) / simulations;
    plan.targetProbability = {p, std::sqrt(p * (1 - p) / simulations)};
    plan.targetMet = met >= jobsForShare(riskProbability(settings.risk), simulations);
    plan.committedTargetHours = quantileValue(committed, riskProbability(settings.risk));
    plan.etrAll = spreadOf(last, false);
    plan.etrTarget = spreadOf(target, false);
    plan.customerHours = meanOf(hours);
    plan.cost = meanOf(costs);
    return plan;
}

RestorationFan TerritorySimulator::fan(const std::vector<int> &crews)
{
    fillCrews(crews);
    const PlanSettings &settings = m_context.settings;
    const int simulations = settings.simulations;
    const int hours = int(settings.horizonHours);
    std::vector<double> shares(static_cast<size_t>(simulations) * size_t(hours + 1));
    std::vector<double> row(static_cast<size_t>(hours + 1));
    for (int s = 0; s < simulations; ++s) {
        const JobList list = jobs(s);
        (void)run(s, m_completions.data());
        std::fill(row.begin(), row.end(), 0.0);
        for (int j = 0; j < list.count; ++j) {
            const double done = m_completions[size_t(j)];
            if (done <= hours)
                row[size_t(std::ceil(done))] += 1;
        }
        double restored = 0;
        for (int h = 0; h <= hours; ++h) {
            restored += row[size_t(h)];
            shares[size_t(h) * size_t(simulations) + size_t(s)] =
                list.count ? restored / list.count : 1.0;
        }
    }
    RestorationFan fan;
    std::vector<double> column(static_cast<size_t>(simulations));
    for (int h = 0; h <= hours; ++h) {
        std::copy_n(shares.begin() + std::ptrdiff_t(h) * simulations, simulations, column.begin());
        fan.hours.push_back(h);
        fan.p10.push_back(quantileOf(column, 0.1).value);
        fan.p50.push_back(quantileOf(column, 0.5).value);
        fan.p90.push_back(quantileOf(column, 0.9).value);
    }
    return fan;
}

Estimate quantileOf(std::vector<double> &values, double p)
{
    const int n = int(values.size());
    if (n == 0)
        return {};
    auto at = [&](int rank) { // 1-based
        std::nth_element(values.begin(), values.begin() + (rank - 1), values.end());
        return values[size_t(rank - 1)];
    };
    const int k = jobsForShare(p, n);
    const double value = at(k);
    const double spread = std::sqrt(n * p * (1 - p));
    const int low = std::max(1, int(std::floor(k - spread)));
    const int high = std::min(n, int(std::ceil(k + spread)));
    const double lowValue = at(low);
    const double highValue = at(high);
    const double se = highValue == lowValue ? 0.0 : (highValue - lowValue) / 2;
    return {value, se};
}

double quantileValue(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    const auto at = values.begin() + (jobsForShare(p, int(values.size())) - 1);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

Spread spreadOf(std::vector<double> &values, bool withErrors)
{
    Spread spread;
    if (withErrors) {
        spread.p10 = quantileOf(values, 0.1);
        spread.p50 = quantileOf(values, 0.5);
        spread.p90 = quantileOf(values, 0.9);
        return spread;
    }
    const int n = int(values.size());
    if (n == 0)
        return spread;
    // P50 first, then P10 below it and P90 above it: each nth_element works on what is left.
    const auto middle = values.begin() + (jobsForShare(0.5, n) - 1);
    std::nth_element(values.begin(), middle, values.end());
    spread.p50.value = *middle;
    const auto low = values.begin() + (jobsForShare(0.1, n) - 1);
    std::nth_element(values.begin(), low, middle);
    spread.p10.value = *low;
    const auto high = values.begin() + (jobsForShare(0.9, n) - 1);
    std::nth_element(middle, high, values.end());
    spread.p90.value = *high;
    return spread;
}

Estimate meanOf(const std::vector<double> &values)
{
    if (values.empty())
        return {};
    double sum = 0;
    for (const double v : values)
        sum += v;
    const double n = double(values.size());
    const double mean = sum / n;
    double squares = 0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    return {mean, n > 1 ? std::sqrt(squares / (n - 1) / n) : 0.0};
}

} // namespace stormcrew::crews
