#include "replayexport.h"

#include "reviewpdf.h"

#include "crews/crewplanjson.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>

namespace stormcrew::replay {

namespace {

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// Rounded to 4 decimals (enough for any count or share; stable text), null when not finite.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(std::round(value * 1e4) / 1e4) : QJsonValue();
}

QJsonObject totals(const StormTotals &t)
{
    return {{QStringLiteral("mean"), number(t.mean)},
            {QStringLiteral("p10"), number(t.p10)},
            {QStringLiteral("p50"), number(t.p50)},
            {QStringLiteral("p90"), number(t.p90)}};
}

QJsonObject run(const HindsightRun &r)
{
    return {{QStringLiteral("ownCrews"), r.ownCrews},
            {QStringLiteral("mutualAidCrews"), r.mutualAidCrews},
            {QStringLiteral("customerHours"), crews::toJson(r.customerHours)},
            {QStringLiteral("cost"), crews::toJson(r.cost)},
            {QStringLiteral("crewCost"), crews::toJson(r.crewCost)},
            {QStringLiteral("etrAllHours"), crews::toJson(r.etrAll)},
            {QStringLiteral("etrTargetHours"), crews::toJson(r.etrTarget)},
            {QStringLiteral("territoriesMissingTarget"), r.territoriesMissingTarget}};
}

// A - B with the standard error of a difference of independent estimates (an upper bound: the
// two simulations share their random numbers, which makes the true error smaller).
QJsonObject difference(const crews::Estimate &a, const crews::Estimate &b)
{
    return {
        {QStringLiteral("value"), number(a.value - b.value)},
        {QStringLiteral("standardError"), number(std::hypot(a.standardError, b.standardError))}};
}

QJsonObject hindsightJson(const Hindsight &h)
{
    return {{QStringLiteral("settings"), h.settings.toJson()},
            {QStringLiteral("predictedCustomerHours"), number(h.predictedCustomerHours)},
            {QStringLiteral("modelPlan"), run(h.plan)},
            {QStringLiteral("modelPlanDispatched"), run(h.planDispatched)},
            {QStringLiteral("deployed"), run(h.deployed)},
            {QStringLiteral("planMinusDeployed"),
             QJsonObject{{QStringLiteral("customerHours"),
                          difference(h.plan.customerHours, h.deployed.customerHours)},
                         {QStringLiteral("dispatchedCustomerHours"),
                          difference(h.planDispatched.customerHours, h.deployed.customerHours)},
                         {QStringLiteral("cost"), difference(h.plan.cost, h.deployed.cost)}}},
            {QStringLiteral("recorded"),
             QJsonObject{{QStringLiteral("customerHours"), number(h.recordedCustomerHours)},
                         {QStringLiteral("restorationHours"),
                          h.recordedRestorationHours ? number(*h.recordedRestorationHours)
                                                     : QJsonValue()}}},
            {QStringLiteral("notes"), QJsonArray::fromStringList(h.notes)}};
}

QString cell(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QString();
}

QString hours(const crews::Estimate &e)
{
    return std::isfinite(e.value) ? QString::number(e.value, 'f', 1) : ReplayExport::tr("never");
}

} // namespace

QString ReplayExport::choiceName(ModelChoice choice)
{
    switch (choice) {
    case ModelChoice::Explicit:
        return QStringLiteral("explicit");
    case ModelChoice::ActiveThen:
        return QStringLiteral("active_then");
    case ModelChoice::ActiveNow:
        return QStringLiteral("active_now");
    }
    return {};
}

QJsonObject ReplayExport::toJson(const Scores &s)
{
    return {{QStringLiteral("territories"), s.rows},
            {QStringLiteral("mae"), number(s.mae)},
            {QStringLiteral("rmse"), number(s.rmse)},
            {QStringLiteral("totalAbsPercentError"), number(s.totalAbsPercentError)},
            {QStringLiteral("spearman"), number(s.spearman)},
            {QStringLiteral("coverage50"), number(s.coverage50)},
            {QStringLiteral("coverage80"), number(s.coverage80)},
            {QStringLiteral("coverage90"), number(s.coverage90)},
            {QStringLiteral("meanLogScore"), number(s.meanLogScore)},
            {QStringLiteral("meanDeviance"), number(s.meanDeviance)},
            {QStringLiteral("observedTotal"), number(s.observedTotal)},
            {QStringLiteral("predictedTotal"), number(s.predictedTotal)}};
}

