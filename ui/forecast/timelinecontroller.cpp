#include "timelinecontroller.h"

#include "forecastcontroller.h"
#include "plancontroller.h"
#include "session.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/weathergridrepository.h"
#include "uilogging.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

QString storedTimeZone(Store &store)
{
    auto stmt = sqlite::prepare(
        store.handle(),
        QStringLiteral("SELECT value FROM setting WHERE key = 'utility.time_zone'"));
    return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite::columnText(stmt.get(), 0)
                                                          : QString();
}

// "UTC−4", "UTC+5:30", "UTC" (with a true minus sign).
QString utcOffset(int seconds)
{
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(seconds) / 60;
    QString text = QStringLiteral("UTC") + (seconds < 0 ? QChar(0x2212) : QLatin1Char('+')) +
                   QString::number(minutes / 60);
    if (minutes % 60)
        text += QLatin1Char(':') + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace

TimelineController::TimelineController(Session &session, ForecastController &forecast,
                                       PlanController &plan, QObject *parent)
    : QObject(parent), m_session(session), m_forecast(forecast), m_plan(plan)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &TimelineController::finish);
    connect(&m_forecast, &ForecastController::resultChanged, this, &TimelineController::start);
    connect(&m_forecast, &ForecastController::metricChanged, this,
            &TimelineController::valuesChanged);
    connect(&m_forecast, &ForecastController::selectionChanged, this,
            &TimelineController::valuesChanged);
    connect(&m_plan, &PlanController::planChanged, this, &TimelineController::valuesChanged);
    connect(&m_timer, &QTimer::timeout, this, &TimelineController::tick);
    connect(this, &TimelineController::hourChanged, this, &TimelineController::valuesChanged);
}

TimelineController::~TimelineController()
{
    m_watcher.waitForFinished();
}

void TimelineController::start()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    const auto &run = m_forecast.run();
    const QString path = m_session.storePath();
    setPlaying(false);
    if (!run || path.isEmpty()) {
        m_timeline = {};
        m_gusts.clear();
        m_error.clear();
        Q_EMIT timelineChanged();
        Q_EMIT hourChanged();
        return;
    }
    PredictionRequest request;
    request.stormCode = run->prediction.stormId == 0 ? QString() : run->prediction.stormCode;
    request.asOf = run->prediction.asOf;
    m_customers.clear();
    for (const TerritoryPrediction &t : run->prediction.territories)
        m_customers.push_back(t.customers);
    m_busy = true;
    Q_EMIT busyChanged();
    m_watcher.setFuture(QtConcurrent::run([path, request]() -> Outcome {
        Outcome outcome;
        auto store = Store::open(path, Store::Access::ReadOnly);
        if (!store) {
            outcome.error = store.error().message;
            return outcome;
        }
        outcome.zone = storedTimeZone(*store.value());
        auto timeline = OutageTimelineBuilder::run(*store.value(), request);
        if (!timeline) {
            outcome.error = timeline.error().message;
            return outcome;
        }
        outcome.timeline = std::move(timeline).value();
        const OutageTimeline &t = outcome.timeline;
        if (t.cutoffs.empty())
            return outcome;
        // The gust field of each hour: the forecast's own grids, or for a past storm any
        // analysis grids of its window.
        WeatherGridRepository grids(*store.value());
        auto read = t.forecast ? grids.issue(QStringLiteral("gust_ms"), t.origin)
                               : grids.analyses(QStringLiteral("gust_ms"), t.cutoffs.front(),
                                                t.cutoffs.back());
        if (!read) {
            qCInfo(lcUi) << "no gust grids:" << read.error().toString();
            return outcome;
        }
        for (WeatherGrid &grid : read.value()) {
            if (!outcome.gusts.empty() && outcome.gusts.back()->valid == grid.valid)
                continue; // a second source of the same hour: the first one is drawn
            outcome.gusts.push_back(std::make_shared<const WeatherGrid>(std::move(grid)));
        }
        return outcome;
    }));
}

void TimelineController::finish()
{
    Outcome outcome = m_watcher.result();
    m_busy = false;
    m_timeline = std::move(outcome.timeline);
    m_gusts = std::move(outcome.gusts);
    m_error = outcome.error;
    m_zone = QTimeZone::systemTimeZone();
    if (!outcome.zone.isEmpty()) {
        const QTimeZone zone(outcome.zone.toUtf8());
        if (zone.isValid())
            m_zone = zone;
        else
            qCWarning(lcUi) << "utility.time_zone" << outcome.zone << "is not a known time zone";
    }
    m_gustMaximum = 0;
    for (const SharedWeatherGrid &grid : m_gusts)
        for (float v : grid->values)
            if (std::isfinite(v))
                m_gustMaximum = std::max(m_gustMaximum, double(v));
    if (!m_error.isEmpty())
        qCInfo(lcUi) << "no timeline:" << m_error;
    m_hour = m_requestedHour >= 0 ? std::clamp(m_requestedHour, 0, lastHour()) : lastHour();
    Q_EMIT timelineChanged();
    Q_EMIT hourChanged();
    Q_EMIT busyChanged();
    if (m_again) {
        m_again = false;
        start();
    }
}

