#include "trainingvalues.h"

#include "training/trainingscoring.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <map>

namespace stormcrew {

using namespace training;

namespace {

QString isoMinute(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd "
                                 "HH:mm 'UTC'"));
}

QVariantMap errorMap(const CallError &e)
{
    return {{QStringLiteral("estimate"), e.estimate},
            {QStringLiteral("absolute"), e.absolute},
            {QStringLiteral("relative"), std::isnan(e.relative) ? QVariant() : e.relative},
            {QStringLiteral("within20"), e.within20}};
}

QVariantMap sideMap(const SideRecord &s)
{
    return {{QStringLiteral("storms"), s.storms},
            {QStringLiteral("meanAbsolute"), s.meanAbsolute},
            {QStringLiteral("meanRelative"), s.relativeStorms > 0 ? s.meanRelative : QVariant()},
            {QStringLiteral("within20"), s.within20},
            {QStringLiteral("closer"), s.closer}};
}

// The values that colour the map: per territory, or its group's sum on every territory of the
// group (the trainee calls groups, so the three are compared on the same footing).
constexpr const char *GroupMetrics[] = {"trainee", "model", "actual"};

// Per group key, the value a group metric gives its territories.
std::map<QString, double> groupValues(const Exercise &e, const std::vector<TrainingCall> &calls,
                                      bool revealed, const QString &metric)
{
    std::map<QString, double> out;
    if (metric == QLatin1String("trainee")) {
        for (const TrainingCall &call : calls)
            if (!call.group.isEmpty())
                out[call.group] = call.outages;
    } else if (revealed) {
        for (const TerritoryGroup &g : e.groups)
            out[g.key] = metric == QLatin1String("model") ? e.modelOf(g.key) : e.actualOf(g.key);
    }
    return out;
}

} // namespace

QVariantList TrainingValues::storms(const std::vector<ExerciseStorm> &storms)
{
    QVariantList out;
    for (const ExerciseStorm &s : storms) {
        const QString date =
            QDateTime::fromSecsSinceEpoch(s.start, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
        out.append(QVariantMap{{QStringLiteral("id"), s.id},
                               {QStringLiteral("code"), s.code},
                               {QStringLiteral("label"),
                                tr("%1 · %2").arg(date, s.name.isEmpty() ? s.code : s.name)}});
    }
    return out;
}

QVariantMap TrainingValues::exercise(const Exercise &e, const std::vector<TrainingCall> &calls,
                                     bool revealed)
{
    QVariantMap out{
        {QStringLiteral("code"), e.storm.code},
        {QStringLiteral("name"), e.storm.name.isEmpty() ? e.storm.code : e.storm.name},
        {QStringLiteral("kind"), e.storm.kind},
        {QStringLiteral("asOf"), isoMinute(e.asOf)},
        {QStringLiteral("leadHours"), e.leadHours},
        {QStringLiteral("forecastIssued"),
         e.forecastIssued ? isoMinute(*e.forecastIssued) : QString()},
        {QStringLiteral("territories"), int(e.territories.size())},
    };
    double gustMax = 0;
    for (const ExerciseTerritory &t : e.territories)
        if (std::isfinite(t.forecastGust))
            gustMax = std::max(gustMax, t.forecastGust);
    out.insert(QStringLiteral("gustMaximum"), gustMax);
    for (const TrainingCall &call : calls)
        if (call.group.isEmpty()) {
            out.insert(QStringLiteral("callCrews"), call.crews);
            out.insert(QStringLiteral("callOutages"), call.outages);
        }
    if (revealed) {
        const StormResult r = e.result(calls);
        out.insert(QStringLiteral("modelVersion"), e.modelVersion);
        out.insert(QStringLiteral("model"), r.model);
        out.insert(QStringLiteral("modelP10"), e.modelTotals.p10);
        out.insert(QStringLiteral("modelP90"), e.modelTotals.p90);
        out.insert(QStringLiteral("actual"), r.actual);
        out.insert(QStringLiteral("actualCrews"), r.actualCrews);
        out.insert(QStringLiteral("trainee"), errorMap(r.score.trainee));
        out.insert(QStringLiteral("modelError"), errorMap(r.score.model));
        out.insert(QStringLiteral("closer"),
                   r.score.closer == Closer::Trainee ? QStringLiteral("trainee")
                   : r.score.closer == Closer::Model ? QStringLiteral("model")
                                                     : QStringLiteral("tie"));
    }
    return out;
}

QVariantList TrainingValues::groups(const Exercise &e, const std::vector<TrainingCall> &calls,
                                    bool revealed)
{
    QVariantList out;
    for (const TerritoryGroup &g : e.groups) {
        QVariantMap row{{QStringLiteral("key"), g.key},
                        {QStringLiteral("name"), g.name},
                        {QStringLiteral("territories"), int(g.territories.size())}};
        for (const TrainingCall &call : calls)
            if (call.group == g.key) {
                row.insert(QStringLiteral("callCrews"), call.crews);
                row.insert(QStringLiteral("callOutages"), call.outages);
            }
        if (revealed) {
            row.insert(QStringLiteral("model"), e.modelOf(g.key));
            row.insert(QStringLiteral("actual"), e.actualOf(g.key));
        }
        out.append(row);
    }
    return out;
}

TrainingValues::MapValues TrainingValues::mapValues(const Exercise &e,
                                                    const std::vector<TrainingCall> &calls,
                                                    bool revealed, const QString &metric,
                                                    const std::vector<TerritoryPrediction> &whatIf)
{
    MapValues out;
    const bool group = std::any_of(std::begin(GroupMetrics), std::end(GroupMetrics),
                                   [&metric](const char *m) { return metric == QLatin1String(m); });
    const std::map<QString, double> groupValue = groupValues(e, calls, revealed, metric);
    for (std::size_t i = 0; i < e.territories.size(); ++i) {
        const ExerciseTerritory &t = e.territories[i];
        double value = std::nan("");
        if (metric == QLatin1String("gust"))
            value = t.forecastGust;
        else if (group) {
            const auto found = groupValue.find(t.group);
            if (found != groupValue.end())
                value = found->second;
        } else if (revealed && metric == QLatin1String("modelTerritory") && t.predicted)
            value = t.model;
        else if (revealed && metric == QLatin1String("actualTerritory"))
            value = t.actual;
        else if (revealed && metric == QLatin1String("whatIf") && i < whatIf.size() &&
                 !whatIf[i].missing)
            value = whatIf[i].mean;
        if (std::isfinite(value)) {
            out.values.insert(QString::number(t.id), value);
            out.maximum = std::max(out.maximum, value);
        }
    }
    // Trainee, model and actual share one scale, so their colours compare.
    if (revealed && group)
        for (const TerritoryGroup &g : e.groups) {
            out.maximum = std::max(out.maximum, e.modelOf(g.key));
            out.maximum = std::max(out.maximum, e.actualOf(g.key));
            for (const TrainingCall &call : calls)
                if (call.group == g.key)
                    out.maximum = std::max(out.maximum, call.outages);
        }
    return out;
}

QVariantMap TrainingValues::selection(const Exercise &e, qint64 territoryId, bool revealed,
                                      const std::vector<TerritoryPrediction> &whatIf)
{
    for (std::size_t i = 0; i < e.territories.size(); ++i) {
        const ExerciseTerritory &t = e.territories[i];
        if (t.id != territoryId)
            continue;
        QVariantMap out{{QStringLiteral("name"), t.name},
                        {QStringLiteral("code"), t.code},
                        {QStringLiteral("gust"),
                         std::isfinite(t.forecastGust) ? QVariant(t.forecastGust) : QVariant()}};
        if (revealed && i < whatIf.size() && !whatIf[i].missing) {
            const TerritoryPrediction &p = whatIf[i];
            out.insert(QStringLiteral("model"), t.model);
            out.insert(QStringLiteral("actual"), t.actual);
            out.insert(QStringLiteral("whatIf"), p.mean);
            out.insert(QStringLiteral("baseline"), p.baseline);
            QVariantList factors;
            for (const ExplanationFactor &f : p.factors)
                factors.append(QVariantMap{{QStringLiteral("label"), f.label},
                                           {QStringLiteral("factor"), f.factor}});
            out.insert(QStringLiteral("factors"), factors);
        }
        return out;
    }
    return {};
}

QVariantMap TrainingValues::scoreboard(const std::vector<StormResult> &results)
{
    std::vector<StormScore> scores;
    QVariantList rows;
    for (const StormResult &r : results) {
        scores.push_back(r.score);
        rows.append(QVariantMap{{QStringLiteral("code"), r.code},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("trainee"), r.traineeOutages},
                                {QStringLiteral("model"), r.model},
                                {QStringLiteral("actual"), r.actual},
                                {QStringLiteral("traineeError"), errorMap(r.score.trainee)},
                                {QStringLiteral("modelError"), errorMap(r.score.model)}});
    }
    const Scoreboard board = TrainingScoring::scoreboard(std::move(scores));
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("trainee"), sideMap(board.trainee)},
            {QStringLiteral("model"), sideMap(board.model)},
            {QStringLiteral("discussion"), TrainingDiscussion::points(results, board)}};
}

