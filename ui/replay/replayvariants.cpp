#include "replayvariants.h"

#include "replay/replayexport.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QVariantMap scores(const Scores &s)
{
    return {{QStringLiteral("territories"), qint64(s.rows)},
            {QStringLiteral("mae"), s.mae},
            {QStringLiteral("rmse"), s.rmse},
            {QStringLiteral("totalError"), s.totalAbsPercentError},
            {QStringLiteral("spearman"), s.spearman},
            {QStringLiteral("coverage80"), 100 * s.coverage80},
            {QStringLiteral("coverage50"), 100 * s.coverage50},
            {QStringLiteral("coverage90"), 100 * s.coverage90},
            {QStringLiteral("logScore"), s.meanLogScore}};
}

QVariant finite(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

} // namespace

QVariantList ReplayVariants::storms(Store &store)
{
    QVariantList storms;
    auto stmt = sqlite::prepare(
        store.handle(),
        QStringLiteral("SELECT s.code, s.name, s.start_time, coalesce((SELECT sum(outages) FROM "
                       "storm_outcome o WHERE o.storm_id = s.id), 0), (SELECT count(*) FROM "
                       "incident i WHERE i.storm_id = s.id) FROM storm s ORDER BY s.start_time "
                       "DESC"));
    while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const qint64 outages = sqlite3_column_int64(stmt.get(), 3);
        const qint64 incidents = sqlite3_column_int64(stmt.get(), 4);
        if (outages == 0 && incidents == 0)
            continue; // nothing to replay it against
        const QString code = sqlite::columnText(stmt.get(), 0);
        storms.append(QVariantMap{
            {QStringLiteral("code"), code},
            {QStringLiteral("label"),
             tr("%1 — %2 (%n outages)", nullptr, int(std::max(outages, incidents)))
                 .arg(utc(sqlite3_column_int64(stmt.get(), 2)).toString(Qt::ISODate).left(10),
                      sqlite::columnText(stmt.get(), 1))},
            {QStringLiteral("outages"), std::max(outages, incidents)}});
    }
    return storms;
}

QVariantList ReplayVariants::models(Store &store)
{
    QVariantList models;
    auto stmt = sqlite::prepare(store.handle(),
                                QStringLiteral("SELECT id, version, status, created_time FROM "
                                               "model ORDER BY id DESC"));
    while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt.get(), 0);
        const bool active = sqlite::columnText(stmt.get(), 2) == QLatin1String("active");
        const QString created = utc(sqlite3_column_int64(stmt.get(), 3)).toString(Qt::ISODate);
        models.append(QVariantMap{
            {QStringLiteral("id"), id},
            {QStringLiteral("label"), active ? tr("Model %1 (version %2, trained %3, active)")
                                                   .arg(id)
                                                   .arg(sqlite3_column_int(stmt.get(), 1))
                                                   .arg(created.left(10))
                                             : tr("Model %1 (version %2, trained %3)")
                                                   .arg(id)
                                                   .arg(sqlite3_column_int(stmt.get(), 1))
                                                   .arg(created.left(10))},
            {QStringLiteral("active"), active}});
    }
    return models;
}

QVariantMap ReplayVariants::summary(const replay::StormReplay &r)
{
    return {
        {QStringLiteral("stormCode"), r.stormCode},
        {QStringLiteral("stormName"), r.stormName},
        {QStringLiteral("stormKind"), r.stormKind},
        {QStringLiteral("stormStart"), utc(r.stormStart)},
        {QStringLiteral("stormEnd"), utc(r.stormEnd)},
        {QStringLiteral("firstOutage"), utc(r.firstOutage)},
        {QStringLiteral("leadHours"), r.leadHours},
        {QStringLiteral("asOf"), utc(r.asOf)},
        {QStringLiteral("forecastIssued"),
         r.forecastIssued ? QVariant(utc(*r.forecastIssued)) : QVariant()},
        {QStringLiteral("modelId"), r.modelId},
        {QStringLiteral("modelVersion"), r.modelVersion},
        {QStringLiteral("modelChoice"), replay::ReplayExport::choiceName(r.modelChoice)},
        {QStringLiteral("predictedMean"), r.predictedTotals.mean},
        {QStringLiteral("predictedP10"), r.predictedTotals.p10},
        {QStringLiteral("predictedP50"), r.predictedTotals.p50},
        {QStringLiteral("predictedP90"), r.predictedTotals.p90},
        {QStringLiteral("actualTotal"), r.actualTotal},
        {QStringLiteral("scores"), scores(r.scores)},
    };
}

