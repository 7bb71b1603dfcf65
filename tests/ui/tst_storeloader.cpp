// The store loader: opens an existing store at once, prepares a missing one on a worker thread
// while the session reports progress, and reports a failed preparation without a store.
#include "session.h"
#include "storeloader.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace stormcrew;

class TestStoreLoader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void opensAnExistingStoreWithoutPreparing()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
        QVERIFY(Store::open(path, Store::Access::ReadWrite).ok());
        Session session(nullptr, path, {}, {});
        StoreLoader loader(session);
        bool prepared = false;
        loader.load(path, Store::Access::ReadWrite, [&](const QString &, const auto &) {
            prepared = true;
            return Result<void>();
        });
        QVERIFY(!prepared);
        QVERIFY(!loader.isBusy());
        QVERIFY(session.storeOpen());
    }

    void preparesAMissingStoreOnAWorkerThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("prepared.sqlite"));
        Session session(nullptr, path, {}, {});
        StoreLoader loader(session);
        QSignalSpy finished(&loader, &StoreLoader::finished);
        QSignalSpy progress(&session, &Session::preparingChanged);
        QThread *guiThread = QThread::currentThread();
        QThread *workerThread = nullptr;
        loader.load(
            path, Store::Access::ReadWrite,
            [&](const QString &target, const StoreLoader::Progress &report) -> Result<void> {
                workerThread = QThread::currentThread();
                report(0.5, QStringLiteral("Half way"));
                auto made = Store::open(target, Store::Access::ReadWrite);
                if (!made)
                    return made.error();
                return {};
            });
        QVERIFY(loader.isBusy());
        QVERIFY(session.preparing());
        QVERIFY(finished.wait(60000));
        QVERIFY(workerThread && workerThread != guiThread);
        QVERIFY(!loader.isBusy());
        QVERIFY(!session.preparing());
        QVERIFY(session.storeOpen());
        QVERIFY2(progress.count() >= 2, "the session told the window how far it had got");
    }

    void reportsAFailedPreparation()
    {
        const QString path = m_dir.filePath(QStringLiteral("failed.sqlite"));
        Session session(nullptr, path, {}, {});
        StoreLoader loader(session);
        QSignalSpy finished(&loader, &StoreLoader::finished);
        loader.load(path, Store::Access::ReadWrite,
                    [](const QString &target, const StoreLoader::Progress &) -> Result<void> {
                        return Error{QStringLiteral("disk full"), target, 0, {}};
                    });
        QVERIFY(finished.wait(60000));
        QVERIFY(!session.storeOpen());
        QVERIFY(session.storeError().contains(QStringLiteral("disk full")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestStoreLoader)
#include "tst_storeloader.moc"
