#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace stormcrew {

class Store;
class ForecastController;
class PlanController;
class TimelineController;

// What the control centre's window shows about the open store and the user's preferences.
// Created by the composition root and handed to Main.qml as its required property.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the session")

    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(bool storeOpen READ storeOpen NOTIFY storeChanged)
    Q_PROPERTY(QString storePath READ storePath NOTIFY storeChanged)
    Q_PROPERTY(QString storeError READ storeError NOTIFY storeChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY storeChanged)
    Q_PROPERTY(int schemaVersion READ schemaVersion NOTIFY storeChanged)
    Q_PROPERTY(int territoryCount READ territoryCount NOTIFY storeChanged)
    Q_PROPERTY(int stormCount READ stormCount NOTIFY storeChanged)
    // While the store is being prepared (the demo utility built on first run).
    Q_PROPERTY(bool preparing READ preparing NOTIFY preparingChanged)
    Q_PROPERTY(double preparingProgress READ preparingProgress NOTIFY preparingChanged)
    Q_PROPERTY(QString preparingMessage READ preparingMessage NOTIFY preparingChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString language READ language CONSTANT)
    // The prediction the control centre shows (the incoming forecast unless a storm is chosen).
    Q_PROPERTY(stormcrew::ForecastController *forecast READ forecast CONSTANT)
    // The crew plan for that prediction, re-planned when its settings change.
    Q_PROPERTY(stormcrew::PlanController *plan READ plan CONSTANT)
    // The storm timeline (forecast hours T+0 .. T+72) the map, totals and plan follow.
    Q_PROPERTY(stormcrew::TimelineController *timeline READ timeline CONSTANT)

public:
    // store may be null when it could not be opened; storeError then says why.
    Session(std::unique_ptr<Store> store, QString storePath, QString storeError, QString language,
            QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] QString appVersion() const;
    [[nodiscard]] bool storeOpen() const { return m_store != nullptr; }
    [[nodiscard]] QString storePath() const { return m_storePath; }
    [[nodiscard]] QString storeError() const { return m_storeError; }
    [[nodiscard]] bool readOnly() const;
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] int territoryCount() const;
    [[nodiscard]] int stormCount() const;
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] Store *store() const { return m_store.get(); }
    [[nodiscard]] ForecastController *forecast() const { return m_forecast.get(); }
    [[nodiscard]] PlanController *plan() const { return m_plan.get(); }
    [[nodiscard]] TimelineController *timeline() const { return m_timeline.get(); }

    // Replaces the open store (null with the reason when it could not be opened).
    void setStore(std::unique_ptr<Store> store, QString storePath, QString storeError);

    [[nodiscard]] bool preparing() const { return m_preparing; }
    [[nodiscard]] double preparingProgress() const { return m_preparingProgress; }
    [[nodiscard]] QString preparingMessage() const { return m_preparingMessage; }
    void setPreparing(bool preparing, double progress = 0, const QString &message = {});

    [[nodiscard]] bool darkTheme() const { return m_darkTheme; }
    // Remembered across runs (QSettings).
    void setDarkTheme(bool dark);
    // For --theme: applies without touching the remembered preference.
    void overrideTheme(bool dark);

Q_SIGNALS:
    void darkThemeChanged();
    void storeChanged();
    void preparingChanged();

private:
    std::unique_ptr<Store> m_store;
    QString m_storePath;
    QString m_storeError;
    QString m_language;
    bool m_darkTheme = false;
    bool m_preparing = false;
    double m_preparingProgress = 0;
    QString m_preparingMessage;
    std::unique_ptr<ForecastController> m_forecast;
    std::unique_ptr<PlanController> m_plan;
    std::unique_ptr<TimelineController> m_timeline;
};

} // namespace stormcrew
