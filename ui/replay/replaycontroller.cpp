#include "replaycontroller.h"

#include "replaymetrics.h"
#include "replayvariants.h"
#include "session.h"
#include "uilogging.h"

#include "engine/modelregistry.h"
#include "replay/replayexport.h"
#include "replay/stormactuals.h"
#include "replay/stormreplayer.h"
#include "store/store.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace stormcrew {

ReplayController::ReplayController(QObject *parent)
    : QObject(parent), m_step(std::make_shared<std::atomic_int>(0))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReplayController::finish);
    connect(&m_choicesWatcher, &QFutureWatcher<QVariantList>::finished, this, [this] {
        const QVariantList choices = m_choicesWatcher.result();
        m_storms = choices.value(0).toList();
        m_models = choices.value(1).toList();
        Q_EMIT choicesChanged();
    });
    connect(&m_compareWatcher, &QFutureWatcher<QVariantMap>::finished, this, [this] {
        const QVariantMap result = m_compareWatcher.result();
        m_comparing = false;
        m_comparison = result.value(QStringLiteral("storms")).toList();
        m_comparisonSummary = result;
        m_comparisonSummary.remove(QStringLiteral("storms"));
        Q_EMIT comparisonChanged();
    });
}

ReplayController::~ReplayController()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
    m_choicesWatcher.waitForFinished();
    m_compareWatcher.waitForFinished();
}

void ReplayController::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::storeChanged, this, &ReplayController::refreshChoices);
    refreshChoices();
    Q_EMIT sessionChanged();
}

void ReplayController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void ReplayController::refreshChoices()
{
    if (!m_session || !m_session->storeOpen() || m_choicesWatcher.isRunning())
        return;
    const QString path = m_session->storePath();
    m_choicesWatcher.setFuture(QtConcurrent::run([path]() -> QVariantList {
        auto store = Store::open(path, Store::Access::ReadOnly, Store::Check::Header);
        if (!store)
            return {};
        return {ReplayVariants::storms(*store.value()), ReplayVariants::models(*store.value())};
    }));
}

bool ReplayController::cancelling() const
{
    return m_busy && !m_pending && m_cancelled && *m_cancelled;
}

QString ReplayController::status() const
{
    if (!m_busy)
        return {};
    if (cancelling())
        return tr("Cancelling…");
    return m_step->load() == 0
               ? tr("Opening the store…")
               : tr("Replaying %1: the prediction as of %2 h before the first outage, then the "
                    "crew plans against what happened…")
                     .arg(m_running.storm)
                     .arg(m_running.leadHours);
}

void ReplayController::replay(const QString &storm, double leadHours, qint64 modelId)
{
    setActive(true);
    start({storm, leadHours, modelId});
}

void ReplayController::start(const Request &request)
{
    if (m_busy) {
        m_pending = request;
        m_cancelled->store(true);
        Q_EMIT busyChanged();
        return;
    }
    if (!m_session || !m_session->storeOpen())
        return;
    const QString path = m_session->storePath();
    m_busy = true;
    m_running = request;
    m_progress = 0;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_step->store(0);
    Q_EMIT busyChanged();
    // The step the worker is at, for the status line.
    auto *poll = new QTimer(this);
    poll->setInterval(150);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (!m_busy) {
            poll->deleteLater();
            return;
        }
        const double progress = m_step->load() == 0 ? 0.05 : 0.5;
        if (progress != m_progress) {
            m_progress = progress;
            Q_EMIT busyChanged();
        }
    });
    poll->start();
    m_watcher.setFuture(
        QtConcurrent::run([path, request, cancelled = m_cancelled, step = m_step]() -> Outcome {
            QElapsedTimer clock;
            clock.start();
            Outcome outcome;
            const auto stop = [&] {
                outcome.cancelled = cancelled->load();
                return outcome.cancelled;
            };
            auto store = Store::open(path, Store::Access::ReadOnly, Store::Check::Header);
            if (!store) {
                outcome.error = store.error().message;
                return outcome;
            }
            if (stop())
                return outcome;
            step->store(1);
            replay::ReplayOptions options;
            options.leadHours = request.leadHours;
            if (request.modelId > 0)
                options.modelId = request.modelId;
            auto replayed = replay::StormReplayer(*store.value()).replay(request.storm, options);
            if (stop())
                return outcome;
            if (!replayed)
                outcome.error = replayed.error().message;
            else
                outcome.replay = std::move(replayed).value();
            outcome.elapsedMs = clock.elapsed();
            return outcome;
        }));
}

void ReplayController::cancel()
{
    if (!m_busy)
        return;
    m_pending.reset();
    m_cancelled->store(true);
    Q_EMIT busyChanged();
}

void ReplayController::finish()
{
    Outcome outcome = m_watcher.result();
    m_busy = false;
    m_progress = 1;
    if (outcome.cancelled || m_cancelled->load()) {
        qCInfo(lcUi) << "replay cancelled";
        Q_EMIT busyChanged();
        if (m_pending) {
            const Request next = *m_pending;
            m_pending.reset();
            start(next);
        }
        return;
    }
    m_error = outcome.error;
    if (outcome.replay) {
        m_replay = std::move(outcome.replay);
        m_elapsedMs = outcome.elapsedMs;
        m_territories.setTerritories(m_replay->territories);
        qCInfo(lcUi) << "replayed" << m_replay->stormCode << "in" << m_elapsedMs << "ms";
    } else {
        qCInfo(lcUi) << "no replay:" << m_error;
    }
    m_hour = m_replay ? std::max(0, int(m_replay->timeline.size()) - 1) : 0;
    Q_EMIT resultChanged();
    Q_EMIT hourChanged();
    Q_EMIT busyChanged();
    updateMetric();
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        start(next);
    }
}

