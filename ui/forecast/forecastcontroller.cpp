#include "forecastcontroller.h"

#include "engine/predictionexport.h"
#include "session.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "uilogging.h"

#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace stormcrew {

namespace {

QDateTime utc(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
}

// The past storms the chooser lists, newest first, with what they did.
QVariantList pastStorms(Store &store)
{
    QVariantList storms;
    auto stmt = sqlite::prepare(
        store.handle(),
        QStringLiteral("SELECT s.code, s.name, s.kind, s.start_time, "
                       "(SELECT coalesce(sum(outages), 0) FROM storm_outcome o WHERE o.storm_id "
                       "= s.id) FROM storm s ORDER BY s.start_time DESC"));
    while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW)
        storms.append(
            QVariantMap{{QStringLiteral("code"), sqlite::columnText(stmt.get(), 0)},
                        {QStringLiteral("name"), sqlite::columnText(stmt.get(), 1)},
                        {QStringLiteral("kind"), sqlite::columnText(stmt.get(), 2)},
                        {QStringLiteral("start"), utc(sqlite3_column_int64(stmt.get(), 3))},
                        {QStringLiteral("outages"), sqlite3_column_int64(stmt.get(), 4)}});
    return storms;
}

// A territory's worst past storms (its history in the detail panel).
QVariantList territoryHistory(Store &store, qint64 territoryId)
{
    QVariantList history;
    auto stmt = sqlite::prepare(
        store.handle(),
        QStringLiteral("SELECT s.code, s.name, s.start_time, o.outages, o.crews_deployed, "
                       "o.restoration_hours FROM storm_outcome o JOIN storm s ON s.id = "
                       "o.storm_id WHERE o.territory_id = ?1 ORDER BY o.outages DESC, "
                       "s.start_time DESC LIMIT 5"));
    if (!stmt)
        return history;
    sqlite3_bind_int64(stmt.get(), 1, territoryId);
    while (sqlite3_step(stmt.get()) == SQLITE_ROW)
        history.append(QVariantMap{
            {QStringLiteral("code"), sqlite::columnText(stmt.get(), 0)},
            {QStringLiteral("name"), sqlite::columnText(stmt.get(), 1)},
            {QStringLiteral("start"), utc(sqlite3_column_int64(stmt.get(), 2))},
            {QStringLiteral("outages"), sqlite3_column_int64(stmt.get(), 3)},
            {QStringLiteral("crews"), sqlite3_column_type(stmt.get(), 4) == SQLITE_NULL
                                          ? QVariant()
                                          : QVariant(sqlite3_column_int64(stmt.get(), 4))},
            {QStringLiteral("restorationHours"),
             sqlite3_column_type(stmt.get(), 5) == SQLITE_NULL
                 ? QVariant()
                 : QVariant(sqlite3_column_double(stmt.get(), 5))}});
    return history;
}

} // namespace

ForecastController::ForecastController(Session &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ForecastController::finish);
    connect(&m_session, &Session::storeChanged, this, [this] {
        if (m_session.storeOpen())
            showForecast();
    });
}

ForecastController::~ForecastController()
{
    m_watcher.waitForFinished();
}

void ForecastController::showForecast()
{
    start({});
}

void ForecastController::showStorm(const QString &code)
{
    start(code);
}

void ForecastController::start(const QString &stormCode)
{
    if (m_busy) {
        // The newest request wins: the one in flight stops at its next step and is dropped.
        m_pending = stormCode;
        m_hasPending = true;
        m_cancelled->store(true);
        Q_EMIT busyChanged();
        return;
    }
    const QString path = m_session.storePath();
    if (!m_session.storeOpen() || path.isEmpty())
        return;
    m_busy = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    Q_EMIT busyChanged();
    m_watcher.setFuture(QtConcurrent::run([path, stormCode, cancelled = m_cancelled]() -> Outcome {
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
        outcome.storms = pastStorms(*store.value());
        if (stop())
            return outcome;
        PredictionRequest request;
        request.stormCode = stormCode;
        auto run = OutageEngine(*store.value()).run(request);
        if (stop())
            return outcome;
        if (!run)
            outcome.error = run.error().message;
        else
            outcome.run = std::move(run).value();
        return outcome;
    }));
}

void ForecastController::cancel()
{
    if (!m_busy)
        return;
    m_hasPending = false;
    m_cancelled->store(true);
    Q_EMIT busyChanged();
}

void ForecastController::finish()
{
    Outcome outcome = m_watcher.result();
    m_busy = false;
    if (outcome.cancelled || m_cancelled->load()) {
        // Cancelled or superseded: what was shown stays; a newer request runs now.
        qCInfo(lcUi) << "prediction cancelled";
        Q_EMIT busyChanged();
        if (m_hasPending) {
            m_hasPending = false;
            start(m_pending);
        }
        return;
    }
    m_error = outcome.error;
    m_storms = outcome.storms;
    m_run = std::move(outcome.run);
    if (!m_error.isEmpty())
        qCInfo(lcUi) << "no prediction:" << m_error;
    static const StormPrediction none;
    m_tableModel.setPrediction(m_run ? m_run->prediction : none);
    Q_EMIT resultChanged();
    Q_EMIT busyChanged();
    updateMetric();
    // Keep the selection across storms; otherwise start with the territory expected to be hit
    // hardest, so that the detail panel explains the headline at once.
    qint64 keep = m_tableModel.rowOf(m_selected) >= 0 ? m_selected : -1;
    if (keep < 0 && m_filter.rowCount() > 0)
        keep = m_filter.territoryIdAt(0);
    setSelectedTerritory(keep);
    m_explanation.setTerritory(selectedPrediction());
    Q_EMIT selectionChanged();
    if (m_hasPending) {
        m_hasPending = false;
        start(m_pending);
    }
}

