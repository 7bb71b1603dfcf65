#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::replay {

// What one territory recorded for a storm (storm_outcome); NaN-free: 0 where not recorded.
struct TerritoryOutcome {
    double outages = 0;
    double customersOut = 0;
    double customerHours = 0;
    double crewsDeployed = 0;
    std::optional<double> restorationHours;
};

// One outage of the storm as the incident log has it.
struct OutageSpan {
    qint64 territoryId = 0;
    qint64 start = 0;
    std::optional<qint64> end; // restoration; none when unknown
};

// What happened in a stored storm, read for hindsight: the storm, its recorded outcomes per
// territory and its incidents, oldest first.
struct StormActuals {
    qint64 stormId = 0;
    QString code;
    QString name;
    QString kind;
    qint64 start = 0;
    qint64 end = 0;
    std::map<qint64, TerritoryOutcome> outcomes; // by territory id
    std::vector<OutageSpan> incidents;

    // The first outage (the first incident's start), or the storm's start without incidents.
    [[nodiscard]] qint64 firstOutage() const
    {
        return incidents.empty() ? start : incidents.front().start;
    }
    [[nodiscard]] bool hasOutcomes() const { return !outcomes.empty() || !incidents.empty(); }
};

// Reads storms and what they did from the store.
class StormActualsReader {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::replay::StormActualsReader)

public:
    explicit StormActualsReader(Store &store);

    // The storm's id from its code or its id ("DEMO-2023-03-03" or "17"); an Error that says
    // how to list the storms when neither names one.
    [[nodiscard]] Result<qint64> find(const QString &codeOrId) const;
    [[nodiscard]] Result<StormActuals> read(qint64 stormId) const;
    // Every storm with recorded outcomes or incidents, oldest first.
    [[nodiscard]] Result<std::vector<qint64>> stormsWithOutcomes() const;

private:
    Store &m_store;
};

} // namespace stormcrew::replay
