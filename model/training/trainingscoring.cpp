#include "trainingscoring.h"

#include <cmath>
#include <limits>

namespace stormcrew::training {

namespace {

void add(SideRecord &record, const CallError &error, bool closer)
{
    ++record.storms;
    record.meanAbsolute += error.absolute;
    if (!std::isnan(error.relative)) {
        record.meanRelative += error.relative;
        ++record.relativeStorms;
    }
    record.within20 += error.within20 ? 1 : 0;
    record.closer += closer ? 1 : 0;
}

void finish(SideRecord &record)
{
    if (record.storms > 0)
        record.meanAbsolute /= record.storms;
    if (record.relativeStorms > 0)
        record.meanRelative /= record.relativeStorms;
}

} // namespace

CallError TrainingScoring::error(double estimate, double actual)
{
    CallError e;
    e.estimate = estimate;
    e.actual = actual;
    e.absolute = std::abs(estimate - actual);
    e.relative = actual > 0 ? e.absolute / actual : std::numeric_limits<double>::quiet_NaN();
    // A hair of slack so that 120 against 100 counts as within 20 % despite rounding.
    e.within20 = actual > 0 ? e.absolute <= Tolerance * actual * (1 + 1e-12) : estimate == 0;
    return e;
}

StormScore TrainingScoring::score(qint64 stormId, const QString &code, double trainee, double model,
                                  double actual)
{
    StormScore s;
    s.stormId = stormId;
    s.stormCode = code;
    s.trainee = error(trainee, actual);
    s.model = error(model, actual);
    s.closer = s.trainee.absolute < s.model.absolute   ? Closer::Trainee
               : s.model.absolute < s.trainee.absolute ? Closer::Model
                                                       : Closer::Tie;
    return s;
}

Scoreboard TrainingScoring::scoreboard(std::vector<StormScore> storms)
{
    Scoreboard board;
    board.storms = std::move(storms);
    for (const StormScore &s : board.storms) {
        add(board.trainee, s.trainee, s.closer == Closer::Trainee);
        add(board.model, s.model, s.closer == Closer::Model);
    }
    finish(board.trainee);
    finish(board.model);
    return board;
}

} // namespace stormcrew::training
