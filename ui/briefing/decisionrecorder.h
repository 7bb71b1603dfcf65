#pragma once

#include "crews/crewplan.h"
#include "engine/predictor.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace stormcrew::briefing {

// What the director decided on: the prediction shown and the crew plan with the settings they
// chose (target, risk level, crews on hand).
struct Decision {
    StormPrediction prediction;
    crews::CrewPlan plan;
};

// Where a recorded decision went.
struct RecordedDecision {
    qint64 runId = 0;
    qint64 planId = 0;
    QDateTime at;
    QString who;
};

// Records the chosen plan in the store: the prediction run, the crew plan (CrewPlanRepository)
// and the decision in the audit log with who, when and what.
class DecisionRecorder {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::briefing::DecisionRecorder)

public:
    // Why the store file at path cannot take a write (the file or its folder is not writable),
    // or an empty string when it can.
    [[nodiscard]] static QString whyNotWritable(const QString &path);

    // Opens its own read-write connection, so call it on a worker thread. Each step is one
    // transaction; a failure says which step failed and what was already stored.
    [[nodiscard]] static Result<RecordedDecision> record(const QString &storePath,
                                                         const Decision &decision);

    // The audit log's detail for a decision: one line of JSON a reviewer or a script can read.
    [[nodiscard]] static QString auditDetail(const Decision &decision, qint64 runId, qint64 planId);
};

} // namespace stormcrew::briefing