QVariantMap ReplayController::summary() const
{
    return m_replay ? ReplayVariants::summary(*m_replay) : QVariantMap();
}

QVariantList ReplayController::hindsight() const
{
    return m_replay ? ReplayVariants::hindsight(*m_replay) : QVariantList();
}

QVariantMap ReplayController::recorded() const
{
    if (!m_replay || !m_replay->hindsight)
        return {};
    const replay::Hindsight &h = *m_replay->hindsight;
    return {{QStringLiteral("customerHours"), h.recordedCustomerHours},
            {QStringLiteral("restorationHours"),
             h.recordedRestorationHours ? QVariant(*h.recordedRestorationHours) : QVariant()},
            {QStringLiteral("notes"), h.notes}};
}

QStringList ReplayController::notes() const
{
    return m_replay ? m_replay->notes : QStringList();
}

QVariantList ReplayController::chartTerritories() const
{
    return m_replay ? ReplayVariants::hardestHit(*m_replay, 20) : QVariantList();
}

QVariantList ReplayController::timeline() const
{
    return m_replay ? ReplayVariants::timeline(*m_replay) : QVariantList();
}

QVariantList ReplayController::restoration() const
{
    return m_replay ? ReplayVariants::restoration(*m_replay) : QVariantList();
}

void ReplayController::setHour(int hour)
{
    if (!m_replay)
        return;
    hour = std::clamp(hour, 0, std::max(0, int(m_replay->timeline.size()) - 1));
    if (hour == m_hour)
        return;
    m_hour = hour;
    Q_EMIT hourChanged();
}

QVariantMap ReplayController::hourState() const
{
    if (!m_replay || m_replay->timeline.empty())
        return {};
    const replay::TimelineHour &h = m_replay->timeline[std::size_t(m_hour)];
    return {
        {QStringLiteral("index"), m_hour},
        {QStringLiteral("count"), int(m_replay->timeline.size())},
        {QStringLiteral("time"), QDateTime::fromSecsSinceEpoch(h.time, QTimeZone::utc())},
        {QStringLiteral("hoursFromFirstOutage"), double(h.time - m_replay->firstOutage) / 3600.0},
        {QStringLiteral("began"), h.began},
        {QStringLiteral("cumulative"), h.cumulative},
        {QStringLiteral("out"), h.out},
        {QStringLiteral("predictedMean"), m_replay->predictedTotals.mean},
        {QStringLiteral("predictedP10"), m_replay->predictedTotals.p10},
        {QStringLiteral("predictedP90"), m_replay->predictedTotals.p90}};
}

void ReplayController::setMetric(const QString &metric)
{
    const QString name = ReplayMetrics::name(ReplayMetrics::fromName(metric));
    if (name == m_metric)
        return;
    m_metric = name;
    updateMetric();
}

void ReplayController::updateMetric()
{
    m_metricValues.clear();
    m_metricMinimum = 0;
    m_metricMaximum = 1;
    if (m_replay) {
        const auto metric = ReplayMetrics::fromName(m_metric);
        const QHash<qint64, double> values = ReplayMetrics::values(*m_replay, metric);
        double lo = 0, hi = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            m_metricValues.insert(QString::number(it.key()), it.value());
            lo = std::min(lo, it.value());
            hi = std::max(hi, it.value());
        }
        if (metric == ReplayMetrics::Metric::Interval) {
            lo = -1;
            hi = 1;
        } else if (metric == ReplayMetrics::Metric::Error ||
                   metric == ReplayMetrics::Metric::Relative) {
            // Symmetric around zero for the diverging palette; relative errors capped at
            // +-200 % so that one small territory does not wash the others out.
            double extent = std::max({std::abs(lo), std::abs(hi), 1.0});
            if (metric == ReplayMetrics::Metric::Relative)
                extent = std::min(extent, 200.0);
            lo = -extent;
            hi = extent;
        } else {
            hi = std::max(hi, 1.0);
        }
        m_metricMinimum = lo;
        m_metricMaximum = hi;
    }
    Q_EMIT metricChanged();
}

void ReplayController::compare(qint64 modelA, qint64 modelB, double leadHours)
{
    if (!m_session || !m_session->storeOpen() || m_comparing)
        return;
    m_comparing = true;
    Q_EMIT comparisonChanged();
    const QString path = m_session->storePath();
    m_compareWatcher.setFuture(QtConcurrent::run([path, modelA, modelB, leadHours]() {
        auto store = Store::open(path, Store::Access::ReadOnly, Store::Check::Header);
        if (!store)
            return QVariantMap{{QStringLiteral("error"), store.error().message}};
        replay::ReplayOptions options;
        options.leadHours = leadHours;
        options.hindsight = false;
        options.prediction.draws = 1000;
        auto compared = replay::StormReplayer(*store.value()).compare(modelA, modelB, {}, options);
        if (!compared)
            return QVariantMap{{QStringLiteral("error"), compared.error().message}};
        return ReplayVariants::comparison(compared.value());
    }));
}

QString ReplayController::exportReport(const QUrl &file) const
{
    if (!m_replay)
        return tr("Nothing to export yet: replay a storm first.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto written = replay::ReplayExport::write(*m_replay, path);
    return written ? QString() : written.error().toString();
}

QUrl ReplayController::suggestedFile(const QString &extension) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString storm = m_replay ? m_replay->stormCode : QStringLiteral("storm");
    storm.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return QUrl::fromLocalFile(
        QDir(folder).filePath(QStringLiteral("stormcrew-review-%1.%2").arg(storm, extension)));
}

} // namespace stormcrew
