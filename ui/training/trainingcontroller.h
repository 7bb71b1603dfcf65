#pragma once

#include "trainingexercises.h"
#include "trainingstarter.h"

#include "training/trainingexercise.h"
#include "training/trainingsandbox.h"
#include "training/whatif.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <memory>
#include <set>

namespace stormcrew {

// Training mode for the QML pages (docs/training.md): a session on a sandbox copy of the store,
// exercises on past storms (the call, the reveal), the scoreboard, the what-if explorer and the
// session report. The facade QML binds to: TrainingStarter makes the copy on a worker thread,
// TrainingExercises builds the exercises, and what is shown comes from TrainingValues, which
// gives the model's numbers and the outcome of a storm only after that storm's reveal.
class TrainingController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // The store is being copied for a session that start() began (active once it is done).
    Q_PROPERTY(bool starting READ starting NOTIFY startingChanged)
    Q_PROPERTY(QString sandboxPath READ sandboxPath NOTIFY activeChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QVariantList storms READ storms NOTIFY stormsChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY exerciseChanged)
    Q_PROPERTY(bool hasExercise READ hasExercise NOTIFY exerciseChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QVariantMap exercise READ exercise NOTIFY exerciseChanged)
    Q_PROPERTY(QVariantList groups READ groups NOTIFY exerciseChanged)
    Q_PROPERTY(bool hasCall READ hasCall NOTIFY exerciseChanged)
    Q_PROPERTY(bool revealed READ revealed NOTIFY exerciseChanged)
    Q_PROPERTY(QVariantMap scoreboard READ scoreboard NOTIFY scoreboardChanged)
    Q_PROPERTY(QString metric READ metric WRITE setMetric NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap mapValues READ mapValues NOTIFY valuesChanged)
    Q_PROPERTY(double mapMaximum READ mapMaximum NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap whatIf READ whatIf WRITE setWhatIf NOTIFY whatIfChanged)
    Q_PROPERTY(double whatIfTotal READ whatIfTotal NOTIFY whatIfChanged)
    Q_PROPERTY(double whatIfMilliseconds READ whatIfMilliseconds NOTIFY whatIfChanged)
    Q_PROPERTY(qint64 selectedTerritory READ selectedTerritory WRITE setSelectedTerritory NOTIFY
                   selectionChanged)
    Q_PROPERTY(QVariantMap selection READ selection NOTIFY selectionChanged)

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    [[nodiscard]] QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    [[nodiscard]] bool active() const { return m_sandbox != nullptr; }
    [[nodiscard]] bool starting() const { return m_starter.starting(); }
    [[nodiscard]] QString sandboxPath() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QVariantList storms() const;
    [[nodiscard]] int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    [[nodiscard]] bool hasExercise() const { return m_exercise != nullptr; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QVariantMap exercise() const;
    [[nodiscard]] QVariantList groups() const;
    [[nodiscard]] bool hasCall() const;
    [[nodiscard]] bool revealed() const;
    [[nodiscard]] QVariantMap scoreboard() const;
    [[nodiscard]] QString metric() const { return m_metric; }
    void setMetric(const QString &metric);
    [[nodiscard]] QVariantMap mapValues() const { return m_mapValues; }
    [[nodiscard]] double mapMaximum() const { return m_mapMaximum; }
    [[nodiscard]] QVariantMap whatIf() const;
    void setWhatIf(const QVariantMap &values);
    [[nodiscard]] double whatIfTotal() const;
    [[nodiscard]] double whatIfMilliseconds() const { return m_whatIfMilliseconds; }
    [[nodiscard]] qint64 selectedTerritory() const { return m_selected; }
    void setSelectedTerritory(qint64 id);
    [[nodiscard]] QVariantMap selection() const;

    // Copies the store into a sandbox on a worker thread (starting meanwhile), then opens the
    // latest storm (active). False (errorString) when it cannot begin; a failure of the copy
    // comes later as startFailed() (errorString), with nothing touched.
    Q_INVOKABLE bool start();
    // Ends the session: the copy and its calls are removed; a copy being made is dropped.
    Q_INVOKABLE void end();
    // The trainee's call for the current storm: the total and {key, crews, outages} per group
    // (a group left empty is not called). False (errorString) when refused or already revealed.
    Q_INVOKABLE bool saveCall(double crews, double outages, const QVariantList &groups);
    Q_INVOKABLE bool reveal();
    Q_INVOKABLE void resetWhatIf() { setWhatIf({}); }
    // The session report (PDF) of every revealed storm; false (errorString) on failure.
    Q_INVOKABLE bool writeReport(const QUrl &file);
    Q_INVOKABLE int stormIndex(const QString &code) const;

Q_SIGNALS:
    void storePathChanged();
    void activeChanged();
    void startingChanged();
    void startFailed();
    void errorChanged();
    void stormsChanged();
    void exerciseChanged();
    void busyChanged();
    void scoreboardChanged();
    void valuesChanged();
    void whatIfChanged();
    void selectionChanged();

private:
    void setError(const QString &error);
    void updateBusy();
    void started();
    void loadExercise();
    void readCalls(qint64 stormId);
    void show(std::shared_ptr<training::Exercise> exercise);
    void recomputeWhatIf();
    void updateValues();
    [[nodiscard]] std::vector<training::StormResult> results() const;
    [[nodiscard]] const std::vector<training::TrainingCall> &callsOf(qint64 stormId) const;

    QString m_storePath;
    QString m_error;
    TrainingStarter m_starter;
    std::shared_ptr<training::TrainingSandbox> m_sandbox;
    std::vector<training::ExerciseStorm> m_storms;
    TrainingExercises m_exercises;
    std::map<qint64, std::vector<training::TrainingCall>> m_calls;
    std::set<qint64> m_revealed;
    int m_currentIndex = -1;
    bool m_busy = false;
    std::shared_ptr<training::Exercise> m_exercise;
    QString m_metric = QStringLiteral("gust");
    QVariantMap m_mapValues;
    double m_mapMaximum = 1;
    training::WhatIfAdjustments m_adjustments;
    std::vector<TerritoryPrediction> m_whatIf;
    double m_whatIfMilliseconds = 0;
    qint64 m_selected = -1;
};

} // namespace stormcrew
