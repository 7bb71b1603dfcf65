#pragma once

#include "engine/outageengine.h"
#include "explanationmodel.h"
#include "territorytablemodel.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace stormcrew {

class Session;

// What the control centre shows about one storm: the prediction of the active model for the
// incoming forecast (by default) or a stored storm, computed off the GUI thread on its own
// read-only connection; the territory table, the selected territory and its explanation, and
// the values of the metric the map colours by.
class ForecastController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session owns the forecast")

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // A cancelled prediction still finishing its current step.
    Q_PROPERTY(bool cancelling READ cancelling NOTIFY busyChanged)
    Q_PROPERTY(bool hasPrediction READ hasPrediction NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(QString stormCode READ stormCode NOTIFY resultChanged)
    Q_PROPERTY(bool isForecast READ isForecast NOTIFY resultChanged)
    Q_PROPERTY(QDateTime windowStart READ windowStart NOTIFY resultChanged)
    Q_PROPERTY(QDateTime windowEnd READ windowEnd NOTIFY resultChanged)
    Q_PROPERTY(QDateTime forecastIssued READ forecastIssued NOTIFY resultChanged)
    Q_PROPERTY(double totalMean READ totalMean NOTIFY resultChanged)
    Q_PROPERTY(double totalP10 READ totalP10 NOTIFY resultChanged)
    Q_PROPERTY(double totalP50 READ totalP50 NOTIFY resultChanged)
    Q_PROPERTY(double totalP90 READ totalP90 NOTIFY resultChanged)
    Q_PROPERTY(int modelVersion READ modelVersion NOTIFY resultChanged)
    Q_PROPERTY(bool contractPassed READ contractPassed NOTIFY resultChanged)
    Q_PROPERTY(bool outOfDistribution READ outOfDistribution NOTIFY resultChanged)
    Q_PROPERTY(QStringList distributionReasons READ distributionReasons NOTIFY resultChanged)
    Q_PROPERTY(QVariantList nearestStorms READ nearestStorms NOTIFY resultChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY resultChanged)
    Q_PROPERTY(QVariantList storms READ storms NOTIFY resultChanged)

    Q_PROPERTY(TerritoryFilterModel *table READ table CONSTANT)
    Q_PROPERTY(ExplanationModel *explanation READ explanation CONSTANT)
    Q_PROPERTY(qint64 selectedTerritory READ selectedTerritory WRITE setSelectedTerritory NOTIFY
                   selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList selectedHistory READ selectedHistory NOTIFY selectionChanged)

    Q_PROPERTY(QString metric READ metric WRITE setMetric NOTIFY metricChanged)
    Q_PROPERTY(QVariantMap metricValues READ metricValues NOTIFY metricChanged)
    Q_PROPERTY(double metricMaximum READ metricMaximum NOTIFY metricChanged)

public:
    explicit ForecastController(Session &session, QObject *parent = nullptr);
    ~ForecastController() override;

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool cancelling() const
    {
        return m_busy && !m_hasPending && m_cancelled && *m_cancelled;
    }
    [[nodiscard]] bool hasPrediction() const { return m_run.has_value(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString stormCode() const;
    [[nodiscard]] bool isForecast() const;
    [[nodiscard]] QDateTime windowStart() const;
    [[nodiscard]] QDateTime windowEnd() const;
    [[nodiscard]] QDateTime forecastIssued() const;
    [[nodiscard]] double totalMean() const;
    [[nodiscard]] double totalP10() const;
    [[nodiscard]] double totalP50() const;
    [[nodiscard]] double totalP90() const;
    [[nodiscard]] int modelVersion() const;
    [[nodiscard]] bool contractPassed() const;
    [[nodiscard]] bool outOfDistribution() const;
    [[nodiscard]] QStringList distributionReasons() const;
    [[nodiscard]] QVariantList nearestStorms() const;
    [[nodiscard]] QStringList notes() const;
    [[nodiscard]] QVariantList storms() const { return m_storms; }

    [[nodiscard]] TerritoryFilterModel *table() { return &m_filter; }
    [[nodiscard]] ExplanationModel *explanation() { return &m_explanation; }
    [[nodiscard]] qint64 selectedTerritory() const { return m_selected; }
    void setSelectedTerritory(qint64 territoryId);
    [[nodiscard]] QVariantMap selected() const;
    [[nodiscard]] QVariantList selectedHistory() const { return m_selectedHistory; }

    [[nodiscard]] QString metric() const { return m_metric; }
    void setMetric(const QString &metric);
    [[nodiscard]] QVariantMap metricValues() const { return m_metricValues; }
    [[nodiscard]] double metricMaximum() const { return m_metricMaximum; }

    // The incoming forecast (the default view) or a stored storm, by code.
    Q_INVOKABLE void showForecast();
    Q_INVOKABLE void showStorm(const QString &code);
    // Stops the prediction in flight (at its next step) and keeps what was shown before.
    Q_INVOKABLE void cancel();
    // Writes the territory table as CSV or GeoJSON (by the file's extension); returns an error
    // message for the user, or an empty string.
    Q_INVOKABLE QString exportTable(const QUrl &file) const;

    // The prediction shown, for the crew planner and the briefing.
    [[nodiscard]] const std::optional<OutageEngine::Run> &run() const { return m_run; }

Q_SIGNALS:
    void busyChanged();
    void resultChanged();
    void selectionChanged();
    void metricChanged();

private:
    struct Outcome {
        std::optional<OutageEngine::Run> run;
        QString error;
        QVariantList storms;
        bool cancelled = false;
    };
    void start(const QString &stormCode);
    void finish();
    void updateMetric();
    [[nodiscard]] const TerritoryPrediction *selectedPrediction() const;

    Session &m_session;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<OutageEngine::Run> m_run;
    QString m_error;
    QVariantList m_storms;
    bool m_busy = false;
    QString m_pending; // a request that arrived while busy ("" the forecast), run next
    bool m_hasPending = false;
    // Set to stop the run in flight: by cancel(), or by a newer request that supersedes it.
    std::shared_ptr<std::atomic_bool> m_cancelled;
    TerritoryTableModel m_tableModel;
    TerritoryFilterModel m_filter{&m_tableModel};
    ExplanationModel m_explanation;
    qint64 m_selected = -1;
    QVariantList m_selectedHistory;
    QString m_metric = QStringLiteral("p50");
    QVariantMap m_metricValues;
    double m_metricMaximum = 0;
};

} // namespace stormcrew