std::vector<TrainingCall> TrainingValues::calls(double crews, double outages,
                                                const QVariantList &groups)
{
    std::vector<TrainingCall> out{{QString(), crews, outages}};
    for (const QVariant &entry : groups) {
        const QVariantMap g = entry.toMap();
        const QVariant groupOutages = g.value(QStringLiteral("outages"));
        if (!groupOutages.isValid() || groupOutages.isNull() || groupOutages.toString().isEmpty())
            continue; // not called
        out.push_back({g.value(QStringLiteral("key")).toString(),
                       g.value(QStringLiteral("crews")).toDouble(), groupOutages.toDouble()});
    }
    return out;
}

QVariantMap TrainingValues::whatIf(const WhatIfAdjustments &a)
{
    return {{QStringLiteral("gustOffset"), a.gustOffset},
            {QStringLiteral("leafOnOffset"), a.leafOnOffset},
            {QStringLiteral("wetnessMultiplier"), a.wetnessMultiplier},
            {QStringLiteral("canopyMultiplier"), a.canopyMultiplier},
            {QStringLiteral("trimYearsOffset"), a.trimYearsOffset}};
}

WhatIfAdjustments TrainingValues::adjustments(const QVariantMap &values)
{
    WhatIfAdjustments a;
    a.gustOffset = values.value(QStringLiteral("gustOffset"), 0.0).toDouble();
    a.leafOnOffset = values.value(QStringLiteral("leafOnOffset"), 0.0).toDouble();
    a.wetnessMultiplier = values.value(QStringLiteral("wetnessMultiplier"), 1.0).toDouble();
    a.canopyMultiplier = values.value(QStringLiteral("canopyMultiplier"), 1.0).toDouble();
    a.trimYearsOffset = values.value(QStringLiteral("trimYearsOffset"), 0.0).toDouble();
    return a;
}

} // namespace stormcrew
