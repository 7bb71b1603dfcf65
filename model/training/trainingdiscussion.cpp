#include "trainingdiscussion.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stormcrew::training {

namespace {

QString count(double value)
{
    return QLocale().toString(std::round(value), 'f', 0);
}

QString percent(double share)
{
    return QLocale().toString(std::round(share * 100), 'f', 0);
}

} // namespace

QStringList TrainingDiscussion::points(const std::vector<StormResult> &storms,
                                       const Scoreboard &board)
{
    QStringList out;
    if (storms.empty())
        return {tr("No storm was revealed in this session, so there is nothing to discuss yet.")};

    // The overall record.
    out << tr("Over %n storm(s), the trainee was within 20 % of the actual outages on %1 and "
              "the model on %2; the trainee was closer on %3, the model on %4.",
              "", int(storms.size()))
               .arg(board.trainee.within20)
               .arg(board.model.within20)
               .arg(board.trainee.closer)
               .arg(board.model.closer);

    // Where the two calls differed most, relative to what happened.
    const auto widest = std::max_element(
        storms.begin(), storms.end(), [](const StormResult &a, const StormResult &b) {
            return std::abs(a.traineeOutages - a.model) / std::max(1.0, a.actual) <
                   std::abs(b.traineeOutages - b.model) / std::max(1.0, b.actual);
        });
    const bool traineeCloser = widest->score.closer == Closer::Trainee;
    out << (widest->score.closer == Closer::Tie
                ? tr("The trainee and the model differed most on %1 (trainee %2, model %3, "
                     "actual %4), and were equally far off.")
                      .arg(widest->code, count(widest->traineeOutages), count(widest->model),
                           count(widest->actual))
            : traineeCloser
                ? tr("The trainee and the model differed most on %1 (trainee %2, model %3, "
                     "actual %4) and the trainee was closer: what did the trainee see that "
                     "the model did not?")
                      .arg(widest->code, count(widest->traineeOutages), count(widest->model),
                           count(widest->actual))
                : tr("The trainee and the model differed most on %1 (trainee %2, model %3, "
                     "actual %4) and the model was closer: which of its inputs (the what-if "
                     "explorer shows them) did the call leave out?")
                      .arg(widest->code, count(widest->traineeOutages), count(widest->model),
                           count(widest->actual)));

    // A lean: over- or under-calling on most storms.
    int over = 0;
    int under = 0;
    for (const StormResult &s : storms) {
        over += s.traineeOutages > s.actual ? 1 : 0;
        under += s.traineeOutages < s.actual ? 1 : 0;
    }
    if (storms.size() >= 2 && over * 3 >= int(storms.size()) * 2)
        out << tr("The trainee called more outages than happened on %1 of %n storm(s): "
                  "a cautious lean that costs crews standing by.",
                  "", int(storms.size()))
                   .arg(over);
    else if (storms.size() >= 2 && under * 3 >= int(storms.size()) * 2)
        out << tr("The trainee called fewer outages than happened on %1 of %n storm(s): "
                  "a lean that leaves customers waiting for crews.",
                  "", int(storms.size()))
                   .arg(under);

    // The group call furthest off, relative to what happened there.
    const StormResult *worstStorm = nullptr;
    const GroupResult *worstGroup = nullptr;
    double worst = 0;
    for (const StormResult &s : storms)
        for (const GroupResult &g : s.groups) {
            if (!g.trainee)
                continue;
            const double off = std::abs(*g.trainee - g.actual) / std::max(1.0, g.actual);
            if (off > worst) {
                worst = off;
                worstStorm = &s;
                worstGroup = &g;
            }
        }
    if (worstGroup)
        out << tr("The group call furthest off was %1 on %2: %3 called, %4 happened (%5 % off); "
                  "the model said %6.")
                   .arg(worstGroup->name, worstStorm->code, count(*worstGroup->trainee),
                        count(worstGroup->actual), percent(worst), count(worstGroup->model));

    // Crews: the trainee's against those deployed.
    double crewGap = 0;
    const StormResult *crewStorm = nullptr;
    for (const StormResult &s : storms)
        if (s.actualCrews > 0 && std::abs(s.traineeCrews - s.actualCrews) > crewGap) {
            crewGap = std::abs(s.traineeCrews - s.actualCrews);
            crewStorm = &s;
        }
    if (crewStorm)
        out << tr("Crews differed most on %1: %2 called, %3 deployed.")
                   .arg(crewStorm->code, count(crewStorm->traineeCrews),
                        count(crewStorm->actualCrews));
    return out;
}

} // namespace stormcrew::training
