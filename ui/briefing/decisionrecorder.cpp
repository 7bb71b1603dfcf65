#include "decisionrecorder.h"

#include "crews/crewplanrepository.h"
#include "engine/outageengine.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace stormcrew::briefing {

namespace {

QJsonValue isoTime(qint64 seconds)
{
    return seconds > 0
               ? QJsonValue(
                     QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate))
               : QJsonValue();
}

QJsonValue hoursValue(double hours)
{
    return std::isfinite(hours) ? QJsonValue(std::round(hours * 10) / 10) : QJsonValue();
}

qint64 earliestRequest(const crews::CrewPlan &plan)
{
    qint64 earliest = 0;
    for (const crews::CrewSource &source : plan.sources)
        if (source.kind != QLatin1String("own") && source.used > 0 && source.requestBy > 0)
            earliest = earliest == 0 ? source.requestBy : std::min(earliest, source.requestBy);
    return earliest;
}

} // namespace

QString DecisionRecorder::whyNotWritable(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return tr("The store %1 does not exist.").arg(path);
    if (!file.isWritable())
        return tr("The store file %1 is not writable; ask for write access to record "
                  "decisions.")
            .arg(path);
    // SQLite writes its journal beside the store.
    if (!QFileInfo(file.absolutePath()).isWritable())
        return tr("The folder %1 is not writable, and the store needs to write its journal "
                  "there; ask for write access to record decisions.")
            .arg(file.absolutePath());
    return {};
}

QString DecisionRecorder::auditDetail(const Decision &decision, qint64 runId, qint64 planId)
{
    const crews::CrewPlan &plan = decision.plan;
    const crews::PlanSettings &settings = plan.settings;
    QJsonArray requests;
    for (const QString &request : plan.requests)
        requests.append(request);
    const QJsonObject detail{
        {QStringLiteral("plan"), planId},
        {QStringLiteral("run"), runId},
        {QStringLiteral("storm"), decision.prediction.stormCode},
        {QStringLiteral("forecast"), decision.prediction.stormId == 0},
        {QStringLiteral("forecast_issued"),
         isoTime(decision.prediction.forecastIssued.value_or(0))},
        {QStringLiteral("model_version"), decision.prediction.modelVersion},
        {QStringLiteral("outages_p50"), decision.prediction.totals.p50},
        {QStringLiteral("target_percent"), std::round(settings.targetShare * 1000) / 10},
        {QStringLiteral("target_hours"), settings.targetHours},
        {QStringLiteral("risk"), crews::riskName(settings.risk)},
        {QStringLiteral("crews_on_hand"),
         settings.crewsOnHand ? QJsonValue(*settings.crewsOnHand) : QJsonValue()},
        {QStringLiteral("own_crews"), plan.ownCrews()},
        {QStringLiteral("mutual_aid_crews"), plan.mutualAidCrews()},
        {QStringLiteral("request_by"), isoTime(earliestRequest(plan))},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("etr_p50_h"), hoursValue(plan.etrAll.p50.value)},
        {QStringLiteral("target_etr_p50_h"), hoursValue(plan.etrTarget.p50.value)},
    };
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

Result<RecordedDecision> DecisionRecorder::record(const QString &storePath,
                                                  const Decision &decision)
{
    if (const QString why = whyNotWritable(storePath); !why.isEmpty())
        return Error{why, {}, 0, {}};
    auto opened = Store::open(storePath, Store::Access::ReadWrite);
    if (!opened)
        return opened.error();
    Store &store = *opened.value();
    auto run = OutageEngine(store).record(decision.prediction);
    if (!run)
        return run.error();
    auto plan = crews::CrewPlanRepository(store).save(decision.plan, run.value());
    if (!plan) {
        Error error = plan.error();
        error.message = tr("the prediction was stored as run %1, but the crew plan was not: %2")
                            .arg(run.value())
                            .arg(error.message);
        return error;
    }
    if (auto audited = store.audit(QStringLiteral("crews.decision"),
                                   auditDetail(decision, run.value(), plan.value()));
        !audited) {
        Error error = audited.error();
        error.message = tr("the crew plan was stored as plan %1, but the decision could not be "
                           "written to the audit log: %2")
                            .arg(plan.value())
                            .arg(error.message);
        return error;
    }
    return RecordedDecision{run.value(), plan.value(), QDateTime::currentDateTimeUtc(),
                            Store::currentUser()};
}

} // namespace stormcrew::briefing
