#include "crewplanner.h"

#include "crewallocator.h"
#include "crewhelp.h"
#include "crewslogging.h"
#include "parallelfor.h"
#include "territorysimulator.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace stormcrew::crews {

int CrewPlan::ownCrews() const
{
    return sources.empty() ? 0 : sources.front().used;
}

int CrewPlan::mutualAidCrews() const
{
    int sum = 0;
    for (size_t k = 1; k < sources.size(); ++k)
        sum += sources[k].used;
    return sum;
}

CrewPlanner::CrewPlanner(PlanInputs inputs, PlanSettings settings)
    : m_inputs(std::move(inputs)), m_settings(std::move(settings))
{}

std::vector<CrewSource> CrewPlanner::sources() const
{
    CrewSource own;
    own.name = tr("Own crews");
    own.kind = QStringLiteral("own");
    int depotCrews = 0;
    for (const DepotInput &depot : m_inputs.depots)
        depotCrews += depot.ownCrews;
    own.available = m_settings.crewsOnHand.value_or(depotCrews);
    // The own crews' day cost: the own pools' prices weighted by their crews, if the store has
    // them, else the setting.
    double weighted = 0;
    int counted = 0;
    for (const PoolInput &pool : m_inputs.pools) {
        if (pool.kind == QLatin1String("own") && pool.costPerCrewDay > 0) {
            weighted += pool.costPerCrewDay * pool.crews;
            counted += pool.crews;
        }
    }
    own.costPerCrewDay = counted > 0 ? weighted / counted : m_settings.ownCrewDayCost;
    own.requestBy = m_settings.startTime;

    std::vector<CrewSource> pools;
    for (const PoolInput &pool : m_inputs.pools) {
        if (pool.kind == QLatin1String("own"))
            continue;
        CrewSource source;
        source.poolId = pool.id;
        source.name = pool.name;
        source.kind = pool.kind;
        source.available = pool.crews;
        source.leadTimeHours = pool.leadTimeHours;
        source.costPerCrewDay = pool.costPerCrewDay;
        source.minDays = pool.minDays;
        // Requested now, a pool arrives leadTime after now; hour 0 is hoursUntilStart away.
        source.arrivalHours = std::max(0.0, pool.leadTimeHours - m_settings.hoursUntilStart);
        source.requestBy = m_settings.startTime +
                           qint64(std::llround((source.arrivalHours - pool.leadTimeHours) * 3600));
        pools.push_back(source);
    }
    std::stable_sort(pools.begin(), pools.end(), [](const CrewSource &a, const CrewSource &b) {
        if (a.arrivalHours != b.arrivalHours)
            return a.arrivalHours < b.arrivalHours;
        return a.costPerCrewDay < b.costPerCrewDay;
    });
    std::vector<CrewSource> all{own};
    all.insert(all.end(), pools.begin(), pools.end());
    return all;
}

Result<void> CrewPlanner::check(const OutageDistribution &outages) const
{
    auto fail = [](const QString &message) { return Result<void>(Error{message, {}, 0, {}}); };
    if (m_settings.simulations < 1 || m_settings.simulations > 1000000)
        return fail(
            tr("simulations must be between 1 and 1,000,000, not %1").arg(m_settings.simulations));
    if (!(m_settings.targetShare > 0 && m_settings.targetShare <= 1) ||
        !(m_settings.targetHours > 0))
        return fail(tr("the restoration target needs a share above 0 % and at most 100 %, "
                       "within a positive number of hours"));
    if (!(m_settings.horizonHours >= m_settings.targetHours) || m_settings.horizonHours > 8760)
        return fail(tr("the planning horizon must cover the target hours and be at most a "
                       "year"));
    if (outages.draws < 1 ||
        outages.samples.size() != size_t(outages.draws) * outages.territoryIds.size())
        return fail(tr("the outage distribution has no draws or the wrong number of values"));
    QSet<qint64> known;
    for (const TerritoryCrewInput &t : m_inputs.territories)
        known.insert(t.id);
    for (qsizetype c = 0; c < outages.territories(); ++c) {
        if (!known.contains(outages.territoryIds[size_t(c)]))
            return fail(tr("the outage distribution has territory %1, which the store does not "
                           "describe (customers, depot)")
                            .arg(outages.territoryCodes.value(c)));
    }
    return {};
}

