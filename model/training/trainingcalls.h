#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::training {

// A trainee's call for one storm: for the whole utility (group empty) or one territory group.
struct TrainingCall {
    QString group; // TerritoryGroup::key; empty: the total
    double crews = 0;
    double outages = 0;
};

// The calls and reveals of a training session, kept in the sandbox copy only (tables
// training_call and training_reveal, created there; the operational store never has them).
class TrainingCallRepository {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::training::TrainingCallRepository)

public:
    explicit TrainingCallRepository(Store &store);

    [[nodiscard]] Result<void> ensureSchema();
    // Replaces the storm's calls with these, in one transaction. A negative or non-finite
    // number is refused with the group and field named, and nothing is stored.
    [[nodiscard]] Result<void> save(qint64 stormId, const std::vector<TrainingCall> &calls);
    [[nodiscard]] Result<std::vector<TrainingCall>> load(qint64 stormId) const;
    // The reveal is one-way: once the model and the outcome were shown, the call is locked.
    [[nodiscard]] Result<void> markRevealed(qint64 stormId);
    [[nodiscard]] Result<std::optional<qint64>> revealedAt(qint64 stormId) const;

private:
    Store &m_store;
};

} // namespace stormcrew::training
