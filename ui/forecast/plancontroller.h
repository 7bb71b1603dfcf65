#pragma once

#include "crews/crewplan.h"
#include "crews/jobdraws.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace stormcrew {

class Session;
class ForecastController;

// The crew plan for the prediction the control centre shows: re-planned off the GUI thread
// whenever the prediction or a plan setting (target, risk level, crews on hand) changes. The
// summary, the territory panel and the map's crews and ETR colours read it.
class PlanController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session owns the crew plan")

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // A cancelled plan still finishing its current step.
    Q_PROPERTY(bool cancelling READ cancelling NOTIFY busyChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY planChanged)
    Q_PROPERTY(QString error READ error NOTIFY planChanged)
    Q_PROPERTY(int targetPercent READ targetPercent WRITE setTargetPercent NOTIFY settingsChanged)
    Q_PROPERTY(int targetHours READ targetHours WRITE setTargetHours NOTIFY settingsChanged)
    Q_PROPERTY(QString risk READ risk WRITE setRisk NOTIFY settingsChanged)
    // Own crews on hand; -1 for what the depots have.
    Q_PROPERTY(int crewsOnHand READ crewsOnHand WRITE setCrewsOnHand NOTIFY settingsChanged)
    Q_PROPERTY(int ownAvailable READ ownAvailable NOTIFY planChanged)
    Q_PROPERTY(int ownCrews READ ownCrews NOTIFY planChanged)
    Q_PROPERTY(int mutualAidCrews READ mutualAidCrews NOTIFY planChanged)
    Q_PROPERTY(QDateTime requestBy READ requestBy NOTIFY planChanged)
    Q_PROPERTY(QStringList requests READ requests NOTIFY planChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY planChanged)
    Q_PROPERTY(double etrP50 READ etrP50 NOTIFY planChanged)
    Q_PROPERTY(double etrP90 READ etrP90 NOTIFY planChanged)
    Q_PROPERTY(double targetEtrP50 READ targetEtrP50 NOTIFY planChanged)
    Q_PROPERTY(double targetEtrP90 READ targetEtrP90 NOTIFY planChanged)
    Q_PROPERTY(double cost READ cost NOTIFY planChanged)
    // How long the plan shown took, from the change that asked for it to the result (ms): the
    // panel shows it, so that a director sees a change of the settings re-plan live.
    Q_PROPERTY(qint64 planMilliseconds READ planMilliseconds NOTIFY planChanged)

public:
    PlanController(Session &session, ForecastController &forecast, QObject *parent = nullptr);
    ~PlanController() override;

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool cancelling() const
    {
        return m_busy && !m_again && m_cancelled && *m_cancelled;
    }
    [[nodiscard]] bool ready() const { return m_plan.has_value(); }
    [[nodiscard]] qint64 planMilliseconds() const { return m_planMilliseconds; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int targetPercent() const { return m_targetPercent; }
    void setTargetPercent(int percent);
    [[nodiscard]] int targetHours() const { return m_targetHours; }
    void setTargetHours(int hours);
    [[nodiscard]] QString risk() const { return m_risk; }
    void setRisk(const QString &risk);
    [[nodiscard]] int crewsOnHand() const { return m_crewsOnHand; }
    void setCrewsOnHand(int crews);

    [[nodiscard]] int ownAvailable() const;
    [[nodiscard]] int ownCrews() const;
    [[nodiscard]] int mutualAidCrews() const;
    [[nodiscard]] QDateTime requestBy() const;
    [[nodiscard]] QStringList requests() const;
    [[nodiscard]] QStringList warnings() const;
    [[nodiscard]] double etrP50() const;
    [[nodiscard]] double etrP90() const;
    [[nodiscard]] double targetEtrP50() const;
    [[nodiscard]] double targetEtrP90() const;
    [[nodiscard]] double cost() const;

    // One territory's part of the plan: own, mutualAid, etrP50, etrP90, targetMet (empty when
    // there is no plan).
    Q_INVOKABLE QVariantMap territory(qint64 territoryId) const;
    // Per territory id: "crews" (own + mutual aid) or "etr" (P50 hours, everyone back).
    Q_INVOKABLE QVariantMap values(const QString &metric) const;
    // Stops the plan in flight (at its next step) and keeps the plan shown before.
    Q_INVOKABLE void cancel();

    // The plan shown, for the briefing and the decision record.
    [[nodiscard]] const std::optional<crews::CrewPlan> &currentPlan() const { return m_plan; }

    // The plan shown, for the timeline (its state hour by hour).
    [[nodiscard]] const std::optional<crews::CrewPlan> &plan() const { return m_plan; }

Q_SIGNALS:
    void busyChanged();
    void planChanged();
    void settingsChanged();

private:
    struct Outcome {
        std::optional<crews::CrewPlan> plan;
        QString error;
        bool cancelled = false;
    };
    // requested: a new storm or new settings (the wait the panel shows starts now); false for
    // the newest settings planned after the plan they superseded stopped.
    void replan(bool requested = true);
    void finish();

    Session &m_session;
    ForecastController &m_forecast;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<crews::CrewPlan> m_plan;
    QString m_error;
    bool m_busy = false;
    bool m_again = false;
    QElapsedTimer m_requested; // since the newest request
    qint64 m_planMilliseconds = 0;
    // Set to stop the plan in flight: by cancel(), or by newer settings that supersede it.
    std::shared_ptr<std::atomic_bool> m_cancelled;
    // The last storm's drawn jobs: a re-plan after a settings change does not draw them again.
    std::shared_ptr<crews::JobCache> m_jobs = std::make_shared<crews::JobCache>();
    int m_targetPercent = 95;
    int m_targetHours = 48;
    QString m_risk = QStringLiteral("p80");
    int m_crewsOnHand = -1;
};

} // namespace stormcrew
