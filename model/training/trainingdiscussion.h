#pragma once

#include "trainingscoring.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stormcrew::training {

// One group of a revealed storm: the trainee's call (if any), the model and what happened.
struct GroupResult {
    QString key;
    QString name;
    std::optional<double> trainee;
    double model = 0;
    double actual = 0;
};

// One revealed storm of a session, as the report and the discussion read it.
struct StormResult {
    qint64 stormId = 0;
    QString code;
    QString name;
    double traineeOutages = 0;
    double traineeCrews = 0;
    double model = 0;
    double actual = 0;
    double actualCrews = 0; // crews deployed, as recorded
    std::vector<GroupResult> groups;
    StormScore score;
};

// The points for discussion at the end of a session, generated from the numbers: who was
// closer on each storm, where the trainee and the model differed most, which group's call was
// furthest off, and whether the trainee's calls lean one way.
class TrainingDiscussion {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::training::TrainingDiscussion)

public:
    [[nodiscard]] static QStringList points(const std::vector<StormResult> &storms,
                                            const Scoreboard &board);
};

} // namespace stormcrew::training
