#pragma once

#include "replayterritorymodel.h"
#include "session.h"

#include "replay/stormreplay.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <optional>

namespace stormcrew {

// The control centre's storm replay (docs/replay.md): a stored storm as a model saw it a lead
// time before its first outage, against what happened, with the hindsight outcome of its crew
// plan, and two models compared over the stored storms. Every replay runs StormReplayer on a
// worker thread with its own read-only connection; a newer request or cancel() stops the one in
// flight at its next step (ForecastController's pattern), and what was shown stays.
class ReplayController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Replay)

    Q_PROPERTY(stormcrew::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The window shows the replay view instead of the plan.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // The storms with recorded outcomes (code, label) and the models (id, label) to choose from.
    Q_PROPERTY(QVariantList storms READ storms NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList models READ models NOTIFY choicesChanged)

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool cancelling READ cancelling NOTIFY busyChanged)
    Q_PROPERTY(QString status READ status NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(bool hasReplay READ hasReplay NOTIFY resultChanged)
    // Milliseconds from the request to the result of the last replay.
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY resultChanged)

    // The replay: storm, as-of time, model, totals and metrics (keys in docs/replay.md).
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY resultChanged)
    // The hindsight: three runs (label, own, aid, customerHours, customerHoursSe, cost, costSe,
    // etrP10, etrP50, etrP90) and the recorded customer-hours; empty without hindsight.
    Q_PROPERTY(QVariantList hindsight READ hindsight NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap recorded READ recorded NOTIFY resultChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY resultChanged)
    Q_PROPERTY(stormcrew::ReplayTerritoryModel *territories READ territories CONSTANT)
    // The territories hit hardest, for the chart (code, mean, p10, p90, actual).
    Q_PROPERTY(QVariantList chartTerritories READ chartTerritories NOTIFY resultChanged)
    // The storm hour by hour (time, began, cumulative, out) and restoration after the all-clear
    // (hours, restored %).
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY resultChanged)
    Q_PROPERTY(QVariantList restoration READ restoration NOTIFY resultChanged)
    Q_PROPERTY(int hour READ hour WRITE setHour NOTIFY hourChanged)
    Q_PROPERTY(QVariantMap hourState READ hourState NOTIFY hourChanged)

    // The map: metric ("actual", "predicted", "error", "relative", "interval") and its values.
    Q_PROPERTY(QString metric READ metric WRITE setMetric NOTIFY metricChanged)
    Q_PROPERTY(QVariantMap metricValues READ metricValues NOTIFY metricChanged)
    Q_PROPERTY(double metricMinimum READ metricMinimum NOTIFY metricChanged)
    Q_PROPERTY(double metricMaximum READ metricMaximum NOTIFY metricChanged)

    // Model A against model B over the stored storms.
    Q_PROPERTY(bool comparing READ comparing NOTIFY comparisonChanged)
    Q_PROPERTY(QVariantList comparison READ comparison NOTIFY comparisonChanged)
    Q_PROPERTY(QVariantMap comparisonSummary READ comparisonSummary NOTIFY comparisonChanged)

public:
    explicit ReplayController(QObject *parent = nullptr);
    ~ReplayController() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QVariantList storms() const { return m_storms; }
    [[nodiscard]] QVariantList models() const { return m_models; }

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool cancelling() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool hasReplay() const { return m_replay.has_value(); }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }
    [[nodiscard]] QVariantMap summary() const;
    [[nodiscard]] QVariantList hindsight() const;
    [[nodiscard]] QVariantMap recorded() const;
    [[nodiscard]] QStringList notes() const;
    [[nodiscard]] ReplayTerritoryModel *territories() { return &m_territories; }
    [[nodiscard]] QVariantList chartTerritories() const;
    [[nodiscard]] QVariantList timeline() const;
    [[nodiscard]] QVariantList restoration() const;
    [[nodiscard]] int hour() const { return m_hour; }
    void setHour(int hour);
    [[nodiscard]] QVariantMap hourState() const;
    [[nodiscard]] QString metric() const { return m_metric; }
    void setMetric(const QString &metric);
    [[nodiscard]] QVariantMap metricValues() const { return m_metricValues; }
    [[nodiscard]] double metricMinimum() const { return m_metricMinimum; }
    [[nodiscard]] double metricMaximum() const { return m_metricMaximum; }
    [[nodiscard]] bool comparing() const { return m_comparing; }
    [[nodiscard]] QVariantList comparison() const { return m_comparison; }
    [[nodiscard]] QVariantMap comparisonSummary() const { return m_comparisonSummary; }

    // Replays a storm (code or id) `leadHours` before its first outage with a model (0: the one
    // active then); enters the replay view.
    Q_INVOKABLE void replay(const QString &storm, double leadHours = 48, qint64 modelId = 0);
    Q_INVOKABLE void cancel();
    // Models A and B over every stored storm with outcomes, at the replay's lead time.
    Q_INVOKABLE void compare(qint64 modelA, qint64 modelB, double leadHours = 48);
    // The review report as PDF or CSV (by the extension); returns an error message or "".
    Q_INVOKABLE QString exportReport(const QUrl &file) const;
    Q_INVOKABLE QUrl suggestedFile(const QString &extension) const;
    // Reads the storms and models to choose from again (after an import or a training).
    Q_INVOKABLE void refreshChoices();

    [[nodiscard]] const std::optional<replay::StormReplay> &result() const { return m_replay; }

Q_SIGNALS:
    void sessionChanged();
    void activeChanged();
    void choicesChanged();
    void busyChanged();
    void resultChanged();
    void hourChanged();
    void metricChanged();
    void comparisonChanged();

private:
    struct Request {
        QString storm;
        double leadHours = 48;
        qint64 modelId = 0;
    };
    struct Outcome {
        std::optional<replay::StormReplay> replay;
        QString error;
        bool cancelled = false;
        qint64 elapsedMs = 0;
    };
    void start(const Request &request);
    void finish();
    void updateMetric();

    QPointer<Session> m_session;
    bool m_active = false;
    QVariantList m_storms;
    QVariantList m_models;
    QFutureWatcher<Outcome> m_watcher;
    QFutureWatcher<QVariantList> m_choicesWatcher;
    QFutureWatcher<QVariantMap> m_compareWatcher;
    bool m_busy = false;
    std::optional<Request> m_pending;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic_int> m_step; // 0 opening, 1 replaying
    double m_progress = 0;
    Request m_running;
    std::optional<replay::StormReplay> m_replay;
    QString m_error;
    qint64 m_elapsedMs = 0;
    ReplayTerritoryModel m_territories;
    int m_hour = 0;
    QString m_metric = QStringLiteral("error");
    QVariantMap m_metricValues;
    double m_metricMinimum = 0;
    double m_metricMaximum = 1;
    bool m_comparing = false;
    QVariantList m_comparison;
    QVariantMap m_comparisonSummary;
};

} // namespace stormcrew