Result<SimulationContext> CrewPlanner::context(const OutageDistribution &outages,
                                               JobCache *cache) const
{
    SimulationContext context;
    context.inputs = &m_inputs;
    context.outages = &outages;
    context.settings = m_settings;
    for (const CrewSource &source : sources())
        context.classes.push_back(
            {source.arrivalHours, source.costPerCrewDay, source.minDays, source.available});
    context.prepare(cache);
    if (const auto &wrong = context.draws->wrongDraw)
        return Error{tr("the outage distribution gives territory %1 %2 outages in draw %3: a "
                        "draw must be a number of outages from 0 to 2,147,483,647")
                         .arg(m_inputs.territories[size_t(wrong->territory)].code)
                         .arg(double(wrong->value))
                         .arg(wrong->draw + 1),
                     {},
                     0,
                     {}};
    if (const qsizetype t = context.draws->tooManyJobsIn; t >= 0)
        return Error{tr("territory %1 would have more than 2,147,483,647 outages over %2 "
                        "simulated storms, more than the planner can hold: plan with fewer "
                        "simulations")
                         .arg(m_inputs.territories[size_t(t)].code)
                         .arg(m_settings.simulations),
                     {},
                     0,
                     {}};
    return context;
}

Result<CrewPlan> CrewPlanner::plan(const OutageDistribution &outages, JobCache *cache) const
{
    if (auto checked = check(outages); !checked)
        return checked.error();
    StepTimer timer;
    auto prepared = context(outages, cache);
    if (!prepared)
        return prepared.error();
    const SimulationContext simulation = std::move(prepared).value();
    qCDebug(lcCrews).noquote() << "jobs drawn in" << timer.lap();
    const Allocation allocation = CrewAllocator(simulation).allocate();
    timer.restart();
    CrewPlan result = simulate(simulation, allocation.crews);
    qCDebug(lcCrews).noquote() << "plan simulated in" << timer.lap();
    result.convexityRepairs = allocation.convexityRepairs;
    result.costFirst = allocation.costFirst;
    result.territoriesShortOfCrews = allocation.shortOfCrews;
    describe(result);
    return result;
}

Result<CrewPlan> CrewPlanner::evaluate(const OutageDistribution &outages,
                                       const std::vector<std::vector<int>> &crews) const
{
    if (auto checked = check(outages); !checked)
        return checked.error();
    auto prepared = context(outages);
    if (!prepared)
        return prepared.error();
    const SimulationContext simulation = std::move(prepared).value();
    if (crews.size() != m_inputs.territories.size())
        return Error{tr("crews are given for %1 territories, the plan has %2")
                         .arg(crews.size())
                         .arg(m_inputs.territories.size()),
                     {},
                     0,
                     {}};
    for (const auto &row : crews) {
        if (row.size() != simulation.classes.size())
            return Error{tr("crews are given for %1 sources, the plan has %2")
                             .arg(row.size())
                             .arg(simulation.classes.size()),
                         {},
                         0,
                         {}};
    }
    CrewPlan result = simulate(simulation, crews);
    describe(result);
    return result;
}

Result<RestorationFan> CrewPlanner::territoryFan(const OutageDistribution &outages,
                                                 const CrewPlan &plan, qsizetype territory) const
{
    if (auto checked = check(outages); !checked)
        return checked.error();
    if (territory < 0 || size_t(territory) >= plan.territories.size() ||
        plan.territories.size() != m_inputs.territories.size())
        return Error{tr("there is no territory %1 in the plan").arg(territory), {}, 0, {}};
    auto prepared = context(outages);
    if (!prepared)
        return prepared.error();
    const SimulationContext simulation = std::move(prepared).value();
    std::vector<std::vector<int>> crews(m_inputs.territories.size(),
                                        std::vector<int>(simulation.classes.size(), 0));
    for (size_t t = 0; t < crews.size(); ++t) {
        for (const CrewAssignment &a : plan.territories[t].assignments)
            crews[t][size_t(a.source)] += a.crews;
    }
    TerritorySimulator simulator(simulation);
    if (!plan.territories[size_t(territory)].crewsMovedIn) {
        simulator.load(territory);
        return simulator.fan(crews[size_t(territory)]);
    }
    // Restored by crews that move on: that needs every other territory's crews.
    CrewHelp help(simulation, unserved(simulation, crews));
    HelpPool pool(help.wanted());
    for (size_t t = 0; t < crews.size(); ++t) {
        simulator.load(qsizetype(t));
        (void)simulator.outcome(crews[t], nullptr, &pool);
    }
    const std::vector<std::vector<double>> done = help.completions(pool, territory);
    return restorationFan(m_settings.simulations, int(m_settings.horizonHours),
                          [&](int s) -> const std::vector<double> & { return done[size_t(s)]; });
}

