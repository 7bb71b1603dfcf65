#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace stormcrew::crews {

// Repair time of one outage in hours: lognormal with this median and log standard deviation,
// capped (a crew that meets a job longer than the cap gets help; docs/crews.md).
struct RepairTime {
    double medianHours = 2.0;
    double sigma = 0.9;
    double capHours = 48;
};

// Work-rest rule every crew follows: shifts of workHours, then restHours off, on one clock
// that starts at the all-clear (hour 0); crews that arrive later join that clock.
struct ShiftPattern {
    double workHours = 16;
    double restHours = 8;
};

// What the planner needs to know about one territory.
struct TerritoryCrewInput {
    qint64 id = 0; // store id; also seeds the territory's random stream
    QString code;
    qint64 customers = 0;
    int depot = -1;                // index into PlanInputs::depots
    double travelHours = 0;        // depot to the territory's centre, by road
    double hopHours = 0;           // between two outages inside the territory
    RepairTime repair;             // by storm kind and territory class
    double customersPerOutage = 1; // mean customers behind one outage
};

struct DepotInput {
    qint64 id = 0;
    QString code;
    QString name;
    double lon = 0;
    double lat = 0;
    int ownCrews = 0;
};

// A source of crews beyond a depot's own: a contractor or a mutual-aid group.
struct PoolInput {
    qint64 id = 0;
    QString name;
    QString kind; // "own", "contractor" or "mutual_aid"
    int crews = 0;
    double leadTimeHours = 0; // from the request to arrival at the territory's depot
    double costPerCrewDay = 0;
    double minDays = 0; // a requested crew is paid at least this many days
};

// Everything the planner reads from the store (or a test builds), apart from the outages.
struct PlanInputs {
    std::vector<TerritoryCrewInput> territories;
    std::vector<DepotInput> depots;
    std::vector<PoolInput> pools; // own pools are folded into the own crews' day cost
    ShiftPattern shift;
    QString stormKind; // derecho, thunderstorm, winter_wind, ice, tropical, other

    // The territory's row index for a store id, or -1.
    [[nodiscard]] qsizetype indexOf(qint64 territoryId) const
    {
        for (size_t i = 0; i < territories.size(); ++i) {
            if (territories[i].id == territoryId)
                return qsizetype(i);
        }
        return -1;
    }
};

} // namespace stormcrew::crews
