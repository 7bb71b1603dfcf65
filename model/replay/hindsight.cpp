#include "hindsight.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stormcrew::replay {

namespace {

HindsightRun summarise(const crews::CrewPlan &plan)
{
    HindsightRun run;
    run.ownCrews = plan.ownCrews();
    run.mutualAidCrews = plan.mutualAidCrews();
    run.customerHours = plan.customerHours;
    run.cost = plan.cost;
    run.crewCost = plan.crewCost;
    run.etrAll = plan.etrAll;
    run.etrTarget = plan.etrTarget;
    run.territoriesMissingTarget = plan.territoriesMissingTarget;
    return run;
}

} // namespace

HindsightSimulator::HindsightSimulator(crews::PlanInputs inputs, crews::PlanSettings settings)
    : m_planner(std::move(inputs), std::move(settings))
{}

OutageDistribution
HindsightSimulator::actualDistribution(const std::map<qint64, double> &actualOutages) const
{
    OutageDistribution actual;
    actual.draws = 1;
    for (const crews::TerritoryCrewInput &t : m_planner.inputs().territories) {
        actual.territoryIds.push_back(t.id);
        actual.territoryCodes.append(t.code);
        const auto found = actualOutages.find(t.id);
        actual.samples.push_back(found == actualOutages.end() ? 0.0f : float(found->second));
    }
    return actual;
}

Result<HindsightRun> HindsightSimulator::simulate(const OutageDistribution &outages,
                                                  const std::vector<std::vector<int>> &crews) const
{
    auto plan = m_planner.evaluate(outages, crews);
    if (!plan)
        return plan.error();
    return summarise(plan.value());
}

std::vector<std::vector<int>>
HindsightSimulator::spreadOverSources(const std::vector<int> &deployed,
                                      const std::vector<crews::CrewSource> &sources,
                                      QStringList *notes)
{
    const std::size_t n = sources.size();
    std::vector<std::vector<int>> crews(deployed.size(), std::vector<int>(n, 0));
    if (n == 0)
        return crews;
    const qint64 total = std::accumulate(deployed.begin(), deployed.end(), qint64(0));
    std::vector<qint64> used(n, 0);
    qint64 remaining = total;
    for (std::size_t s = 0; s < n && remaining > 0; ++s) {
        used[s] = std::min<qint64>(std::max(0, sources[s].available), remaining);
        remaining -= used[s];
    }
    if (remaining > 0) {
        used[0] += remaining;
        if (notes)
            notes->append(tr("%1 of the %2 crews deployed exceed what the store's crew sources "
                             "hold; they are counted as own crews")
                              .arg(remaining)
                              .arg(total));
    }
    if (total == 0)
        return crews;
    std::vector<std::pair<double, std::size_t>> remainders(n);
    for (std::size_t t = 0; t < deployed.size(); ++t) {
        int given = 0;
        for (std::size_t s = 0; s < n; ++s) {
            const double share = double(deployed[t]) * double(used[s]) / double(total);
            crews[t][s] = int(std::floor(share));
            given += crews[t][s];
            remainders[s] = {share - std::floor(share), s};
        }
        // Largest remainders first; ties to the earlier source (own crews before aid).
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; given < deployed[t] && k < n; ++k, ++given)
            ++crews[t][remainders[k].second];
    }
    return crews;
}