QString ForecastController::stormCode() const
{
    return m_run ? m_run->prediction.stormCode : QString();
}

bool ForecastController::isForecast() const
{
    return m_run && m_run->prediction.stormId == 0;
}

QDateTime ForecastController::windowStart() const
{
    return m_run ? utc(m_run->prediction.windowStart) : QDateTime();
}

QDateTime ForecastController::windowEnd() const
{
    return m_run ? utc(m_run->prediction.windowEnd) : QDateTime();
}

QDateTime ForecastController::forecastIssued() const
{
    return m_run && m_run->prediction.forecastIssued ? utc(*m_run->prediction.forecastIssued)
                                                     : QDateTime();
}

double ForecastController::totalMean() const
{
    return m_run ? m_run->prediction.totals.mean : 0;
}

double ForecastController::totalP10() const
{
    return m_run ? m_run->prediction.totals.p10 : 0;
}

double ForecastController::totalP50() const
{
    return m_run ? m_run->prediction.totals.p50 : 0;
}

double ForecastController::totalP90() const
{
    return m_run ? m_run->prediction.totals.p90 : 0;
}

int ForecastController::modelVersion() const
{
    return m_run ? m_run->model.version : 0;
}

bool ForecastController::contractPassed() const
{
    return m_run && m_run->model.contract.passed();
}

bool ForecastController::outOfDistribution() const
{
    return m_run && m_run->prediction.distribution.outside;
}

QStringList ForecastController::distributionReasons() const
{
    return m_run ? m_run->prediction.distribution.reasons : QStringList();
}

QVariantList ForecastController::nearestStorms() const
{
    QVariantList storms;
    if (!m_run)
        return storms;
    for (const auto &n : m_run->prediction.distribution.nearest)
        storms.append(QVariantMap{{QStringLiteral("code"), n.code},
                                  {QStringLiteral("kind"), n.kind},
                                  {QStringLiteral("start"), utc(n.start)},
                                  {QStringLiteral("outages"), n.outages},
                                  {QStringLiteral("distance"), n.distance}});
    return storms;
}

QStringList ForecastController::notes() const
{
    return m_run ? m_run->prediction.notes : QStringList();
}

const TerritoryPrediction *ForecastController::selectedPrediction() const
{
    const int row = m_tableModel.rowOf(m_selected);
    return row < 0 ? nullptr : &m_tableModel.territories()[std::size_t(row)];
}

void ForecastController::setSelectedTerritory(qint64 territoryId)
{
    if (territoryId == m_selected)
        return;
    m_selected = territoryId;
    m_explanation.setTerritory(selectedPrediction());
    m_selectedHistory.clear();
    if (Store *store = m_session.store(); store && territoryId > 0)
        m_selectedHistory = territoryHistory(*store, territoryId);
    Q_EMIT selectionChanged();
}

QVariantMap ForecastController::selected() const
{
    const TerritoryPrediction *t = selectedPrediction();
    if (!t)
        return {};
    const auto number = [](double v) { return std::isfinite(v) ? QVariant(v) : QVariant(); };
    return {{QStringLiteral("id"), t->territoryId},
            {QStringLiteral("code"), t->code},
            {QStringLiteral("name"), t->name},
            {QStringLiteral("mean"), number(t->mean)},
            {QStringLiteral("p10"), number(t->p10)},
            {QStringLiteral("p50"), number(t->p50)},
            {QStringLiteral("p90"), number(t->p90)},
            {QStringLiteral("customers"), number(t->customers)},
            {QStringLiteral("baseline"), number(t->baseline)},
            {QStringLiteral("capped"), t->capped},
            {QStringLiteral("missing"), t->missing}};
}

void ForecastController::setMetric(const QString &metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    updateMetric();
}

void ForecastController::updateMetric()
{
    static const QHash<QString, TerritoryTableModel::Column> columns{
        {QStringLiteral("mean"), TerritoryTableModel::Mean},
        {QStringLiteral("p50"), TerritoryTableModel::P50},
        {QStringLiteral("p90"), TerritoryTableModel::P90},
        {QStringLiteral("per1000"), TerritoryTableModel::PerThousand}};
    const auto column = columns.value(m_metric, TerritoryTableModel::P50);
    m_metricValues.clear();
    m_metricMaximum = 0;
    for (int row = 0; row < m_tableModel.rowCount(); ++row) {
        const double v = m_tableModel.value(row, column);
        if (!std::isfinite(v))
            continue;
        m_metricValues.insert(
            QString::number(m_tableModel.territories()[std::size_t(row)].territoryId), v);
        m_metricMaximum = std::max(m_metricMaximum, v);
    }
    Q_EMIT metricChanged();
}

QString ForecastController::exportTable(const QUrl &file) const
{
    if (!m_run)
        return tr("There is no prediction to export yet.");
    Store *store = m_session.store();
    if (!store)
        return tr("The store is not open.");
    auto written = PredictionExport::write(m_run->prediction, *store, file.toLocalFile());
    return written ? QString() : written.error().toString();
}

} // namespace stormcrew