QJsonObject ReplayExport::toJson(const StormReplay &r)
{
    QJsonArray territories;
    for (const TerritoryReplay &t : r.territories)
        territories.append(QJsonObject{
            {QStringLiteral("territoryId"), t.territoryId},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("predicted"), t.predicted},
            {QStringLiteral("mean"), t.predicted ? number(t.mean) : QJsonValue()},
            {QStringLiteral("p10"), t.predicted ? number(t.p10) : QJsonValue()},
            {QStringLiteral("p50"), t.predicted ? number(t.p50) : QJsonValue()},
            {QStringLiteral("p90"), t.predicted ? number(t.p90) : QJsonValue()},
            {QStringLiteral("actual"), number(t.actual)},
            {QStringLiteral("error"), t.predicted ? number(t.signedError) : QJsonValue()},
            {QStringLiteral("relativeError"),
             t.predicted && t.relative ? number(*t.relative) : QJsonValue()},
            {QStringLiteral("inInterval"), t.predicted ? QJsonValue(t.inInterval) : QJsonValue()},
            {QStringLiteral("logScore"), t.predicted ? number(t.logScore) : QJsonValue()},
            {QStringLiteral("crewsDeployed"), number(t.crewsDeployed)},
            {QStringLiteral("customerHours"), number(t.customerHours)}});
    QJsonArray timeline;
    for (const TimelineHour &h : r.timeline)
        timeline.append(QJsonObject{{QStringLiteral("time"), isoTime(h.time)},
                                    {QStringLiteral("began"), h.began},
                                    {QStringLiteral("cumulative"), h.cumulative},
                                    {QStringLiteral("out"), h.out}});
    QJsonObject json{{QStringLiteral("storm"),
                      QJsonObject{{QStringLiteral("id"), r.stormId},
                                  {QStringLiteral("code"), r.stormCode},
                                  {QStringLiteral("name"), r.stormName},
                                  {QStringLiteral("kind"), r.stormKind},
                                  {QStringLiteral("start"), isoTime(r.stormStart)},
                                  {QStringLiteral("end"), isoTime(r.stormEnd)},
                                  {QStringLiteral("firstOutage"), isoTime(r.firstOutage)},
                                  {QStringLiteral("firstOutageFrom"),
                                   r.firstOutageFromIncidents ? QStringLiteral("incidents")
                                                              : QStringLiteral("storm_start")}}},
                     {QStringLiteral("leadHours"), number(r.leadHours)},
                     {QStringLiteral("asOf"), isoTime(r.asOf)},
                     {QStringLiteral("forecastIssued"),
                      r.forecastIssued ? QJsonValue(isoTime(*r.forecastIssued)) : QJsonValue()},
                     {QStringLiteral("model"),
                      QJsonObject{{QStringLiteral("id"), r.modelId},
                                  {QStringLiteral("version"), r.modelVersion},
                                  {QStringLiteral("created"), isoTime(r.modelCreated)},
                                  {QStringLiteral("choice"), choiceName(r.modelChoice)}}},
                     {QStringLiteral("predicted"), totals(r.predictedTotals)},
                     {QStringLiteral("actualTotal"), number(r.actualTotal)},
                     {QStringLiteral("metrics"), toJson(r.scores)},
                     {QStringLiteral("territories"), territories},
                     {QStringLiteral("timeline"), timeline},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}};
    json.insert(QStringLiteral("hindsight"),
                r.hindsight ? QJsonValue(hindsightJson(*r.hindsight)) : QJsonValue());
    return json;
}