void TimelineController::setHour(int hour)
{
    hour = std::clamp(hour, 0, lastHour());
    if (hour == m_hour)
        return;
    m_hour = hour;
    Q_EMIT hourChanged();
}

void TimelineController::setPlaying(bool playing)
{
    if (playing == m_timer.isActive())
        return;
    if (playing) {
        if (!ready())
            return;
        if (atEnd())
            setHour(0);
        m_timer.start(int(std::lround(1000 / m_speed)));
    } else {
        m_timer.stop();
    }
    Q_EMIT playingChanged();
}

void TimelineController::setSpeed(double hoursPerSecond)
{
    hoursPerSecond = std::clamp(hoursPerSecond, 0.5, 24.0);
    if (hoursPerSecond == m_speed)
        return;
    m_speed = hoursPerSecond;
    if (m_timer.isActive())
        m_timer.setInterval(int(std::lround(1000 / m_speed)));
    Q_EMIT playingChanged();
}

void TimelineController::tick()
{
    setHour(m_hour + 1);
    if (atEnd())
        setPlaying(false);
}

StormTotals TimelineController::totals() const
{
    return ready() ? m_timeline.totals[std::size_t(m_hour)] : StormTotals{};
}

QDateTime TimelineController::validTime() const
{
    return ready() ? QDateTime::fromSecsSinceEpoch(m_timeline.cutoffs[std::size_t(m_hour)],
                                                   QTimeZone::utc())
                   : QDateTime();
}

QString TimelineController::hourLabel() const
{
    if (!ready())
        return {};
    return observed() ? tr("Observed +%1 h of %2").arg(m_hour).arg(lastHour())
                      : tr("T+%1 h of %2").arg(m_hour).arg(lastHour());
}

QString TimelineController::clockLabel() const
{
    return ready() ? clockOf(m_timeline.cutoffs[std::size_t(m_hour)]) : QString();
}

QString TimelineController::clockOf(qint64 time) const
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(time, QTimeZone::utc());
    const QDateTime local = utc.toTimeZone(m_zone);
    return tr("%1 %2 (%3)")
        .arg(QLocale().toString(local, QStringLiteral("ddd d MMM HH:mm")), m_zone.abbreviation(utc),
             utcOffset(m_zone.offsetFromUtc(utc)));
}

QString TimelineController::summary() const
{
    if (!ready())
        return {};
    const QLocale locale;
    const StormTotals t = totals();
    return tr("%1: %2 outages so far (P10–P90 %3–%4)")
        .arg(hourLabel(), locale.toString(std::round(t.p50), 'f', 0),
             locale.toString(std::round(t.p10), 'f', 0),
             locale.toString(std::round(t.p90), 'f', 0));
}

double TimelineController::value(const std::vector<double> &series, std::size_t territory) const
{
    return series[m_timeline.index(m_hour, territory)];
}

QVariantMap TimelineController::metricValues() const
{
    QVariantMap values;
    if (!ready())
        return values;
    const QString metric = m_forecast.metric();
    const bool perThousand = metric == QLatin1String("per1000");
    const std::vector<double> &series = metric == QLatin1String("p90")    ? m_timeline.p90
                                        : metric == QLatin1String("mean") ? m_timeline.mean
                                        : perThousand                     ? m_timeline.mean
                                                                          : m_timeline.p50;
    for (std::size_t t = 0; t < m_timeline.territoryIds.size(); ++t) {
        double v = value(series, t);
        if (perThousand) {
            const double customers = t < m_customers.size() ? m_customers[t] : qQNaN();
            v = customers > 0 ? 1000 * v / customers : qQNaN();
        }
        if (std::isfinite(v))
            values.insert(QString::number(m_timeline.territoryIds[t]), v);
    }
    return values;
}

double TimelineController::metricMaximum() const
{
    // The scale of the whole storm: the map's colours grow as the hours go by.
    return m_forecast.metricMaximum();
}