std::vector<qsizetype> CrewPlanner::unserved(const SimulationContext &context,
                                             const std::vector<std::vector<int>> &crews) const
{
    std::vector<qsizetype> territories;
    if (!m_settings.crewsMoveOn)
        return territories;
    for (const qsizetype t : context.byCustomersOut()) {
        int total = 0;
        for (const int c : crews[size_t(t)])
            total += c;
        if (total == 0 && context.maxOutages(t) > 0)
            territories.push_back(t);
    }
    return territories;
}

CrewPlan CrewPlanner::simulate(const SimulationContext &context,
                               const std::vector<std::vector<int>> &crews) const
{
    const int simulations = m_settings.simulations;
    const int hours = int(std::ceil(m_settings.horizonHours)) + 1;
    CrewPlan plan;
    plan.settings = m_settings;
    plan.sources = sources();
    plan.territories.resize(m_inputs.territories.size());
    // Territories without crews wait for crews that finish elsewhere (if any crew moves on).
    const std::vector<qsizetype> waiting = unserved(context, crews);
    CrewHelp help(context, waiting);
    const std::vector<int> wanted = help.wanted();
    std::vector<char> helped(m_inputs.territories.size(), 0);
    struct Worker {
        TerritorySimulator simulator;
        SystemAccumulator system;
        HelpPool pool;
    };
    std::vector<Worker> workers(static_cast<size_t>(workerCount()),
                                Worker{TerritorySimulator(context),
                                       SystemAccumulator(simulations, hours), HelpPool(wanted)});
    const bool helping = workers.front().pool.wanted();
    if (helping) {
        for (const qsizetype t : waiting)
            helped[size_t(t)] = 1;
    }
    parallelFor(qsizetype(m_inputs.territories.size()), workers, [&](Worker &worker, qsizetype t) {
        if (helped[size_t(t)])
            return;
        worker.simulator.load(t);
        TerritoryPlan territory = worker.simulator.outcome(crews[size_t(t)], &worker.system,
                                                           helping ? &worker.pool : nullptr);
        for (size_t k = 0; k < crews[size_t(t)].size(); ++k) {
            if (crews[size_t(t)][k] > 0)
                territory.assignments.push_back({int(k), crews[size_t(t)][k]});
            (k == 0 ? territory.ownCrews : territory.mutualAidCrews) += crews[size_t(t)][k];
        }
        plan.territories[size_t(t)] = std::move(territory);
    });
    if (helping) {
        HelpPool &pool = workers.front().pool;
        for (size_t w = 1; w < workers.size(); ++w)
            pool.merge(workers[w].pool);
        std::vector<SystemAccumulator> systems(workers.size(),
                                               SystemAccumulator(simulations, hours));
        std::vector<TerritoryPlan> lines = help.run(pool, systems);
        for (size_t u = 0; u < waiting.size(); ++u) {
            plan.territoriesServedByMovingCrews += lines[u].crewsMovedIn ? 1 : 0;
            plan.territories[size_t(waiting[u])] = std::move(lines[u]);
        }
        for (const SystemAccumulator &system : systems)
            workers.front().system.merge(system);
    }
    SystemAccumulator &system = workers.front().system;
    for (size_t w = 1; w < workers.size(); ++w)
        system.merge(workers[w].system);
    system.settle();

    for (const auto &row : crews) {
        for (size_t k = 0; k < row.size(); ++k)
            plan.sources[k].used += row[k];
    }
    for (const TerritoryPlan &t : plan.territories) {
        plan.meanOutages += t.meanOutages;
        plan.meanCustomersOut += t.meanCustomersOut;
        plan.territoriesMissingTarget += t.targetMet ? 0 : 1;
    }
    plan.etrAll = spreadOf(system.lastRestored);
    plan.customerHours = meanOf(SystemAccumulator::real(system.customerHours));
    plan.cost = meanOf(SystemAccumulator::real(system.cost));
    plan.crewCost = meanOf(SystemAccumulator::real(system.crewCost));

    // Hour by hour over every storm: the fan, and the first time each storm has the target share
    // of its customers out back (interpolated linearly inside the hour; 0 without outages).
    std::vector<double> target(static_cast<size_t>(simulations), Never);
    std::vector<double> need(static_cast<size_t>(simulations), 0.0);
    std::vector<char> reached(static_cast<size_t>(simulations), 0);
    for (int s = 0; s < simulations; ++s) {
        const double out = double(system.customersOut[size_t(s)]);
        if (out <= 0) {
            target[size_t(s)] = 0;
            reached[size_t(s)] = 1;
        } else {
            need[size_t(s)] = m_settings.targetShare * out * (1 - 1e-12);
        }
    }
    // The share back of every storm by every hour (hour-major), on both threads a block of
    // storms at a time, then each hour's spread, the hours on both threads.
    std::vector<double> shares(static_cast<size_t>(hours) * size_t(simulations));
    std::vector<qint64> restored(static_cast<size_t>(simulations), 0);
    std::vector<char> threads(static_cast<size_t>(workerCount()));
    constexpr int Block = 64;
    parallelFor((simulations + Block - 1) / Block, threads, [&](char &, qsizetype block) {
        const int first = int(block) * Block;
        const int last = std::min(simulations, first + Block);
        for (int h = 0; h < hours; ++h) {
            double *column = shares.data() + size_t(h) * size_t(simulations);
            for (int s = first; s < last; ++s) {
                const qint32 now = system.restored(s, h);
                const qint64 before = restored[size_t(s)];
                if (!reached[size_t(s)] && double(before + now) >= need[size_t(s)]) {
                    target[size_t(s)] =
                        h == 0 ? 0.0 : h - 1 + (need[size_t(s)] - double(before)) / double(now);
                    reached[size_t(s)] = 1;
                }
                restored[size_t(s)] = before + now;
                const double out = double(system.customersOut[size_t(s)]);
                column[s] = out > 0 ? std::min(1.0, double(restored[size_t(s)]) / out) : 1.0;
            }
        }
    });
    std::vector<Spread> spreads(static_cast<size_t>(hours));
    parallelFor(qsizetype(hours), threads, [&](char &, qsizetype h) {
        // Shares: buckets of 1/256.
        spreads[size_t(h)] =
            spreadOf(shares.data() + size_t(h) * size_t(simulations), size_t(simulations), 256);
    });
    for (int h = 0; h < hours; ++h) {
        plan.fan.hours.push_back(h);
        plan.fan.p10.push_back(spreads[size_t(h)].p10.value);
        plan.fan.p50.push_back(spreads[size_t(h)].p50.value);
        plan.fan.p90.push_back(spreads[size_t(h)].p90.value);
    }
    plan.etrTarget = spreadOf(target);
    return plan;
}