QJsonObject ReplayExport::toJson(const ModelComparison &c)
{
    QJsonArray storms;
    for (const ComparedStorm &s : c.storms)
        storms.append(QJsonObject{{QStringLiteral("id"), s.stormId},
                                  {QStringLiteral("code"), s.stormCode},
                                  {QStringLiteral("asOf"), isoTime(s.asOf)},
                                  {QStringLiteral("actualTotal"), number(s.actualTotal)},
                                  {QStringLiteral("predictedA"), totals(s.predictedA)},
                                  {QStringLiteral("predictedB"), totals(s.predictedB)},
                                  {QStringLiteral("a"), toJson(s.a)},
                                  {QStringLiteral("b"), toJson(s.b)}});
    return {{QStringLiteral("modelA"), c.modelA},
            {QStringLiteral("modelB"), c.modelB},
            {QStringLiteral("leadHours"), number(c.leadHours)},
            {QStringLiteral("overallA"), toJson(c.overallA)},
            {QStringLiteral("overallB"), toJson(c.overallB)},
            {QStringLiteral("stormsALowerMae"), c.aBetterMae},
            {QStringLiteral("stormsBLowerMae"), c.bBetterMae},
            {QStringLiteral("storms"), storms},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(c.skipped)}};
}

QString ReplayExport::markdown(const StormReplay &r)
{
    QString md;
    md += tr("# Storm replay: %1").arg(r.stormCode) + QStringLiteral("\n\n");
    md += tr("%1 (%2), %3 to %4 UTC. First outage %5.")
              .arg(r.stormName, r.stormKind, isoTime(r.stormStart), isoTime(r.stormEnd),
                   isoTime(r.firstOutage)) +
          QStringLiteral("\n\n");
    md += tr("Replayed as of %1, %2 h before the first outage, with model %3 (v%4); only "
             "forecasts issued and observations ended by then were read.")
              .arg(isoTime(r.asOf))
              .arg(r.leadHours)
              .arg(r.modelId)
              .arg(r.modelVersion);
    if (r.forecastIssued)
        md += QLatin1Char(' ') +
              tr("Newest forecast read: issued %1.").arg(isoTime(*r.forecastIssued));
    md += QStringLiteral("\n\n## ") + tr("Predicted against actual") + QStringLiteral("\n\n");
    md += tr("| outages | expected | P10 | P50 | P90 | actual |") + QStringLiteral("\n");
    md += QStringLiteral("|---|---:|---:|---:|---:|---:|\n");
    md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
              .arg(tr("all territories"), cell(r.predictedTotals.mean, 0),
                   cell(r.predictedTotals.p10, 0), cell(r.predictedTotals.p50, 0),
                   cell(r.predictedTotals.p90, 0), cell(r.actualTotal, 0));
    const Scores &s = r.scores;
    md += QStringLiteral("\n") +
          tr("Over %1 territories: MAE %2, RMSE %3, error of the total %4 %, Spearman %5, "
             "P10-P90 coverage %6 % (50 %: %7 %, 90 %: %8 %), mean log score %9.")
              .arg(s.rows)
              .arg(cell(s.mae, 2), cell(s.rmse, 2), cell(s.totalAbsPercentError, 1),
                   cell(s.spearman, 3), cell(100 * s.coverage80, 0), cell(100 * s.coverage50, 0),
                   cell(100 * s.coverage90, 0), cell(s.meanLogScore, 3)) +
          QStringLiteral("\n");
    if (r.hindsight) {
        const Hindsight &h = *r.hindsight;
        md += QStringLiteral("\n## ") + tr("Hindsight") + QStringLiteral("\n\n");
        md += tr("Both simulated %1 times against the outages that happened; target %2 % within "
                 "%3 h at %4. Hours count from the all-clear (the storm's end).")
                  .arg(h.settings.simulations)
                  .arg(h.settings.targetShare * 100, 0, 'f', 0)
                  .arg(h.settings.targetHours, 0, 'f', 0)
                  .arg(crews::riskName(h.settings.risk).toUpper()) +
              QStringLiteral("\n\n");
        md += tr("| | crews (own + aid) | customer-hours | cost | everyone back P50 | P90 |") +
              QStringLiteral("\n|---|---:|---:|---:|---:|---:|\n");
        for (const auto &[label, run] :
             {std::pair{tr("model's plan, as planned"), &h.plan},
              std::pair{tr("model's plan, dispatched to the outages"), &h.planDispatched},
              std::pair{tr("crews deployed"), &h.deployed}})
            md += QStringLiteral("| %1 | %2 + %3 | %4 ± %5 | %6 ± %7 | %8 | %9 |\n")
                      .arg(label)
                      .arg(run->ownCrews)
                      .arg(run->mutualAidCrews)
                      .arg(cell(run->customerHours.value, 0),
                           cell(run->customerHours.standardError, 0), cell(run->cost.value, 0),
                           cell(run->cost.standardError, 0), hours(run->etrAll.p50),
                           hours(run->etrAll.p90));
        md += QStringLiteral("\n") +
              tr("Recorded: %1 customer-hours.").arg(cell(h.recordedCustomerHours, 0)) +
              QStringLiteral("\n");
        for (const QString &note : h.notes)
            md += QStringLiteral("\n- ") + note;
        if (!h.notes.isEmpty())
            md += QLatin1Char('\n');
    }
    md += QStringLiteral("\n## ") + tr("Territories") + QStringLiteral("\n\n");
    md += tr("| territory | expected | P10 | P90 | actual | error | in interval |") +
          QStringLiteral("\n|---|---:|---:|---:|---:|---:|---|\n");
    for (const TerritoryReplay &t : r.territories) {
        if (!t.predicted) {
            md += QStringLiteral("| %1 %2 | %3 | | | %4 | | |\n")
                      .arg(t.code, t.name, tr("no prediction"), cell(t.actual, 0));
            continue;
        }
        md += QStringLiteral("| %1 %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(t.code, t.name, cell(t.mean, 1), cell(t.p10, 0), cell(t.p90, 0),
                       cell(t.actual, 0), cell(t.signedError, 1),
                       t.inInterval ? tr("yes") : tr("no"));
    }
    if (!r.notes.isEmpty()) {
        md += QStringLiteral("\n## ") + tr("Notes") + QStringLiteral("\n\n");
        for (const QString &note : r.notes)
            md += QStringLiteral("- ") + note + QLatin1Char('\n');
    }
    return md;
}

