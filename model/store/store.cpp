#include "store.h"

#include "migrations.h"
#include "sqlite.h"
#include "storelogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace stormcrew {

namespace {

constexpr QByteArrayView kSqliteMagic("SQLite format 3\0", 16);

Error storeError(const QString &path, const QString &message)
{
    return Error{message, path, 0, {}};
}

// Runs SQL that returns no rows; the error names the store file.
Result<void> exec(sqlite3 *db, const QString &path, const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return storeError(path, text);
    }
    return {};
}

qint64 queryInt(sqlite3 *db, const QString &sql, qint64 fallback)
{
    auto stmt = sqlite::prepare(db, sql);
    if (!stmt || sqlite3_step(stmt.get()) != SQLITE_ROW)
        return fallback;
    return sqlite3_column_int64(stmt.get(), 0);
}

} // namespace

QString Store::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

namespace {

// Checks, without writing anything, that an existing file is a healthy Stormcrew store of a
// schema this build can read (with Check::Integrity, also that every page reads back).
// Returns its schema version.
Result<int> inspect(const QString &path, Store::Check check)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storeError(path, Store::tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return storeError(path, Store::tr("is an empty file, not a Stormcrew store; "
                                          "remove it or choose another path"));
    if (header.size() < 100 || !header.startsWith(kSqliteMagic))
        return storeError(path, Store::tr("is not a Stormcrew store (not an SQLite database); "
                                          "choose the store file or a new path"));

    // Opened untouched, so a file we refuse is left exactly as it was, with nothing beside it.
    sqlite::DatabasePtr db;
    if (sqlite::openUntouched(path, db) != SQLITE_OK)
        return storeError(path, Store::tr("cannot be opened: %1").arg(sqlite::lastError(db.get())));

    if (check == Store::Check::Integrity) {
        // The first problem is enough to act on; a damaged file can list thousands.
        auto pragma = sqlite::prepare(db.get(), QStringLiteral("PRAGMA quick_check(1)"));
        if (!pragma)
            return storeError(
                path, Store::tr("is damaged and cannot be read (%1); restore it from a backup")
                          .arg(sqlite::lastError(db.get())));
        const int step = sqlite3_step(pragma.get());
        QString verdict =
            step == SQLITE_ROW ? sqlite::columnText(pragma.get(), 0) : sqlite::lastError(db.get());
        verdict.remove(QStringLiteral("*** in database main ***\n"));
        verdict.replace(QLatin1Char('\n'), QStringLiteral("; "));
        if (verdict != QLatin1String("ok"))
            return storeError(path,
                              Store::tr("failed its integrity check (%1); restore it from a backup")
                                  .arg(verdict));
        pragma.reset();
    }

    const qint64 appId = queryInt(db.get(), QStringLiteral("PRAGMA application_id"), -1);
    const qint64 version = queryInt(db.get(), QStringLiteral("PRAGMA user_version"), -1);
    const qint64 tables =
        queryInt(db.get(), QStringLiteral("SELECT count(*) FROM sqlite_schema"), -1);
    if (appId != Store::ApplicationId && !(appId == 0 && version == 0 && tables == 0))
        return storeError(path, Store::tr("is an SQLite database of another program, not a "
                                          "Stormcrew store; choose the store file or a new path"));
    if (version > Store::latestSchemaVersion())
        return storeError(path, Store::tr("has schema version %1, newer than this Stormcrew "
                                          "understands (%2); update Stormcrew")
                                    .arg(version)
                                    .arg(Store::latestSchemaVersion()));
    return int(version);
}

} // namespace

Store::Store(QString path, Access access, sqlite3 *db)
    : m_path(std::move(path)), m_access(access), m_db(db)
{}

Store::~Store()
{
    sqlite3_close_v2(m_db);
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/stormcrew.sqlite");
}

int Store::latestSchemaVersion()
{
    return migrations().back().version;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Access access, Check check)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return storeError(path, tr("is a folder; give the path of a store file"));
    if (!exists && access == Access::ReadOnly)
        return storeError(path, tr("does not exist; a read-only store must already exist"));

    int version = 0;
    if (exists) {
        auto inspected = inspect(path, check);
        if (!inspected)
            return inspected.error();
        version = inspected.value();
        if (access == Access::ReadOnly && version < latestSchemaVersion())
            return storeError(path, tr("has schema version %1 and needs upgrading to %2; open it "
                                       "once without --read-only")
                                        .arg(version)
                                        .arg(latestSchemaVersion()));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return storeError(path, tr("cannot create the folder %1").arg(info.absolutePath()));
    }

    const int flags = access == Access::ReadOnly ? SQLITE_OPEN_READONLY
                                                 : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr) != SQLITE_OK) {
        const QString why = sqlite::lastError(raw);
        sqlite3_close_v2(raw);
        return storeError(path, tr("cannot be opened: %1").arg(why));
    }
    std::unique_ptr<Store> store(new Store(path, access, raw));
    if (auto configured = store->configure(); !configured)
        return configured.error();
    if (access == Access::ReadWrite) {
        if (auto migrated = store->migrate(); !migrated)
            return migrated.error();
    }
    qCDebug(lcStore) << "opened" << path << "schema" << store->schemaVersion()
                     << (access == Access::ReadOnly ? "read-only" : "read-write");
    return store;
}

