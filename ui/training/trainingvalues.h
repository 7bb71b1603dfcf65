#pragma once

#include "training/trainingexercise.h"
#include "training/whatif.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <vector>

namespace stormcrew {

// What training mode shows as QML values (maps and lists): the storms, the exercise, its
// groups, the map's values and the scoreboard. Pure functions of the session's state, so the
// rule of the reveal (no model and no outcome before it) is kept in one place: every function
// that could show them takes `revealed` and leaves them out while it is false.
class TrainingValues {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrainingValues)

public:
    // The values that colour the map and the top of their scale (at least 1).
    struct MapValues {
        QVariantMap values; // territory id -> value
        double maximum = 1;
    };

    // The storms of a session, oldest first: id, code, label.
    [[nodiscard]] static QVariantList storms(const std::vector<training::ExerciseStorm> &storms);
    // The exercise: storm, as-of time, forecast, the call; the model and outcome once revealed.
    [[nodiscard]] static QVariantMap exercise(const training::Exercise &e,
                                              const std::vector<training::TrainingCall> &calls,
                                              bool revealed);
    // The groups to call: key, name, territories, the call; model and actual once revealed.
    [[nodiscard]] static QVariantList groups(const training::Exercise &e,
                                             const std::vector<training::TrainingCall> &calls,
                                             bool revealed);
    // The map's values for a metric: "gust" and "trainee" before the reveal; "model",
    // "actual", "modelTerritory", "actualTerritory" and "whatIf" after it too.
    [[nodiscard]] static MapValues mapValues(const training::Exercise &e,
                                             const std::vector<training::TrainingCall> &calls,
                                             bool revealed, const QString &metric,
                                             const std::vector<TerritoryPrediction> &whatIf);
    // One territory: name, code, gust; once revealed, model, actual and the what-if's mean,
    // baseline and factors. Empty when the id is not in the exercise.
    [[nodiscard]] static QVariantMap selection(const training::Exercise &e, qint64 territoryId,
                                               bool revealed,
                                               const std::vector<TerritoryPrediction> &whatIf);
    // The revealed storms' rows, each side's record and the points for discussion.
    [[nodiscard]] static QVariantMap scoreboard(const std::vector<training::StormResult> &results);

    // The trainee's call from the call panel: the total, then {key, crews, outages} per group
    // (a group whose outages are left empty is not called).
    [[nodiscard]] static std::vector<training::TrainingCall> calls(double crews, double outages,
                                                                   const QVariantList &groups);

    [[nodiscard]] static QVariantMap whatIf(const training::WhatIfAdjustments &a);
    // Missing keys keep their neutral value.
    [[nodiscard]] static training::WhatIfAdjustments adjustments(const QVariantMap &values);
};

} // namespace stormcrew