QByteArray ReplayExport::csv(const StormReplay &r)
{
    QString text = QStringLiteral("code,name,predicted,mean,p10,p50,p90,actual,error,"
                                  "relative_error,in_interval,log_score,crews_deployed,"
                                  "customer_hours\n");
    for (const TerritoryReplay &t : r.territories) {
        QString name = t.name;
        if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"')))
            name = QLatin1Char('"') + name.replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        const bool p = t.predicted;
        const QStringList cells{t.code,
                                name,
                                p ? QStringLiteral("1") : QStringLiteral("0"),
                                p ? cell(t.mean, 4) : QString(),
                                p ? cell(t.p10, 0) : QString(),
                                p ? cell(t.p50, 0) : QString(),
                                p ? cell(t.p90, 0) : QString(),
                                cell(t.actual, 0),
                                p ? cell(t.signedError, 4) : QString(),
                                p && t.relative ? cell(*t.relative, 4) : QString(),
                                p ? (t.inInterval ? QStringLiteral("1") : QStringLiteral("0"))
                                  : QString(),
                                p ? cell(t.logScore, 4) : QString(),
                                cell(t.crewsDeployed, 0),
                                cell(t.customerHours, 1)};
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

Result<void> ReplayExport::write(const StormReplay &replay, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("md"))
        bytes = markdown(replay).toUtf8();
    else if (suffix == QLatin1String("csv"))
        bytes = csv(replay);
    else if (suffix == QLatin1String("pdf"))
        return ReviewPdf::write(replay, path);
    else
        return Error{tr("unknown report type '.%1': name the file .pdf, .md or .csv").arg(suffix),
                     path, 0, QStringLiteral("--report")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("cannot write the report: %1").arg(file.errorString()), path, 0, {}};
    return {};
}

} // namespace stormcrew::replay