Result<void> Store::configure()
{
    sqlite3_busy_timeout(m_db, 5000);
    if (m_access == Access::ReadOnly)
        return exec(m_db, m_path, QStringLiteral("PRAGMA query_only=ON; PRAGMA foreign_keys=ON;"));
    return exec(m_db, m_path,
                QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                               "PRAGMA foreign_keys=ON;"));
}

Result<void> Store::migrate()
{
    const int from = schemaVersion();
    if (from == latestSchemaVersion())
        return {};

    if (from > 0) {
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_backupPath = m_path + QStringLiteral(".v%1-%2.bak").arg(from).arg(stamp);
        if (auto backedUp = backupTo(m_backupPath); !backedUp)
            return backedUp;
        qCInfo(lcStore) << "backed up schema" << from << "to" << m_backupPath;
    }

    // All steps in one transaction: a failure anywhere leaves the store at its old version.
    if (auto begun = exec(m_db, m_path, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    for (const Migration &step : migrations()) {
        if (step.version <= from)
            continue;
        QFile script(step.resource);
        if (!script.open(QIODevice::ReadOnly)) {
            (void)exec(m_db, m_path, QStringLiteral("ROLLBACK"));
            return storeError(m_path,
                              tr("migration %1 is missing from this build").arg(step.version));
        }
        const QString sql = QString::fromUtf8(script.readAll()) +
                            QStringLiteral("\nPRAGMA user_version=%1;").arg(step.version);
        if (auto applied = exec(m_db, m_path, sql); !applied) {
            (void)exec(m_db, m_path, QStringLiteral("ROLLBACK"));
            return storeError(m_path, tr("migration to schema %1 failed: %2")
                                          .arg(step.version)
                                          .arg(applied.error().message));
        }
        qCDebug(lcStore) << "migrated to schema" << step.version << step.description;
    }
    const QString action =
        from == 0 ? QStringLiteral("store.create") : QStringLiteral("store.migrate");
    const QString detail = QStringLiteral("schema %1 -> %2").arg(from).arg(latestSchemaVersion());
    Result<void> done =
        exec(m_db, m_path, QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
    if (done)
        done = audit(action, detail);
    if (done)
        done = exec(m_db, m_path, QStringLiteral("COMMIT"));
    if (!done)
        (void)exec(m_db, m_path, QStringLiteral("ROLLBACK"));
    return done;
}

int Store::schemaVersion() const
{
    return int(queryInt(m_db, QStringLiteral("PRAGMA user_version"), 0));
}

qint64 Store::rowCount(const QString &table) const
{
    auto exists = sqlite::prepare(
        m_db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type='table' AND name=?1"));
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(exists.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(exists.get()) != SQLITE_ROW)
        return -1;
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return queryInt(m_db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted), -1);
}

QStringList Store::tables() const
{
    QStringList names;
    auto stmt =
        sqlite::prepare(m_db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type='table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW)
        names.append(sqlite::columnText(stmt.get(), 0));
    return names;
}

Result<void> Store::audit(const QString &action, const QString &detail)
{
    if (isReadOnly())
        return storeError(m_path, tr("is open read-only (--read-only); nothing can be written "
                                     "to it"));
    auto stmt = sqlite::prepare(
        m_db,
        QStringLiteral("INSERT INTO audit_log(at_utc, actor, action, detail) VALUES(?1,?2,?3,?4)"));
    if (!stmt)
        return storeError(m_path, sqlite::lastError(m_db));
    const QByteArray values[] = {
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8(),
        currentUser().toUtf8(), action.toUtf8(), detail.toUtf8()};
    for (int i = 0; i < 4; ++i)
        sqlite3_bind_text(stmt.get(), i + 1, values[i].constData(), int(values[i].size()),
                          SQLITE_TRANSIENT);
    if (sqlite3_step(stmt.get()) != SQLITE_DONE)
        return storeError(m_path, sqlite::lastError(m_db));
    return {};
}

Result<void> Store::backupTo(const QString &target) const
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(target.toUtf8().constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite::DatabasePtr copy(raw);
    if (rc != SQLITE_OK)
        return storeError(target,
                          tr("cannot be created for the backup: %1").arg(sqlite::lastError(raw)));
    sqlite3_backup *backup = sqlite3_backup_init(copy.get(), "main", m_db, "main");
    if (!backup)
        return storeError(target, tr("backup failed: %1").arg(sqlite::lastError(copy.get())));
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return storeError(target, tr("backup failed: %1").arg(sqlite::lastError(copy.get())));
    return {};
}

} // namespace stormcrew
