#pragma once

#include "domain/result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::replay {

// One activation of a model, as the audit log recorded it.
struct Activation {
    qint64 time = 0; // Unix seconds UTC
    qint64 modelId = 0;
};

// The registry's activation history, read from the audit log (`model.activate` entries, which
// ModelRegistry::activate writes in the same transaction as the status change): which model
// was active at a point in time.
class ModelHistory {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::replay::ModelHistory)

public:
    explicit ModelHistory(Store &store);

    // Every activation, oldest first.
    [[nodiscard]] Result<std::vector<Activation>> activations() const;
    // The model active at `time`: the last one activated by then; none before the first.
    [[nodiscard]] Result<std::optional<qint64>> activeAt(qint64 time) const;

private:
    Store &m_store;
};

} // namespace stormcrew::replay
