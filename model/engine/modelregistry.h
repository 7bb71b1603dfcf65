#pragma once

#include "domain/result.h"
#include "outagemodel.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

class Store;

// A stored model as `models list` shows it.
struct ModelListing {
    qint64 id = 0;
    QString name;
    int version = 0;
    QString family;
    QString status;
    qint64 createdTime = 0;
    QString createdBy;
    bool contractPassed = false;
    QString chosen;          // global or pooled
    double meanLogScore = 0; // cross-validated, of the chosen model
    qsizetype trainingStorms = 0;
    QString fingerprint;
};

// The model registry (model table): every fit with its features, coefficients, cross-validation,
// training-data fingerprint, contract, status, who and when. One model is active at a time;
// activating one retires the one before (rollback is activating the previous one again); every
// change is audited. A model that fails a hard contract check is never activated.
class ModelRegistry {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ModelRegistry)

public:
    explicit ModelRegistry(Store &store);

    // Stores the model as the next version (candidate, or rejected when its contract failed)
    // and sets its id, version and status.
    [[nodiscard]] Result<void> save(OutageModel &model);
    [[nodiscard]] Result<std::vector<ModelListing>> list() const;
    [[nodiscard]] Result<OutageModel> load(qint64 id) const;
    // The active model; an Error that says how to train one when there is none.
    [[nodiscard]] Result<OutageModel> active() const;
    [[nodiscard]] Result<void> activate(qint64 id);

private:
    Store &m_store;
};

} // namespace stormcrew
