#pragma once

// Inputs for crew-planner tests and the benchmark: territories, pools and joint outage draws made
// from a seeded generator. This is test input standing in for the engine's output, not a mock of
// a component: NB2 counts per territory with a storm factor shared by all territories of a draw.
#include "crews/crewinputs.h"
#include "demo/demorandom.h"
#include "domain/outagedistribution.h"

#include <QString>

namespace stormcrew::crews::testing {

struct Scenario {
    PlanInputs inputs;
    OutageDistribution outages;
};

// `territories` territories around two depots; mean outages per territory between meanLow and
// meanHigh; NB2 size theta; storm factor Gamma(4, 1/4) shared within a draw.
inline Scenario makeScenario(int territories, int draws, double meanLow, double meanHigh,
                             quint64 seed = 11, double theta = 2.5)
{
    Scenario scenario;
    demo::DemoRandom random(seed);
    scenario.inputs.depots = {{1, QStringLiteral("D1"), QStringLiteral("North"), -85.7, 38.2, 0},
                              {2, QStringLiteral("D2"), QStringLiteral("South"), -84.5, 37.0, 0}};
    std::vector<double> means;
    for (int t = 0; t < territories; ++t) {
        TerritoryCrewInput territory;
        territory.id = 1000 + t;
        territory.code = QStringLiteral("T%1").arg(t, 4, 10, QLatin1Char('0'));
        territory.customers = 2000 + qint64(random.integer(0, 30000));
        territory.depot = t % 2;
        territory.travelHours = random.uniform(0.2, 1.5);
        territory.hopHours = random.uniform(0.2, 0.6);
        territory.repair = {2.0, 0.9, 48};
        territory.customersPerOutage = 27;
        scenario.inputs.territories.push_back(territory);
        scenario.inputs.depots[size_t(t % 2)].ownCrews += 1;
        scenario.outages.territoryIds.push_back(territory.id);
        scenario.outages.territoryCodes << territory.code;
        means.push_back(random.uniform(meanLow, meanHigh));
    }
    scenario.inputs.pools = {
        {1, QStringLiteral("Contractor"), QStringLiteral("contractor"), territories / 2, 8, 4200,
         2},
        {2, QStringLiteral("Aid A"), QStringLiteral("mutual_aid"), territories, 24, 5600, 3}};
    scenario.outages.draws = draws;
    scenario.outages.samples.resize(size_t(draws) * size_t(territories));
    for (int d = 0; d < draws; ++d) {
        const double storm = random.gamma(4, 0.25);
        for (int t = 0; t < territories; ++t)
            scenario.outages.samples[size_t(d) * size_t(territories) + size_t(t)] =
                float(random.negativeBinomial(means[size_t(t)] * storm, theta));
    }
    return scenario;
}

// Every draw gives each territory exactly `outages`.
inline OutageDistribution fixedOutages(const PlanInputs &inputs, int outages, int draws = 10)
{
    OutageDistribution distribution;
    for (const TerritoryCrewInput &t : inputs.territories) {
        distribution.territoryIds.push_back(t.id);
        distribution.territoryCodes << t.code;
    }
    distribution.draws = draws;
    distribution.samples.assign(size_t(draws) * inputs.territories.size(), float(outages));
    return distribution;
}

} // namespace stormcrew::crews::testing
