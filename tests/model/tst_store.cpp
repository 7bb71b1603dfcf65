// The store: migrations from every earlier schema version, read-only access, and files that are
// not healthy Stormcrew stores, each refused with its exact message and left byte-identical.
#include "testsupport.h"

#include "ingest/importtransaction.h"
#include "store/migrations.h"

#include <QDir>
#include <QTemporaryDir>

using namespace stormcrew;

namespace {

// Every object of the schema, as SQLite records it: two stores with equal lists are equal.
QStringList schemaOf(const QString &path)
{
    const QString dump = QString::fromUtf8(test::run(
        QStringLiteral("sqlite3"),
        {path, QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM "
                              "sqlite_schema ORDER BY type, name")}));
    return dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Builds a store as a build of schema `version` left it: the resource scripts 1..version applied
// by the sqlite3 tool, with the version and Stormcrew's application id set.
void makeStoreAtVersion(const QString &path, int version)
{
    QByteArray script;
    for (const Migration &step : migrations()) {
        if (step.version > version)
            break;
        QFile file(step.resource);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(step.resource));
        script += file.readAll() + '\n';
    }
    script += QStringLiteral("PRAGMA user_version=%1; PRAGMA application_id=%2;\n"
                             "INSERT INTO audit_log(at_utc, actor, action) VALUES "
                             "('2026-01-01T00:00:00Z', 'test', 'store.create');\n")
                  .arg(version)
                  .arg(Store::ApplicationId)
                  .toUtf8();
    test::run(QStringLiteral("sqlite3"), {path}, script);
}

QString pragma(const QString &path, const QString &name)
{
    return QString::fromUtf8(
               test::run(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA ") + name}))
        .trimmed();
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void readOnlyLeavesTheFileAlone();
    void refusesBadFiles_data();
    void refusesBadFiles();
};

void TestStore::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet (version 0)") << 0 << false;
    QTest::newRow("empty SQLite database made by sqlite3 (version 0)") << 0 << true;
    for (const Migration &step : migrations()) {
        if (step.version < Store::latestSchemaVersion())
            QTest::newRow(qPrintable(QStringLiteral("schema version %1").arg(step.version)))
                << step.version << true;
    }
}

void TestStore::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(bool, fileExists);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    test::openStore(fresh).reset();

    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    if (fileExists && version == 0)
        test::run(QStringLiteral("sqlite3"), {old, QStringLiteral("VACUUM")});
    else if (fileExists)
        makeStoreAtVersion(old, version);
    if (QTest::currentTestFailed())
        return;

    auto store = test::openStore(old);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    const QString backup = store->migrationBackupPath();
    store.reset();
    QCOMPARE(schemaOf(old), schemaOf(fresh));
    QCOMPARE(pragma(old, QStringLiteral("application_id")), QString::number(Store::ApplicationId));

    if (version == 0) {
        QVERIFY2(backup.isEmpty(), qPrintable(backup));
        return;
    }
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QVERIFY2(backup.startsWith(old + QStringLiteral(".v%1-").arg(version)), qPrintable(backup));
    QCOMPARE(pragma(backup, QStringLiteral("user_version")), QString::number(version));
    QCOMPARE(pragma(backup, QStringLiteral("integrity_check")), QStringLiteral("ok"));

    // Opening again migrates nothing and takes no further backup.
    auto again = test::openStore(old);
    QVERIFY(again);
    QVERIFY(again->migrationBackupPath().isEmpty());
}

void TestStore::readOnlyLeavesTheFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    test::openStore(path).reset();
    const QByteArray before = test::sha256(path);

    auto opened = Store::open(path, Store::Access::ReadOnly);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    Store &store = *opened.value();
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.rowCount(QStringLiteral("audit_log")), 1);

    const auto audited = store.audit(QStringLiteral("test.write"), QStringLiteral("must fail"));
    QVERIFY(!audited);
    QCOMPARE(audited.error().toString(),
             path + QStringLiteral(": is open read-only (--read-only); nothing can be written to "
                                   "it"));
    ImportTransaction transaction(store);
    QVERIFY(!transaction.begun());
    QCOMPARE(transaction.begun().error().toString(),
             path + QStringLiteral(": is open read-only; imports need write access"));
    // Even SQL written past the API is refused by SQLite itself.
    QCOMPARE(sqlite3_exec(store.handle(), "DELETE FROM audit_log", nullptr, nullptr, nullptr),
             SQLITE_READONLY);
    opened = Error{};
    QCOMPARE(test::sha256(path), before);
    QCOMPARE(pragma(path, QStringLiteral("user_version")),
             QString::number(Store::latestSchemaVersion()));

    // A store that needs migrating cannot be opened read-only, and is left as it was.
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    makeStoreAtVersion(old, 1);
    const QByteArray oldBefore = test::sha256(old);
    const auto refused = Store::open(old, Store::Access::ReadOnly);
    QVERIFY(!refused);
    QCOMPARE(refused.error().toString(),
             old + QStringLiteral(": has schema version 1 and needs upgrading to %1; open it "
                                  "once without --read-only")
                       .arg(Store::latestSchemaVersion()));
    QCOMPARE(test::sha256(old), oldBefore);
}

