#pragma once

#include "domain/result.h"
#include "domain/stormevent.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <vector>

namespace stormcrew {

class Store;

// Reads the outage incident history for storm detection and features.
class IncidentRepository {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::IncidentRepository)

public:
    explicit IncidentRepository(const Store &store);

    // Incidents and their customers per day of start, days in the given zone, ascending; days
    // without any incident are left out.
    [[nodiscard]] Result<std::vector<DailyIncidents>> dailyCounts(const QTimeZone &zone) const;

private:
    const Store &m_store;
};

} // namespace stormcrew