QVariantMap TimelineController::selected() const
{
    const qint64 id = m_forecast.selectedTerritory();
    const auto &ids = m_timeline.territoryIds;
    const auto it = std::find(ids.begin(), ids.end(), id);
    if (!ready() || it == ids.end())
        return {};
    const auto t = std::size_t(it - ids.begin());
    const double p50 = value(m_timeline.p50, t);
    if (!std::isfinite(p50))
        return {};
    const QLocale locale;
    const double p10 = value(m_timeline.p10, t), p90 = value(m_timeline.p90, t);
    return {{QStringLiteral("mean"), value(m_timeline.mean, t)},
            {QStringLiteral("p10"), p10},
            {QStringLiteral("p50"), p50},
            {QStringLiteral("p90"), p90},
            {QStringLiteral("text"),
             tr("%1: %2 outages so far here (P10–P90 %3–%4)")
                 .arg(hourLabel(), locale.toString(p50, 'f', 0), locale.toString(p10, 'f', 0),
                      locale.toString(p90, 'f', 0))}};
}

SharedWeatherGrid TimelineController::gustAtHour() const
{
    if (!ready() || m_gusts.empty())
        return {};
    const qint64 time = m_timeline.cutoffs[std::size_t(m_hour)];
    // The newest grid valid at or before the hour.
    auto it = std::upper_bound(m_gusts.begin(), m_gusts.end(), time,
                               [](qint64 t, const SharedWeatherGrid &g) { return t < g->valid; });
    return it == m_gusts.begin() ? SharedWeatherGrid() : *std::prev(it);
}

QVariant TimelineController::gustGrid() const
{
    const SharedWeatherGrid grid = gustAtHour();
    return grid ? QVariant::fromValue(grid) : QVariant();
}

QString TimelineController::gustClockLabel() const
{
    const SharedWeatherGrid grid = gustAtHour();
    return grid ? clockOf(grid->valid) : QString();
}

double TimelineController::planHour() const
{
    const auto &run = m_forecast.run();
    if (!ready() || !run)
        return qQNaN();
    return double(m_timeline.cutoffs[std::size_t(m_hour)] - run->prediction.allClear) / 3600.0;
}

double TimelineController::planShareRestored() const
{
    const auto &plan = m_plan.plan();
    const double h = planHour();
    if (!plan || !(h > 0) || plan->fan.hours.empty())
        return 0;
    const auto &hours = plan->fan.hours;
    const auto &share = plan->fan.p50;
    const auto it = std::upper_bound(hours.begin(), hours.end(), h);
    if (it == hours.end())
        return share.back();
    const std::size_t i = std::size_t(it - hours.begin());
    if (i == 0)
        return share.front() * h / std::max(hours.front(), 1e-9);
    const double f = (h - hours[i - 1]) / (hours[i] - hours[i - 1]);
    return share[i - 1] + f * (share[i] - share[i - 1]);
}

double TimelineController::planCustomersOut() const
{
    const auto &plan = m_plan.plan();
    if (!plan || !ready())
        return 0;
    const double h = planHour();
    if (h > 0)
        return plan->meanCustomersOut * (1 - planShareRestored());
    // Before the all-clear nothing is restored: the customers out so far grow with the outages.
    const double end = m_timeline.totals.back().mean;
    return end > 0 ? plan->meanCustomersOut * totals().mean / end : 0;
}

int TimelineController::planCrewsInField() const
{
    const auto &plan = m_plan.plan();
    const double h = planHour();
    if (!plan || !(h >= 0))
        return 0;
    int crews = 0;
    for (const crews::CrewSource &source : plan->sources)
        if (source.arrivalHours <= h)
            crews += source.used;
    return crews;
}

QVariantMap TimelineController::planCrewValues() const
{
    QVariantMap values;
    const auto &plan = m_plan.plan();
    const double h = planHour();
    if (!plan)
        return values;
    for (const crews::TerritoryPlan &t : plan->territories) {
        int crews = 0;
        if (h >= 0)
            for (const crews::CrewAssignment &a : t.assignments)
                if (plan->sources[std::size_t(a.source)].arrivalHours <= h)
                    crews += a.crews;
        values.insert(QString::number(t.territoryId), double(crews));
    }
    return values;
}

QString TimelineController::planSummary() const
{
    if (!ready() || !m_plan.plan())
        return {};
    const QLocale locale;
    const double h = planHour();
    const QString out = locale.toString(std::round(planCustomersOut()), 'f', 0);
    if (h < 0)
        return tr("Plan: %1 customers out so far; restoration starts at the all-clear, in %2 h")
            .arg(out, locale.toString(std::ceil(-h), 'f', 0));
    return tr("Plan, %1 h after the all-clear: %2 customers still out, %3 % restored, %n crew(s) "
              "in the field",
              nullptr, planCrewsInField())
        .arg(locale.toString(h, 'f', 0), out, locale.toString(100 * planShareRestored(), 'f', 0));
}

} // namespace stormcrew
