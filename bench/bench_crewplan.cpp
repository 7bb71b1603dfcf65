// Issue 6: a crew plan for 3,000 territories with 1,000 simulated storms, under 0.2 s so that the
// control centre's sliders re-plan live. No other tool plans storm crews, so there is no peer:
// the line reports the 0.2 s budget in the peer's place, with goal 1.0 (budget / ours >= 1).
#include "crews/crewplanner.h"
#include "crewstestsupport.h"

#include "benchmark.h"

#include <QCoreApplication>

#include <ctime>

using namespace stormcrew;
using namespace stormcrew::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Territories = 3000;
    constexpr int Simulations = 1000;
    constexpr double Budget = 0.2;
    // A large storm: per territory 0.5-8 outages on average (about 12,800 in all), NB2 with
    // size 2.5 and a storm factor shared by all territories of a draw; 1,500 own crews, a
    // contractor (500 crews, 8 h) and mutual aid (3,000 crews, 24 h), as crewstestsupport.h.
    crews::testing::Scenario scenario =
        crews::testing::makeScenario(Territories, Simulations, 0.5, 8.0, 2026);
    scenario.inputs.depots[0].ownCrews = 750;
    scenario.inputs.depots[1].ownCrews = 750;
    scenario.inputs.pools[0].crews = 500;
    scenario.inputs.pools[1].crews = 3000;
    crews::PlanSettings settings;
    settings.simulations = Simulations;
    settings.hoursUntilStart = 24;
    const crews::CrewPlanner planner(scenario.inputs, settings);

    Result<crews::CrewPlan> plan = Error{};
    std::vector<double> runs;
    std::vector<double> cpu;
    for (int run = 0; run < 6; ++run) { // the first is the warm-up
        const std::clock_t started = std::clock();
        const double seconds = secondsFor([&] { plan = planner.plan(scenario.outages); });
        if (run > 0)
            cpu.push_back(double(std::clock() - started) / CLOCKS_PER_SEC);
        if (!plan) {
            note(QStringLiteral("the plan failed: %1").arg(plan.error().toString()));
            return 1;
        }
        if (run > 0)
            runs.push_back(seconds);
    }
    // On a machine shared with other work the wall time says little: the CPU time tells what
    // an idle machine with two cores would need (about half of it).
    note(QStringLiteral("median wall %1 s, median CPU %2 s (all threads)")
             .arg(median(runs), 0, 'f', 3)
             .arg(median(cpu), 0, 'f', 3));
    const crews::CrewPlan &p = plan.value();
    note(QStringLiteral("%1 outages on average; %2 own and %3 mutual-aid crews; system ETR P50 "
                        "%4 h; %5 territories miss the target; %6 convexity repairs")
             .arg(p.meanOutages, 0, 'f', 0)
             .arg(p.ownCrews())
             .arg(p.mutualAidCrews())
             .arg(p.etrAll.p50.value, 0, 'f', 1)
             .arg(p.territoriesMissingTarget)
             .arg(p.convexityRepairs));
    if (p.ownCrews() + p.mutualAidCrews() == 0) {
        note(QStringLiteral("the plan sends no crews: wrong answer"));
        return 1;
    }
    report(QStringLiteral("crew plan: 3,000 territories, 1,000 simulated storms (goal < 0.2 s)"),
           median(runs), QStringLiteral("budget for live re-planning (no peer exists)"), Budget,
           1.0);
    return 0;
}
