#pragma once

#include "replay/stormreplay.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

namespace stormcrew {

class Store;

// A replay and the choices around it as QML values (maps and lists), for the replay view.
class ReplayVariants {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ReplayVariants)

public:
    // The storms with recorded outcomes, newest first: code, label, outages.
    [[nodiscard]] static QVariantList storms(Store &store);
    // The stored models, newest first: id, label, active.
    [[nodiscard]] static QVariantList models(Store &store);

    [[nodiscard]] static QVariantMap summary(const replay::StormReplay &replay);
    [[nodiscard]] static QVariantList hindsight(const replay::StormReplay &replay);
    // The `count` territories hit hardest (by actual or expected outages), hardest first.
    [[nodiscard]] static QVariantList hardestHit(const replay::StormReplay &replay, int count);
    [[nodiscard]] static QVariantList timeline(const replay::StormReplay &replay);
    // Hours after the all-clear and the share of the storm's outages restored by then (%).
    [[nodiscard]] static QVariantList restoration(const replay::StormReplay &replay);
    [[nodiscard]] static QVariantMap comparison(const replay::ModelComparison &comparison);
};

} // namespace stormcrew
