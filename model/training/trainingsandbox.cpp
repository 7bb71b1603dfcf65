#include "trainingsandbox.h"

#include "trainingcalls.h"
#include "traininglogging.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>

namespace stormcrew::training {

namespace {

Error sandboxError(const QString &path, const QString &message)
{
    return Error{message, path, 0, {}};
}

// A connection that cannot write: immutable when no write-ahead log is beside the file (SQLite
// then creates no side files and takes no locks), read-only through the log when one is, so
// the copy sees the latest commit of a store the control centre has open.
Result<sqlite::DatabasePtr> openSource(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return sandboxError(path, TrainingSandbox::tr("does not exist; a training session needs "
                                                      "the operational store to copy"));
    sqlite::DatabasePtr db;
    if (sqlite::openUntouched(info.absoluteFilePath(), db) != SQLITE_OK)
        return sandboxError(path, TrainingSandbox::tr("cannot be opened read-only for the "
                                                      "training copy: %1")
                                      .arg(sqlite::lastError(db.get())));
    return Result<sqlite::DatabasePtr>(std::move(db));
}

} // namespace

Result<std::unique_ptr<TrainingSandbox>> TrainingSandbox::create(const QString &operationalPath)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<TrainingSandbox> sandbox(new TrainingSandbox);
    sandbox->m_operationalPath = operationalPath;
    if (!sandbox->m_dir.isValid())
        return sandboxError(sandbox->m_dir.path(),
                            tr("no temporary folder for the training copy: %1; free some space "
                               "in the temporary folder (TMPDIR)")
                                .arg(sandbox->m_dir.errorString()));
    auto source = openSource(operationalPath);
    if (!source)
        return source.error();
    const QString copyPath = sandbox->path();
    {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(copyPath.toUtf8().constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        sqlite::DatabasePtr copy(raw);
        if (rc != SQLITE_OK)
            return sandboxError(
                copyPath,
                tr("cannot be created for the training copy: %1").arg(sqlite::lastError(raw)));
        sqlite3_backup *backup =
            sqlite3_backup_init(copy.get(), "main", source.value().get(), "main");
        if (!backup)
            return sandboxError(
                operationalPath,
                tr("cannot be copied for training: %1").arg(sqlite::lastError(copy.get())));
        const int stepped = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE)
            return sandboxError(
                operationalPath,
                tr("cannot be copied for training: %1").arg(sqlite::lastError(copy.get())));
    }
    source.value().reset();

    auto opened = Store::open(copyPath, Store::Access::ReadWrite, Store::Check::Header);
    if (!opened)
        return opened.error();
    sandbox->m_store = std::move(opened).value();
    if (auto schema = TrainingCallRepository(*sandbox->m_store).ensureSchema(); !schema)
        return schema.error();
    qCDebug(lcTraining) << "sandbox of" << operationalPath << "at" << copyPath << "in"
                        << clock.elapsed() << "ms";
    return Result<std::unique_ptr<TrainingSandbox>>(std::move(sandbox));
}

TrainingSandbox::~TrainingSandbox()
{
    m_store.reset(); // closed before the folder goes
}

QString TrainingSandbox::path() const
{
    return m_dir.filePath(QStringLiteral("training.sqlite"));
}

} // namespace stormcrew::training
