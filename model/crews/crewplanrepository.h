#pragma once

#include "crewinputs.h"
#include "crewplan.h"

#include "domain/result.h"

#include <QCoreApplication>

namespace stormcrew {
class Store;
}

namespace stormcrew::crews {

// Reads what the crew planner needs from the store (depots, crew pools, territories, incident
// and outcome history) and keeps plans in crew_plan / crew_plan_territory.
class CrewPlanRepository {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::crews::CrewPlanRepository)

public:
    explicit CrewPlanRepository(Store &store);

    // The planner's inputs for a storm of this kind: every territory with its customers, depot
    // (the nearest when the store names none), travel and repair-time law (docs/crews.md).
    [[nodiscard]] Result<PlanInputs> inputs(const QString &stormKind) const;

    // Stores the plan for a prediction run with its settings and summary; one transaction,
    // audited. Returns the plan's id.
    [[nodiscard]] Result<qint64> save(const CrewPlan &plan, qint64 runId);

private:
    Result<void> readDepots(PlanInputs &inputs) const;
    Result<void> readPools(PlanInputs &inputs) const;
    Result<void> readTerritories(PlanInputs &inputs) const;
    // Repair-time base law from incidents outside storms, when the store has enough of them.
    Result<RepairTime> historyBase() const;

    Store &m_store;
};

} // namespace stormcrew::crews
