// The session the main window binds to: what it reports about the store, and the theme choice.
#include "session.h"

#include "store/store.h"

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
