#pragma once

#include "territorygroups.h"
#include "trainingcalls.h"
#include "trainingdiscussion.h"
#include "whatif.h"

#include "domain/result.h"
#include "engine/predictor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::training {

// A past storm a trainer can set: one with recorded outcomes.
struct ExerciseStorm {
    qint64 id = 0;
    QString code;
    QString name;
    QString kind;
    qint64 start = 0;
};

// One territory of an exercise: what was known then, what the model said, what happened.
struct ExerciseTerritory {
    qint64 id = 0;
    QString code;
    QString name;
    QString group;            // TerritoryGroup::key
    double forecastGust = 0;  // m/s, peak gust as known at the as-of time (NaN: not known)
    bool predicted = false;   // false: an input was missing as of then
    double model = 0;         // the model's mean outages as of then
    double actual = 0;        // what happened
    double crewsDeployed = 0; // as recorded
};

// One storm set as an exercise (docs/training.md): the storm as known `leadHours` before its
// first outage (the replay's point-in-time rule), the model's prediction of then, what
// happened, and the what-if explorer on the as-of features. The GUI shows the model and the
// outcome only after the reveal.
struct Exercise {
    ExerciseStorm storm;
    double leadHours = 48;
    qint64 asOf = 0;
    std::optional<qint64> forecastIssued;
    qint64 modelId = 0;
    int modelVersion = 0;
    StormTotals modelTotals;
    double actualTotal = 0;
    double actualCrews = 0; // crews deployed, summed over territories
    std::vector<TerritoryGroup> groups;
    std::vector<ExerciseTerritory> territories;
    std::shared_ptr<const WhatIfExplorer> whatIf;
    QStringList notes;

    // Sums over the group's territories (key empty: all).
    [[nodiscard]] double modelOf(const QString &group) const;
    [[nodiscard]] double actualOf(const QString &group) const;
    // The storm beside the trainee's calls (the total and any groups), scored.
    [[nodiscard]] StormResult result(const std::vector<TrainingCall> &calls) const;
};

// Lists the storms a session can use and builds their exercises from a store (the sandbox's).
class ExerciseBuilder {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::training::ExerciseBuilder)

public:
    explicit ExerciseBuilder(Store &store);

    // Every storm with recorded outcomes or incidents, oldest first.
    [[nodiscard]] Result<std::vector<ExerciseStorm>> storms() const;
    [[nodiscard]] Result<Exercise> build(qint64 stormId, double leadHours = 48) const;

private:
    Store &m_store;
};

} // namespace stormcrew::training
