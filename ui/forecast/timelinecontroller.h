#pragma once

#include "domain/weathergrid.h"
#include "engine/outagetimeline.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace stormcrew {

class Session;
class ForecastController;
class PlanController;

// The storm timeline: forecast hours T+0 .. T+72 (or a past storm's observed window) with play
// and pause. At hour h the map, the totals and the territory detail show the outages predicted
// from the weather up to T+h (OutageTimeline), the gust overlay shows the forecast grid of that
// hour, and the plan its state then (customers still out, share restored, crews in the field).
// Every hour is computed in one pass on a worker thread when a prediction arrives.
class TimelineController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session owns the timeline")

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY timelineChanged)
    Q_PROPERTY(QString error READ error NOTIFY timelineChanged)
    // A past storm's observed weather window rather than a forecast.
    Q_PROPERTY(bool observed READ observed NOTIFY timelineChanged)
    Q_PROPERTY(int lastHour READ lastHour NOTIFY timelineChanged)
    Q_PROPERTY(int hour READ hour WRITE setHour NOTIFY hourChanged)
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY hourChanged)
    Q_PROPERTY(bool playing READ playing WRITE setPlaying NOTIFY playingChanged)
    // Hours per second while playing.
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY playingChanged)
    Q_PROPERTY(QDateTime validTime READ validTime NOTIFY hourChanged)
    Q_PROPERTY(QString hourLabel READ hourLabel NOTIFY hourChanged)
    Q_PROPERTY(QString clockLabel READ clockLabel NOTIFY hourChanged)
    Q_PROPERTY(double totalMean READ totalMean NOTIFY hourChanged)
    Q_PROPERTY(double totalP10 READ totalP10 NOTIFY hourChanged)
    Q_PROPERTY(double totalP50 READ totalP50 NOTIFY hourChanged)
    Q_PROPERTY(double totalP90 READ totalP90 NOTIFY hourChanged)
    // "T+30 h of 72: 1,240 outages so far (P10–P90 900–1,700)"
    Q_PROPERTY(QString summary READ summary NOTIFY hourChanged)
    // The map's values of the forecast's metric at this hour, on the scale of the last hour.
    Q_PROPERTY(QVariantMap metricValues READ metricValues NOTIFY valuesChanged)
    Q_PROPERTY(double metricMaximum READ metricMaximum NOTIFY valuesChanged)
    // The selected territory at this hour: mean, p10, p50, p90 and a sentence.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY valuesChanged)
    // The forecast gust grid of this hour (nearest valid hour not after it), or empty.
    Q_PROPERTY(QVariant gustGrid READ gustGrid NOTIFY hourChanged)
    // When that grid is valid, as clockLabel says it ("Mon 1 Jun 20:00 EDT (UTC−4)").
    Q_PROPERTY(QString gustClockLabel READ gustClockLabel NOTIFY hourChanged)
    Q_PROPERTY(bool hasGust READ hasGust NOTIFY timelineChanged)
    Q_PROPERTY(double gustMaximum READ gustMaximum NOTIFY timelineChanged)
    // The crew plan at this hour.
    Q_PROPERTY(double planCustomersOut READ planCustomersOut NOTIFY valuesChanged)
    Q_PROPERTY(double planShareRestored READ planShareRestored NOTIFY valuesChanged)
    Q_PROPERTY(int planCrewsInField READ planCrewsInField NOTIFY valuesChanged)
    Q_PROPERTY(QString planSummary READ planSummary NOTIFY valuesChanged)

public:
    TimelineController(Session &session, ForecastController &forecast, PlanController &plan,
                       QObject *parent = nullptr);
    ~TimelineController() override;

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool ready() const { return m_timeline.hours() > 0; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool observed() const { return ready() && !m_timeline.forecast; }
    [[nodiscard]] int lastHour() const { return std::max(0, m_timeline.hours() - 1); }
    [[nodiscard]] int hour() const { return m_hour; }
    void setHour(int hour);
    [[nodiscard]] bool atEnd() const { return !ready() || m_hour >= lastHour(); }
    [[nodiscard]] bool playing() const { return m_timer.isActive(); }
    void setPlaying(bool playing);
    [[nodiscard]] double speed() const { return m_speed; }
    void setSpeed(double hoursPerSecond);
    [[nodiscard]] QDateTime validTime() const;
    [[nodiscard]] QString hourLabel() const;
    [[nodiscard]] QString clockLabel() const;
    [[nodiscard]] double totalMean() const { return totals().mean; }
    [[nodiscard]] double totalP10() const { return totals().p10; }
    [[nodiscard]] double totalP50() const { return totals().p50; }
    [[nodiscard]] double totalP90() const { return totals().p90; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QVariantMap metricValues() const;
    [[nodiscard]] double metricMaximum() const;
    [[nodiscard]] QVariantMap selected() const;
    [[nodiscard]] QVariant gustGrid() const;
    [[nodiscard]] QString gustClockLabel() const;
    [[nodiscard]] bool hasGust() const { return !m_gusts.empty(); }
    [[nodiscard]] double gustMaximum() const { return m_gustMaximum; }
    [[nodiscard]] double planCustomersOut() const;
    [[nodiscard]] double planShareRestored() const;
    [[nodiscard]] int planCrewsInField() const;
    // Hours after the plan's all-clear at this hour (negative before it; NaN without a plan).
    [[nodiscard]] double planHour() const;
    [[nodiscard]] QString planSummary() const;

    // The hour to show once the timeline is computed (instead of its end), e.g. --hour.
    void setRequestedHour(int hour) { m_requestedHour = hour; }
    // The time zone clock labels use: the store's utility.time_zone setting, else the system's.
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
    [[nodiscard]] const OutageTimeline &timeline() const { return m_timeline; }

    // Crews working in each territory at this hour (territory id -> crews): the plan's crews of
    // every source that has arrived by then; none before the all-clear. Sums to planCrewsInField.
    Q_INVOKABLE QVariantMap planCrewValues() const;

    Q_INVOKABLE void play() { setPlaying(true); }
    Q_INVOKABLE void pause() { setPlaying(false); }
    Q_INVOKABLE void togglePlay() { setPlaying(!playing()); }
    Q_INVOKABLE void step(int hours) { setHour(m_hour + hours); }

Q_SIGNALS:
    void busyChanged();
    void timelineChanged();
    void hourChanged();
    void playingChanged();
    // The map's values, the selected territory's or the plan's at this hour changed.
    void valuesChanged();

private:
    struct Outcome {
        OutageTimeline timeline;
        std::vector<SharedWeatherGrid> gusts;
        QString zone;
        QString error;
    };
    void start();
    void finish();
    void tick();
    [[nodiscard]] StormTotals totals() const;
    [[nodiscard]] QString clockOf(qint64 time) const;
    [[nodiscard]] SharedWeatherGrid gustAtHour() const;
    [[nodiscard]] double value(const std::vector<double> &series, std::size_t territory) const;

    Session &m_session;
    ForecastController &m_forecast;
    PlanController &m_plan;
    QFutureWatcher<Outcome> m_watcher;
    OutageTimeline m_timeline;
    std::vector<SharedWeatherGrid> m_gusts; // by valid time
    double m_gustMaximum = 0;
    std::vector<double> m_customers; // per territory of the timeline
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_error;
    bool m_busy = false;
    bool m_again = false;
    int m_hour = 0;
    int m_requestedHour = -1;
    double m_speed = 4;
    QTimer m_timer;
};

} // namespace stormcrew
