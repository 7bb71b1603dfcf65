#pragma once

#include "domain/result.h"
#include "training/trainingdiscussion.h"
#include "training/trainingscoring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace stormcrew {

// What the session report shows.
struct TrainingReportData {
    std::vector<training::StormResult> storms; // the revealed storms, oldest first
    training::Scoreboard board;
    QStringList discussion;
    QString operationalStore; // the store the sandbox was copied from (never written)
    QDateTime generated;
    QString generatedBy;
    QString appVersion;
};

// Writes the report of a training session as a PDF (QPdfWriter, like the briefing): the storms
// with the trainee's calls, the model and what happened, the scores, the groups, and the points
// for discussion; landscape, in the user's language, replaced whole or not at all.
class TrainingReport {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrainingReport)

public:
    // The revealed storms (oldest first) with their scoreboard and points for discussion; the
    // rest is the caller's to fill in.
    [[nodiscard]] static TrainingReportData data(std::vector<training::StormResult> storms);
    // Returns the number of pages.
    [[nodiscard]] static Result<int> write(const TrainingReportData &data, const QString &path);
};

} // namespace stormcrew