void TestStore::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    const QString notSqlite = QStringLiteral(
        "is not a Stormcrew store (not an SQLite database); choose the store file or a new path");
    QTest::newRow("empty file") << QStringLiteral("empty")
                                << QStringLiteral("is an empty file, not a Stormcrew store; "
                                                  "remove it or choose another path");
    QTest::newRow("text file") << QStringLiteral("text") << notSqlite;
    QTest::newRow("store cut inside its header (head -c 50)")
        << QStringLiteral("header") << notSqlite;
    QTest::newRow("SQLite database of another program (sqlite3)")
        << QStringLiteral("foreign")
        << QStringLiteral("is an SQLite database of another program, not a Stormcrew store; "
                          "choose the store file or a new path");
    QTest::newRow("store of a newer version")
        << QStringLiteral("newer")
        << QStringLiteral("has schema version 99, newer than this Stormcrew understands (%1); "
                          "update Stormcrew")
               .arg(Store::latestSchemaVersion());
    QTest::newRow("store truncated to two pages (QFile::resize)")
        << QStringLiteral("truncated")
        << QStringLiteral("is damaged and cannot be read (database disk image is malformed); "
                          "restore it from a backup");
    QTest::newRow("store with a page overwritten")
        << QStringLiteral("corrupt")
        << QStringLiteral("failed its integrity check (Page 4: btreeInitPage() returns error "
                          "code 11); restore it from a backup");
}

void TestStore::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    const QString store = dir.filePath(QStringLiteral("real.sqlite"));
    test::openStore(store).reset();
    // Rows enough for the store to span several pages, then back to a single file.
    test::run(QStringLiteral("sqlite3"),
              {store, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                                     "WHERE i < 2000) INSERT INTO audit_log(at_utc, actor, action, "
                                     "detail) SELECT 't', 'test', 'fill', printf('%0500d', i) FROM "
                                     "n; PRAGMA journal_mode=DELETE;")});

    if (kind == QLatin1String("empty")) {
        test::writeFile(path, {});
    } else if (kind == QLatin1String("text")) {
        test::writeFile(path, QByteArray("territory,customers\n").repeated(20));
    } else if (kind == QLatin1String("header")) {
        test::writeFile(path, test::run(QStringLiteral("head"),
                                        {QStringLiteral("-c"), QStringLiteral("50"), store}));
    } else if (kind == QLatin1String("foreign")) {
        test::run(QStringLiteral("sqlite3"),
                  {path, QStringLiteral("CREATE TABLE places(name TEXT); INSERT INTO places "
                                        "VALUES('Louisville');")});
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(store, path));
        test::run(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA user_version=99")});
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY(QFile::copy(store, path));
        QFile file(path);
        QVERIFY(file.resize(2 * 4096));
    } else if (kind == QLatin1String("corrupt")) {
        QVERIFY(QFile::copy(store, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(3 * 4096));
        file.write(QByteArray(4096, '\xff'));
    }
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = test::sha256(path);

    for (const auto access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
        const auto opened = Store::open(path, access);
        QVERIFY(!opened);
        QCOMPARE(opened.error().toString(), path + QStringLiteral(": ") + message);
        QCOMPARE(test::sha256(path), before);
    }
    // The header-only check (the control centre's extra worker connections, opened after the
    // first open checked every page) still refuses anything that is not a readable Stormcrew
    // store of a known version; it cannot see a damaged page, which is why a first open reads
    // them all.
    const auto quick = Store::open(path, Store::Access::ReadOnly, Store::Check::Header);
    if (kind == QLatin1String("corrupt")) {
        QVERIFY(quick);
    } else if (kind != QLatin1String("truncated")) {
        QVERIFY(!quick);
        QCOMPARE(quick.error().toString(), path + QStringLiteral(": ") + message);
    }
    QCOMPARE(test::sha256(path), before);
    // Nothing was left beside it either.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("bad.sqlite*")}, QDir::Files),
             QStringList{QStringLiteral("bad.sqlite")});
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