std::vector<std::vector<int>>
HindsightSimulator::dispatch(const std::vector<std::vector<int>> &crews,
                             const std::vector<double> &weights)
{
    double weightSum = 0;
    for (const double w : weights)
        weightSum += std::max(0.0, w);
    if (crews.empty() || weightSum <= 0 || weights.size() != crews.size())
        return crews;
    const std::size_t sources = crews.front().size();
    std::vector<std::vector<int>> out(crews.size(), std::vector<int>(sources, 0));
    std::vector<std::pair<double, std::size_t>> remainders(crews.size());
    for (std::size_t s = 0; s < sources; ++s) {
        int total = 0;
        for (const auto &row : crews)
            total += row[s];
        int given = 0;
        for (std::size_t t = 0; t < crews.size(); ++t) {
            const double share = double(total) * std::max(0.0, weights[t]) / weightSum;
            out[t][s] = int(std::floor(share));
            given += out[t][s];
            remainders[t] = {share - std::floor(share), t};
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given)
            ++out[remainders[k].second][s];
    }
    // No territory with outages is left without a crew while another has several to spare.
    const auto crewsOf = [&](std::size_t t) {
        return std::accumulate(out[t].begin(), out[t].end(), 0);
    };
    for (std::size_t t = 0; t < out.size(); ++t) {
        if (weights[t] <= 0 || crewsOf(t) > 0)
            continue;
        std::size_t donor = t;
        for (std::size_t d = 0; d < out.size(); ++d)
            if (crewsOf(d) > 1 && (donor == t || crewsOf(d) > crewsOf(donor)))
                donor = d;
        if (donor == t)
            break;
        for (std::size_t s = 0; s < sources; ++s) {
            if (out[donor][s] > 0) {
                --out[donor][s];
                ++out[t][s];
                break;
            }
        }
    }
    return out;
}

Result<Hindsight> HindsightSimulator::run(const OutageDistribution &predicted,
                                          const std::map<qint64, TerritoryOutcome> &outcomes,
                                          const std::map<qint64, double> &actualOutages) const
{
    Hindsight hindsight;
    hindsight.settings = m_planner.settings();
    auto plan = m_planner.plan(predicted);
    if (!plan)
        return plan.error();
    hindsight.predictedCustomerHours = plan.value().customerHours.value;

    const auto &territories = m_planner.inputs().territories;
    const std::size_t sourceCount = m_planner.sources().size();
    std::vector<std::vector<int>> planned(territories.size(), std::vector<int>(sourceCount, 0));
    for (const crews::TerritoryPlan &t : plan.value().territories) {
        const qsizetype row = m_planner.inputs().indexOf(t.territoryId);
        if (row < 0)
            continue;
        for (const crews::CrewAssignment &a : t.assignments)
            if (a.source >= 0 && std::size_t(a.source) < sourceCount)
                planned[std::size_t(row)][std::size_t(a.source)] += a.crews;
    }
    std::vector<int> deployed;
    for (const crews::TerritoryCrewInput &t : territories) {
        const auto found = outcomes.find(t.id);
        deployed.push_back(found == outcomes.end() ? 0
                                                   : int(std::lround(found->second.crewsDeployed)));
    }

    const OutageDistribution actual = actualDistribution(actualOutages);
    auto asPlanned = simulate(actual, planned);
    if (!asPlanned)
        return asPlanned.error();
    hindsight.plan = asPlanned.value();
    std::vector<double> weights;
    for (const float outages : actual.samples)
        weights.push_back(double(outages));
    auto dispatched = simulate(actual, dispatch(planned, weights));
    if (!dispatched)
        return dispatched.error();
    hindsight.planDispatched = dispatched.value();
    auto asDeployed =
        simulate(actual, spreadOverSources(deployed, m_planner.sources(), &hindsight.notes));
    if (!asDeployed)
        return asDeployed.error();
    hindsight.deployed = asDeployed.value();

    for (const auto &[territory, outcome] : outcomes) {
        hindsight.recordedCustomerHours += outcome.customerHours;
        if (outcome.restorationHours)
            hindsight.recordedRestorationHours = std::max(
                hindsight.recordedRestorationHours.value_or(0.0), *outcome.restorationHours);
    }
    if (std::accumulate(deployed.begin(), deployed.end(), 0) == 0)
        hindsight.notes.append(tr("the store records no crews deployed for this storm: the "
                                  "deployed crews' simulation has no crews"));
    return hindsight;
}

} // namespace stormcrew::replay
