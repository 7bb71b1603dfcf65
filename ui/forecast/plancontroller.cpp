#include "plancontroller.h"

#include "crews/crewplanner.h"
#include "crews/crewplanrepository.h"
#include "forecastcontroller.h"
#include "session.h"
#include "store/store.h"
#include "uilogging.h"

#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stormcrew {

PlanController::PlanController(Session &session, ForecastController &forecast, QObject *parent)
    : QObject(parent), m_session(session), m_forecast(forecast)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PlanController::finish);
    connect(&m_forecast, &ForecastController::resultChanged, this, [this] { replan(); });
}

PlanController::~PlanController()
{
    m_watcher.waitForFinished();
}

void PlanController::replan(bool requested)
{
    if (requested)
        m_requested.start();
    if (m_busy) {
        // The newest settings win: the plan in flight stops at its next step and is dropped.
        m_again = true;
        m_cancelled->store(true);
        Q_EMIT busyChanged();
        return;
    }
    const auto &run = m_forecast.run();
    if (!run) {
        m_plan.reset();
        m_error.clear();
        Q_EMIT planChanged();
        return;
    }
    crews::PlanSettings settings;
    settings.targetShare = m_targetPercent / 100.0;
    settings.targetHours = m_targetHours;
    settings.risk = m_risk == QLatin1String("p50")   ? crews::RiskLevel::P50
                    : m_risk == QLatin1String("p90") ? crews::RiskLevel::P90
                                                     : crews::RiskLevel::P80;
    if (m_crewsOnHand >= 0)
        settings.crewsOnHand = m_crewsOnHand;
    settings.startTime = run->prediction.allClear;
    if (run->prediction.stormId == 0)
        settings.hoursUntilStart = std::max<double>(
            0, double(settings.startTime - QDateTime::currentSecsSinceEpoch()) / 3600.0);
    const QString path = m_session.storePath();
    const QString kind = run->features.stormKind;
    const OutageDistribution outages = run->prediction.draws;
    m_busy = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    Q_EMIT busyChanged();
    m_watcher.setFuture(QtConcurrent::run(
        [path, kind, outages, settings, cancelled = m_cancelled, jobs = m_jobs]() -> Outcome {
            auto store = Store::open(path, Store::Access::ReadOnly, Store::Check::Header);
            if (!store)
                return {std::nullopt, store.error().message};
            auto inputs = crews::CrewPlanRepository(*store.value()).inputs(kind);
            if (!inputs)
                return {std::nullopt, inputs.error().message};
            if (cancelled->load())
                return {std::nullopt, {}, true};
            auto plan =
                crews::CrewPlanner(std::move(inputs).value(), settings).plan(outages, jobs.get());
            if (cancelled->load())
                return {std::nullopt, {}, true};
            if (!plan)
                return {std::nullopt, plan.error().message};
            return {std::move(plan).value(), {}};
        }));
}

void PlanController::finish()
{
    Outcome outcome = m_watcher.result();
    m_busy = false;
    if (outcome.cancelled || m_cancelled->load()) {
        // Cancelled or superseded: the plan shown stays; newer settings are planned now.
        qCInfo(lcUi) << "crew plan cancelled";
        Q_EMIT busyChanged();
        if (m_again) {
            m_again = false;
            replan(false);
        }
        return;
    }
    m_plan = std::move(outcome.plan);
    m_error = outcome.error;
    m_planMilliseconds = m_requested.isValid() ? m_requested.elapsed() : 0;
    if (!m_error.isEmpty())
        qCInfo(lcUi) << "no crew plan:" << m_error;
    else
        qCInfo(lcUi) << "crew plan in" << m_planMilliseconds << "ms";
    Q_EMIT busyChanged();
    Q_EMIT planChanged();
    if (m_again) {
        m_again = false;
        replan(false);
    }
}

void PlanController::cancel()
{
    if (!m_busy)
        return;
    m_again = false;
    m_cancelled->store(true);
    Q_EMIT busyChanged();
}

void PlanController::setTargetPercent(int percent)
{
    percent = std::clamp(percent, 50, 100);
    if (percent == m_targetPercent)
        return;
    m_targetPercent = percent;
    Q_EMIT settingsChanged();
    replan();
}

void PlanController::setTargetHours(int hours)
{
    hours = std::clamp(hours, 6, 240);
    if (hours == m_targetHours)
        return;
    m_targetHours = hours;
    Q_EMIT settingsChanged();
    replan();
}

void PlanController::setRisk(const QString &risk)
{
    if (risk == m_risk || (risk != QLatin1String("p50") && risk != QLatin1String("p80") &&
                           risk != QLatin1String("p90")))
        return;
    m_risk = risk;
    Q_EMIT settingsChanged();
    replan();
}

void PlanController::setCrewsOnHand(int crews)
{
    crews = std::max(-1, crews);
    if (crews == m_crewsOnHand)
        return;
    m_crewsOnHand = crews;
    Q_EMIT settingsChanged();
    replan();
}

int PlanController::ownAvailable() const
{
    return m_plan && !m_plan->sources.empty() ? m_plan->sources.front().available : 0;
}

int PlanController::ownCrews() const
{
    return m_plan ? m_plan->ownCrews() : 0;
}

int PlanController::mutualAidCrews() const
{
    return m_plan ? m_plan->mutualAidCrews() : 0;
}

QDateTime PlanController::requestBy() const
{
    if (!m_plan)
        return {};
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const crews::CrewSource &source : m_plan->sources)
        if (source.kind != QLatin1String("own") && source.used > 0 && source.requestBy > 0)
            earliest = std::min(earliest, source.requestBy);
    return earliest == std::numeric_limits<qint64>::max()
               ? QDateTime()
               : QDateTime::fromSecsSinceEpoch(earliest, QTimeZone::utc());
}

QStringList PlanController::requests() const
{
    return m_plan ? m_plan->requests : QStringList();
}

QStringList PlanController::warnings() const
{
    return m_plan ? m_plan->warnings : QStringList();
}

double PlanController::etrP50() const
{
    return m_plan ? m_plan->etrAll.p50.value : 0;
}

double PlanController::etrP90() const
{
    return m_plan ? m_plan->etrAll.p90.value : 0;
}

double PlanController::targetEtrP50() const
{
    return m_plan ? m_plan->etrTarget.p50.value : 0;
}

double PlanController::targetEtrP90() const
{
    return m_plan ? m_plan->etrTarget.p90.value : 0;
}

double PlanController::cost() const
{
    return m_plan ? m_plan->cost.value : 0;
}

QVariantMap PlanController::territory(qint64 territoryId) const
{
    if (!m_plan)
        return {};
    for (const crews::TerritoryPlan &t : m_plan->territories)
        if (t.territoryId == territoryId)
            return {{QStringLiteral("own"), t.ownCrews},
                    {QStringLiteral("mutualAid"), t.mutualAidCrews},
                    {QStringLiteral("etrP50"), t.etrAll.p50.value},
                    {QStringLiteral("etrP90"), t.etrAll.p90.value},
                    {QStringLiteral("targetMet"), t.targetMet}};
    return {};
}

QVariantMap PlanController::values(const QString &metric) const
{
    QVariantMap values;
    if (!m_plan)
        return values;
    for (const crews::TerritoryPlan &t : m_plan->territories) {
        const double v = metric == QLatin1String("crews") ? double(t.ownCrews + t.mutualAidCrews)
                                                          : t.etrAll.p50.value;
        if (std::isfinite(v))
            values.insert(QString::number(t.territoryId), v);
    }
    return values;
}

} // namespace stormcrew
