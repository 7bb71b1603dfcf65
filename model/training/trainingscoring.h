#pragma once

#include <QString>

#include <vector>

namespace stormcrew::training {

// How far an estimate was from what happened.
struct CallError {
    double estimate = 0;
    double actual = 0;
    double absolute = 0;   // |estimate - actual|
    double relative = 0;   // |estimate - actual| / actual; NaN when actual is 0
    bool within20 = false; // |estimate - actual| <= 20 % of actual (actual 0: estimate 0)
};

// Who was closer to what happened on one storm.
enum class Closer { Trainee, Model, Tie };

// One storm of the scoreboard: the trainee's and the model's total outages against the actual.
struct StormScore {
    qint64 stormId = 0;
    QString stormCode;
    CallError trainee;
    CallError model;
    Closer closer = Closer::Tie;
};

// One side's record over the storms.
struct SideRecord {
    int storms = 0;
    double meanAbsolute = 0; // mean absolute error, outages
    double meanRelative = 0; // mean absolute relative error over storms with outages (0..)
    int relativeStorms = 0;  // storms the relative error is averaged over
    int within20 = 0;        // storms within 20 % of actual
    int closer = 0;          // storms this side was strictly closer on
};

struct Scoreboard {
    std::vector<StormScore> storms;
    SideRecord trainee;
    SideRecord model;
};

// The arithmetic of the training scoreboard (docs/training.md, "Scoring"), as pure functions
// over plain numbers.
class TrainingScoring {
public:
    static constexpr double Tolerance = 0.20;

    [[nodiscard]] static CallError error(double estimate, double actual);
    [[nodiscard]] static StormScore score(qint64 stormId, const QString &code, double trainee,
                                          double model, double actual);
    [[nodiscard]] static Scoreboard scoreboard(std::vector<StormScore> storms);
};

} // namespace stormcrew::training
