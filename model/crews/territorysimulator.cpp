#include "territorysimulator.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace stormcrew::crews {

void SimulationContext::prepare()
{
    QHash<qint64, qsizetype> columns;
    for (qsizetype c = 0; c < outages->territories(); ++c)
        columns.insert(outages->territoryIds[size_t(c)], c);
    std::map<std::tuple<double, double, double>, int> seen;
    column.clear();
    tableOf.clear();
    tables.clear();
    for (const TerritoryCrewInput &t : inputs->territories) {
        column.push_back(columns.value(t.id, -1));
        const auto key = std::make_tuple(t.repair.medianHours, t.repair.sigma, t.repair.capHours);
        auto found = seen.find(key);
        if (found == seen.end()) {
            found = seen.emplace(key, int(tables.size())).first;
            tables.emplace_back(t.repair.medianHours, t.repair.sigma, t.repair.capHours);
        }
        tableOf.push_back(found->second);
    }
}

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

TerritorySimulator::TerritorySimulator(const SimulationContext &context) : m_context(context)
{
    m_offset.resize(size_t(context.settings.simulations) + 1);
}

void TerritorySimulator::load(qsizetype territory)
{
    m_territory = territory;
    const TerritoryCrewInput &input = m_context.inputs->territories[size_t(territory)];
    const qsizetype column = m_context.column[size_t(territory)];
    const LognormalTable &table = m_context.tables[size_t(m_context.tableOf[size_t(territory)])];
    const int simulations = m_context.settings.simulations;
    const float hop = float(input.hopHours);
    m_work.clear();
    m_maxOutages = 0;
    for (int s = 0; s < simulations; ++s) {
        m_offset[size_t(s)] = int(m_work.size());
        const int n =
            column < 0
                ? 0
                : std::max(0,
                           int(std::lround(m_context.outages->at(m_context.drawFor(s), column))));
        m_maxOutages = std::max(m_maxOutages, n);
        // One stream per (seed, territory, simulation): the j-th outage gets the same repair
        // time whatever the crews, and whatever the outages after it.
        RandomStream random(m_context.settings.seed, quint64(input.id), quint64(s));
        for (int j = 0; j < n; ++j)
            m_work.push_back(float(table.sample(random.uniform())) + hop);
    }
    m_offset[size_t(simulations)] = int(m_work.size());
    if (m_completions.size() < size_t(m_maxOutages))
        m_completions.resize(size_t(m_maxOutages));
}

double TerritorySimulator::meanOutages() const
{
    return double(m_work.size()) / m_context.settings.simulations;
}

JobList TerritorySimulator::jobs(int simulation) const
{
    const int begin = m_offset[size_t(simulation)];
    return {m_work.data() + begin, nullptr, m_offset[size_t(simulation) + 1] - begin};
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

double TerritorySimulator::crewCost(const std::vector<int> &crews, double lastRestored) const
{
    const double end = std::min(lastRestored, m_context.settings.horizonHours);
    double cost = 0;
    for (size_t k = 0; k < crews.size(); ++k) {
        if (crews[k] == 0)
            continue;
        const CrewClass &c = m_context.classes[k];
        const double days = std::max(c.minDays, std::max(0.0, end - c.arrivalHours) / 24.0);
        cost += crews[k] * c.costPerCrewDay * days;
    }
    return cost;
}

Evaluation TerritorySimulator::evaluate(const std::vector<int> &crews)
{
    const int count = fillCrews(crews);
    const PlanSettings &settings = m_context.settings;
    const double perOutage = m_context.inputs->territories[size_t(m_territory)].customersPerOutage;
    const ScheduleSettings schedule{m_context.inputs->shift, settings.targetShare,
                                    settings.horizonHours};
    const int simulations = settings.simulations;
    double sum = 0;
    double squares = 0;
    double crewSum = 0;
    Evaluation result;
    for (int s = 0; s < simulations; ++s) {
        std::copy(m_arrival.begin(), m_arrival.end(), m_free.begin());
        const ScheduleSummary summary = scheduleJobs(jobs(s), m_free.data(), count, schedule);
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
    const int count = fillCrews(crews);
    const PlanSettings &settings = m_context.settings;
    const TerritoryCrewInput &input = m_context.inputs->territories[size_t(m_territory)];
    const ScheduleSettings schedule{m_context.inputs->shift, settings.targetShare,
                                    settings.horizonHours};
    const int simulations = settings.simulations;
    std::vector<double> last(static_cast<size_t>(simulations));
    std::vector<double> target(static_cast<size_t>(simulations));
    std::vector<double> committed(static_cast<size_t>(simulations));
    std::vector<double> hours(static_cast<size_t>(simulations));
    std::vector<double> costs(static_cast<size_t>(simulations));
    const int bins = system ? system->hours : 0;
    for (int s = 0; s < simulations; ++s) {
        std::copy(m_arrival.begin(), m_arrival.end(), m_free.begin());
        const JobList list = jobs(s);
        const ScheduleSummary summary =
            scheduleJobs(list, m_free.data(), count, schedule, m_completions.data());
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
            system->customersOut[size_t(s)] +=
                SystemAccumulator::fixed(list.count * input.customersPerOutage);
            const qint64 perOutage = SystemAccumulator::fixed(input.customersPerOutage);
            qint64 *row = system->restoredByHour.data() + size_t(s) * size_t(bins);
            for (int j = 0; j < list.count; ++j) {
                const double done = m_completions[size_t(j)];
                if (done <= bins - 1)
                    row[size_t(std::ceil(done))] += perOutage;
            }
        }
        target[size_t(s)] = timeToShare(m_completions.data(), list.count, settings.targetShare);
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
    plan.committedTargetHours = quantileOf(committed, riskProbability(settings.risk)).value;
    plan.etrAll = spreadOf(last);
    plan.etrTarget = spreadOf(target);
    plan.customerHours = meanOf(hours);
    plan.cost = meanOf(costs);
    return plan;
}

RestorationFan TerritorySimulator::fan(const std::vector<int> &crews)
{
    const int count = fillCrews(crews);
    const PlanSettings &settings = m_context.settings;
    const ScheduleSettings schedule{m_context.inputs->shift, settings.targetShare,
                                    settings.horizonHours};
    const int simulations = settings.simulations;
    const int hours = int(settings.horizonHours);
    std::vector<double> shares(static_cast<size_t>(simulations) * size_t(hours + 1));
    std::vector<double> row(static_cast<size_t>(hours + 1));
    for (int s = 0; s < simulations; ++s) {
        std::copy(m_arrival.begin(), m_arrival.end(), m_free.begin());
        const JobList list = jobs(s);
        (void)scheduleJobs(list, m_free.data(), count, schedule, m_completions.data());
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

Spread spreadOf(std::vector<double> &values)
{
    Spread spread;
    spread.p10 = quantileOf(values, 0.1);
    spread.p50 = quantileOf(values, 0.5);
    spread.p90 = quantileOf(values, 0.9);
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