QVariantList ReplayVariants::hindsight(const replay::StormReplay &r)
{
    if (!r.hindsight)
        return {};
    const replay::Hindsight &h = *r.hindsight;
    QVariantList runs;
    for (const auto &[label, run] :
         {std::pair{tr("Model's plan, as planned"), &h.plan},
          std::pair{tr("Model's plan, dispatched to the outages"), &h.planDispatched},
          std::pair{tr("Crews actually deployed"), &h.deployed}})
        runs.append(
            QVariantMap{{QStringLiteral("label"), label},
                        {QStringLiteral("own"), run->ownCrews},
                        {QStringLiteral("aid"), run->mutualAidCrews},
                        {QStringLiteral("customerHours"), run->customerHours.value},
                        {QStringLiteral("customerHoursSe"), run->customerHours.standardError},
                        {QStringLiteral("cost"), run->cost.value},
                        {QStringLiteral("costSe"), run->cost.standardError},
                        {QStringLiteral("etrP10"), finite(run->etrAll.p10.value)},
                        {QStringLiteral("etrP50"), finite(run->etrAll.p50.value)},
                        {QStringLiteral("etrP90"), finite(run->etrAll.p90.value)}});
    return runs;
}

QVariantList ReplayVariants::hardestHit(const replay::StormReplay &r, int count)
{
    std::vector<const replay::TerritoryReplay *> shown;
    for (const replay::TerritoryReplay &t : r.territories)
        if (t.predicted)
            shown.push_back(&t);
    std::sort(shown.begin(), shown.end(), [](const auto *a, const auto *b) {
        return std::max(a->actual, a->mean) > std::max(b->actual, b->mean);
    });
    if (shown.size() > std::size_t(count))
        shown.resize(std::size_t(count));
    QVariantList out;
    for (const replay::TerritoryReplay *t : shown)
        out.append(QVariantMap{{QStringLiteral("code"), t->code},
                               {QStringLiteral("name"), t->name},
                               {QStringLiteral("mean"), t->mean},
                               {QStringLiteral("p10"), t->p10},
                               {QStringLiteral("p90"), t->p90},
                               {QStringLiteral("actual"), t->actual},
                               {QStringLiteral("inInterval"), t->inInterval}});
    return out;
}

QVariantList ReplayVariants::timeline(const replay::StormReplay &r)
{
    QVariantList out;
    for (const replay::TimelineHour &h : r.timeline)
        out.append(QVariantMap{{QStringLiteral("time"), utc(h.time)},
                               {QStringLiteral("hours"), double(h.time - r.firstOutage) / 3600.0},
                               {QStringLiteral("began"), h.began},
                               {QStringLiteral("cumulative"), h.cumulative},
                               {QStringLiteral("out"), h.out}});
    return out;
}

QVariantList ReplayVariants::restoration(const replay::StormReplay &r)
{
    QVariantList out;
    const int total = r.timeline.empty() ? 0 : r.timeline.back().cumulative;
    if (total == 0)
        return out;
    for (const replay::TimelineHour &h : r.timeline) {
        const double after = double(h.time - r.stormEnd) / 3600.0;
        if (after >= 0)
            out.append(
                QVariantMap{{QStringLiteral("hours"), after},
                            {QStringLiteral("restored"), 100.0 * (h.cumulative - h.out) / total}});
    }
    return out;
}

QVariantMap ReplayVariants::comparison(const replay::ModelComparison &c)
{
    QVariantList storms;
    for (const replay::ComparedStorm &s : c.storms)
        storms.append(QVariantMap{{QStringLiteral("code"), s.stormCode},
                                  {QStringLiteral("actual"), s.actualTotal},
                                  {QStringLiteral("predictedA"), s.predictedA.mean},
                                  {QStringLiteral("predictedB"), s.predictedB.mean},
                                  {QStringLiteral("maeA"), s.a.mae},
                                  {QStringLiteral("maeB"), s.b.mae},
                                  {QStringLiteral("coverageA"), 100 * s.a.coverage80},
                                  {QStringLiteral("coverageB"), 100 * s.b.coverage80}});
    return {{QStringLiteral("modelA"), c.modelA},
            {QStringLiteral("modelB"), c.modelB},
            {QStringLiteral("overallA"), scores(c.overallA)},
            {QStringLiteral("overallB"), scores(c.overallB)},
            {QStringLiteral("aBetter"), c.aBetterMae},
            {QStringLiteral("bBetter"), c.bBetterMae},
            {QStringLiteral("skipped"), c.skipped},
            {QStringLiteral("storms"), storms}};
}

} // namespace stormcrew
