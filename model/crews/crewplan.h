#pragma once

#include "plansettings.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace stormcrew::crews {

// A Monte Carlo estimate with its standard error.
struct Estimate {
    double value = 0;
    double standardError = 0;
};

// P10, P50 and P90 over the simulated storms (hours from the all-clear; inf: never).
struct Spread {
    Estimate p10;
    Estimate p50;
    Estimate p90;
};

// Crews of one source sent to one territory.
struct CrewAssignment {
    int source = 0; // index into CrewPlan::sources
    int crews = 0;
};

// One source of crews as the plan used it: the own crews, a contractor or a mutual-aid pool.
struct CrewSource {
    qint64 poolId = 0; // 0 for the own crews
    QString name;
    QString kind;            // own, contractor, mutual_aid
    int available = 0;       // crews the source has
    int used = 0;            // crews the plan sends
    double arrivalHours = 0; // on the plan clock (hour 0 = the all-clear), if requested now
    double leadTimeHours = 0;
    double costPerCrewDay = 0;
    double minDays = 0;
    qint64 requestBy = 0; // Unix seconds: the latest request that still arrives in time
};

struct TerritoryPlan {
    qint64 territoryId = 0;
    QString code;
    int ownCrews = 0;
    int mutualAidCrews = 0; // contractors and mutual aid
    std::vector<CrewAssignment> assignments;
    double meanOutages = 0;
    double meanCustomersOut = 0;
    Spread etrAll;                   // every customer back
    Spread etrTarget;                // the target share back (first time)
    double committedTargetHours = 0; // at the risk level; see docs/crews.md
    Estimate targetProbability;      // share of simulated storms meeting the target
    bool targetMet = true;           // at the risk level
    Estimate customerHours;
    Estimate cost; // customer-hours x their cost + crews x their day cost
    // No crew of its own: restored by crews that finish their own territory's work and move on
    // (docs/crews.md, "Crews move on").
    bool crewsMovedIn = false;
};

// The share of customers (of those who lost power) restored by each hour, P10/P50/P90.
struct RestorationFan {
    std::vector<double> hours;
    std::vector<double> p10;
    std::vector<double> p50;
    std::vector<double> p90;
};

// A crew plan for one storm: the recommendation, what to request by when, and the outlook.
struct CrewPlan {
    PlanSettings settings;
    std::vector<CrewSource> sources; // [0] is the own crews
    std::vector<TerritoryPlan> territories;
    Spread etrAll;
    Spread etrTarget;
    RestorationFan fan;
    Estimate customerHours;
    Estimate cost;
    Estimate crewCost;
    double meanOutages = 0;
    double meanCustomersOut = 0;
    int territoriesMissingTarget = 0;
    int territoriesServedByMovingCrews = 0; // territories with crewsMovedIn
    // The target could not be met in every territory: the crews went where they save the most
    // first, then the ones left over to the target (docs/crews.md, "Allocation").
    bool costFirst = false;
    // Territories where target first could not meet it but more crews in time would have.
    int territoriesShortOfCrews = 0;
    int convexityRepairs = 0; // adjacent gain violations the allocation smoothed (diagnostic)
    QStringList warnings;     // translated sentences
    QStringList requests;     // "Request 40 mutual-aid crews from ... by ..."

    [[nodiscard]] int ownCrews() const;
    [[nodiscard]] int mutualAidCrews() const;
};

} // namespace stormcrew::crews
