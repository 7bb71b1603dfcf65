#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace stormcrew {

class Store;

// What the control centre's window shows about the open store and the user's preferences.
// Created by the composition root and handed to Main.qml as its required property.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the session")

    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(bool storeOpen READ storeOpen CONSTANT)
    Q_PROPERTY(QString storePath READ storePath CONSTANT)
    Q_PROPERTY(QString storeError READ storeError CONSTANT)
    Q_PROPERTY(bool readOnly READ readOnly CONSTANT)
    Q_PROPERTY(int schemaVersion READ schemaVersion CONSTANT)
    Q_PROPERTY(int territoryCount READ territoryCount CONSTANT)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString language READ language CONSTANT)

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
    [[nodiscard]] QString language() const { return m_language; }

    [[nodiscard]] bool darkTheme() const { return m_darkTheme; }
    // Remembered across runs (QSettings).
    void setDarkTheme(bool dark);
    // For --theme: applies without touching the remembered preference.
    void overrideTheme(bool dark);

Q_SIGNALS:
    void darkThemeChanged();

private:
    std::unique_ptr<Store> m_store;
    QString m_storePath;
    QString m_storeError;
    QString m_language;
    bool m_darkTheme = false;
};

} // namespace stormcrew
