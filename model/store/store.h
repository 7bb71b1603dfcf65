#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace stormcrew {

// The operational store: one SQLite file holding territories, weather, outages, models and plans.
// Opening checks that the file is a healthy Stormcrew store before anything is written to it.
class Store {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::Store)

public:
    enum class Access { ReadWrite, ReadOnly };
    // How much of an existing file is checked before it is used. Integrity reads every page
    // (PRAGMA quick_check: about 0.3 s per 50 MB, more on a cold disk) and is what a first open
    // needs. Header checks only what identifies the file (SQLite magic, application id, schema
    // version): for the extra read-only connections a process opens on a store it has already
    // checked in full (the control centre's prediction, plan and map workers).
    enum class Check { Integrity, Header };

    // Identifies a Stormcrew file in SQLite's header ("SCRW").
    static constexpr int ApplicationId = 0x53435257;

    // Opens the store at path. ReadWrite creates it when missing and migrates an older schema
    // (after an online backup beside it). A file that is not a Stormcrew store, is corrupt or
    // comes from a newer version is reported and left exactly as it was.
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &path, Access access,
                                                             Check check = Check::Integrity);

    // Where the GUI and the CLI keep the store when no --db is given.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] static int latestSchemaVersion();
    // Who is working: the login name the audit log records.
    [[nodiscard]] static QString currentUser();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_access == Access::ReadOnly; }
    [[nodiscard]] int schemaVersion() const;
    // The backup written before the last migration, empty when none was needed.
    [[nodiscard]] QString migrationBackupPath() const { return m_backupPath; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // The store's tables, by name.
    [[nodiscard]] QStringList tables() const;
    // Rows in a table of the store, or -1 when the table does not exist.
    [[nodiscard]] qint64 rowCount(const QString &table) const;

    // Records who did what in the audit log (inside the caller's transaction, if any).
    Result<void> audit(const QString &action, const QString &detail);

    // Writes a consistent copy of the live store to target with SQLite's online backup API.
    Result<void> backupTo(const QString &target) const;

private:
    Store(QString path, Access access, sqlite3 *db);
    Result<void> configure();
    Result<void> migrate();

    QString m_path;
    Access m_access;
    sqlite3 *m_db = nullptr; // owned; closed in the destructor
    QString m_backupPath;
};

} // namespace stormcrew
