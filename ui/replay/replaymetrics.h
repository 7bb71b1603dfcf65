#pragma once

#include "replay/stormreplay.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace stormcrew {

// The values a replay colours the map with, one per territory with a prediction (actual
// outages also where there is none): pure functions of the model's replay, tested on
// hand-worked cases (tests/ui/tst_replaymetrics).
class ReplayMetrics {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ReplayMetrics)

public:
    enum class Metric {
        Actual,    // outages that happened
        Predicted, // the expected outages as of then
        Error,     // expected - actual (signed: > 0 predicted too many)
        Relative,  // (expected - actual) / actual in %; none where nothing happened
        Interval,  // -1 actual below P10, 0 inside P10..P90, 1 above P90
    };

    // "actual", "predicted", "error", "relative", "interval"; Actual for anything else.
    [[nodiscard]] static Metric fromName(const QString &name);
    [[nodiscard]] static QString name(Metric metric);
    [[nodiscard]] static QHash<qint64, double> values(const replay::StormReplay &replay,
                                                      Metric metric);
    // -1, 0 or 1 as above.
    [[nodiscard]] static int intervalClass(const replay::TerritoryReplay &territory);
};

} // namespace stormcrew
