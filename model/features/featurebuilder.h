#pragma once

#include "domain/result.h"
#include "featureinputs.h"
#include "featuretable.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

class Store;

// Computes the raw features of every territory for a storm or a forecast from the store,
// point-in-time correct: with an as-of time, only observations whose period had ended by then
// and forecasts issued by then are read, so a forecast issued later changes nothing.
class FeatureBuilder {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::FeatureBuilder)

public:
    explicit FeatureBuilder(Store &store);

    [[nodiscard]] Result<FeatureTable> build(const FeatureRequest &request) const;

    // The storm or forecast a request names (its window and issue), and the storm whose
    // outages it reads (none for a forecast); an Error saying what the store lacks.
    struct Target {
        FeatureTarget target;
        std::optional<qint64> outageStorm;
    };
    [[nodiscard]] Result<Target> target(const FeatureRequest &request) const;

    // The training history: every stored storm with observed outcomes, oldest first, each with
    // its outages filled in and no as-of limit.
    [[nodiscard]] Result<std::vector<FeatureTable>> history() const;

    // The id of the storm with this code; an Error naming the code when the store has none.
    [[nodiscard]] Result<qint64> stormId(const QString &code) const;

private:
    Store &m_store;
};

} // namespace stormcrew