void CrewPlanner::describe(CrewPlan &plan) const
{
    for (size_t k = 1; k < plan.sources.size(); ++k) {
        const CrewSource &source = plan.sources[k];
        if (source.used == 0)
            continue;
        const QDateTime by = QDateTime::fromSecsSinceEpoch(source.requestBy, Qt::UTC);
        if (source.arrivalHours > 0)
            plan.requests << tr("Request %n crew(s) from %1 now: they arrive %2 h after the "
                                "all-clear.",
                                nullptr, source.used)
                                 .arg(source.name)
                                 .arg(source.arrivalHours, 0, 'f', 1);
        else
            plan.requests << tr("Request %n crew(s) from %1 by %2 (lead time %3 h).", nullptr,
                                source.used)
                                 .arg(source.name, by.toString(Qt::ISODate))
                                 .arg(source.leadTimeHours, 0, 'f', 0);
    }
    QStringList missing;
    for (size_t t = 0; t < plan.territories.size(); ++t) {
        if (!plan.territories[t].targetMet)
            missing << plan.territories[t].code;
    }
    if (!missing.isEmpty()) {
        const int shown = 8;
        QStringList names = missing.mid(0, shown);
        if (missing.size() > shown)
            names << tr("and %n more", nullptr, int(missing.size() - shown));
        const QString target = tr("%1 % of customers within %2 h, %3")
                                   .arg(plan.settings.targetShare * 100, 0, 'f', 0)
                                   .arg(plan.settings.targetHours, 0, 'f', 0)
                                   .arg(riskName(plan.settings.risk).toUpper());
        QString warning = tr("The target (%1) cannot be met in %n territory(ies) with the crews "
                             "that can arrive in time: %2.",
                             nullptr, int(missing.size()))
                              .arg(target, names.join(QStringLiteral(", ")));
        if (plan.costFirst)
            warning += QLatin1Char(' ') +
                       tr("Rather than meet it in some territories at the others' expense, the "
                          "crews go first where they save the most customer-hours for their "
                          "cost, and those left over then meet the target where they can.");
        if (plan.territoriesShortOfCrews > 0)
            warning += QLatin1Char(' ') +
                       tr("%n territory(ies) would meet it with more crews arriving as early.",
                          nullptr, plan.territoriesShortOfCrews);
        plan.warnings << warning;
    }
}

} // namespace stormcrew::crews
