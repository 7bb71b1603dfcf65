// The session the main window binds to: what it reports about the store, and the theme choice.
#include "session.h"

#include "store/store.h"

#include <sqlite3.h>

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stormcrew;

class TestSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Store> openStore(const QString &name, Store::Access access)
    {
        auto opened = Store::open(m_dir.filePath(name), access);
        if (!opened)
            qWarning() << opened.error().toString();
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StormcrewTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_session"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void reportsAnOpenStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("open.sqlite"));
        Session session(openStore(QStringLiteral("open.sqlite"), Store::Access::ReadWrite), path,
                        {}, QStringLiteral("en"));
        QVERIFY(session.storeOpen());
        QCOMPARE(session.storePath(), path);
        QCOMPARE(session.schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(session.territoryCount(), 0);
        QVERIFY(!session.readOnly());
        QVERIFY(session.storeError().isEmpty());
    }

    void reportsAReadOnlyStore()
    {
        (void)openStore(QStringLiteral("ro.sqlite"), Store::Access::ReadWrite);
        Session session(openStore(QStringLiteral("ro.sqlite"), Store::Access::ReadOnly),
                        m_dir.filePath(QStringLiteral("ro.sqlite")), {}, {});
        QVERIFY(session.readOnly());
    }

    void carriesTheReasonAStoreDidNotOpen()
    {
        const QString error = QStringLiteral("/x.sqlite: is not a Stormcrew store");
        Session session(nullptr, QStringLiteral("/x.sqlite"), error, {});
        QVERIFY(!session.storeOpen());
        QCOMPARE(session.storeError(), error);
        QCOMPARE(session.schemaVersion(), 0);
        QCOMPARE(session.territoryCount(), 0);
    }

    void announcesANewStoreAndCountsItsStorms()
    {
        auto store = openStore(QStringLiteral("storms.sqlite"), Store::Access::ReadWrite);
        QVERIFY(store);
        QCOMPARE(sqlite3_exec(store->handle(),
                              "INSERT INTO storm(code, name, kind, start_time, end_time) "
                              "VALUES('2023-03-03', 'March wind storm', 'winter_wind', "
                              "1677801600, 1677974400)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        Session session(nullptr, {}, QStringLiteral("not yet"), {});
        QSignalSpy changed(&session, &Session::storeChanged);
        QCOMPARE(session.stormCount(), 0);
        session.setStore(std::move(store), m_dir.filePath(QStringLiteral("storms.sqlite")), {});
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.storeOpen());
        QVERIFY(session.storeError().isEmpty());
        QCOMPARE(session.stormCount(), 1);
    }

    void reportsPreparationProgress()
    {
        Session session(nullptr, {}, {}, {});
        QSignalSpy changed(&session, &Session::preparingChanged);
        session.setPreparing(true, 0.25, QStringLiteral("Writing the territories"));
        QVERIFY(session.preparing());
        QCOMPARE(session.preparingProgress(), 0.25);
        QCOMPARE(session.preparingMessage(), QStringLiteral("Writing the territories"));
        session.setPreparing(false);
        QVERIFY(!session.preparing());
        QCOMPARE(changed.count(), 2);
    }

    void remembersTheThemeButNotAnOverride()
    {
        {
            Session session(nullptr, {}, {}, {});
            QVERIFY(!session.darkTheme());
            QSignalSpy changed(&session, &Session::darkThemeChanged);
            session.setDarkTheme(true);
            session.setDarkTheme(true);
            QCOMPARE(changed.count(), 1);
        }
        {
            Session session(nullptr, {}, {}, {});
            QVERIFY2(session.darkTheme(), "the choice survives a restart");
            session.overrideTheme(false);
            QVERIFY(!session.darkTheme());
        }
        Session again(nullptr, {}, {}, {});
        QVERIFY2(again.darkTheme(), "--theme does not overwrite the remembered choice");
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
