// End-to-end tests of stormcrew-cli: options, the store it creates, and the files it must refuse
// without touching them.
#include "processrunner.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    [[nodiscard]] static QProcessEnvironment environmentWithHome(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        return env;
    }

    [[nodiscard]] static ProcessResult cli(const QStringList &arguments)
    {
        return runProcess(QStringLiteral(STORMCREW_CLI_PATH), arguments);
    }

    // Makes a store at the latest schema with the real CLI and returns its path.
    [[nodiscard]] QString makeStore(const QString &name) const
    {
        const QString file = path(name);
        const auto made = cli({QStringLiteral("info"), QStringLiteral("--db"), file});
        return made.exitCode == 0 ? file : QString();
    }

    static void sqlite3(const QString &file, const QString &sql)
    {
        const auto done = runProcess(QStringLiteral("sqlite3"), {file, sql});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void options_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // regular expression over stdout + stderr

        QTest::newRow("--version names the release")
            << QStringList{QStringLiteral("--version")} << 0
            << QStringLiteral("^stormcrew \\d+\\.\\d+\\.\\d+\\s*$");
        QTest::newRow("--help lists the shared options and the commands")
            << QStringList{QStringLiteral("--help")} << 0
            << QStringLiteral("(?s)^(?=.*--db <path>)(?=.*--read-only)(?=.*--verbose)(?=.*--lang)"
                              "(?=.*\\binfo\\b)(?=.*\\bimport\\b)");
        QTest::newRow("a command's --help lists its options")
            << QStringList{QStringLiteral("info"), QStringLiteral("--help")} << 0
            << QStringLiteral("--json");
        QTest::newRow("no command is a usage error")
            << QStringList{} << 2 << QStringLiteral("Give a command");
        QTest::newRow("an unknown command is named")
            << QStringList{QStringLiteral("forecast-the-weather")} << 2
            << QStringLiteral("Unknown command 'forecast-the-weather'");
        QTest::newRow("an unknown option is named")
            << QStringList{QStringLiteral("info"), QStringLiteral("--colour")} << 2
            << QStringLiteral("Unknown option 'colour'");
        QTest::newRow("an unsupported language is refused with the choices")
            << QStringList{QStringLiteral("info"), QStringLiteral("--lang"), QStringLiteral("de")}
            << 2 << QStringLiteral("--lang de is not available; choose one of: en, es, fr");
    }

    void options()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const auto result = cli(arguments);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, exitCode);
        const QString output = result.out + result.err;
        QVERIFY2(output.contains(QRegularExpression(expected)), qPrintable(output));
    }

    void createsAnEmptyStoreAtTheDefaultLocation()
    {
        QTemporaryDir home;
        const auto result = runProcess(QStringLiteral(STORMCREW_CLI_PATH),
                                       {QStringLiteral("info"), QStringLiteral("--json")},
                                       environmentWithHome(home.path()));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QString expectedPath =
            home.filePath(QStringLiteral(".local/share/Stormcrew/stormcrew/stormcrew.sqlite"));
        QCOMPARE(info.value(QStringLiteral("path")).toString(), expectedPath);
        QVERIFY(QFile::exists(expectedPath));
        QVERIFY(info.value(QStringLiteral("schemaVersion")).toInt() >= 2);
        QCOMPARE(info.value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("territory"))
                     .toInt(-1),
                 0);
    }

    void refusesFilesThatAreNotItsStore_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message"); // alternatives separated by '|'

        QTest::newRow("a text file")
            << QStringLiteral("text")
            << QStringLiteral("is not a Stormcrew store (not an SQLite database)");
        QTest::newRow("an empty file")
            << QStringLiteral("empty") << QStringLiteral("is an empty file, not a Stormcrew store");
        QTest::newRow("another program's SQLite database")
            << QStringLiteral("foreign")
            << QStringLiteral("is an SQLite database of another program, not a Stormcrew store");
        QTest::newRow("a store from a newer Stormcrew")
            << QStringLiteral("newer") << QStringLiteral("newer than this Stormcrew understands");
        QTest::newRow("a store cut short")
            << QStringLiteral("truncated")
            << QStringLiteral("failed its integrity check|is damaged");
    }

    void refusesFilesThatAreNotItsStore()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString file = path(kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("territory,customers\nA,100\n");
        } else if (kind == QLatin1String("empty")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("foreign")) {
            sqlite3(file,
                    QStringLiteral(
                        "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES('bread');"));
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(QFile::copy(makeStore(QStringLiteral("for-newer.sqlite")), file));
            sqlite3(file, QStringLiteral("PRAGMA user_version=999"));
        } else if (kind == QLatin1String("truncated")) {
            const QString store = makeStore(QStringLiteral("for-truncated.sqlite"));
            sqlite3(store, QStringLiteral("PRAGMA journal_mode=DELETE"));
            QFile source(store);
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QByteArray bytes = source.readAll();
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // Keep the header (which promises more pages) but lose the rest.
            f.write(bytes.left(bytes.size() * 2 / 3));
        }
        const QByteArray before = fileDigest(file);

        const auto result = cli({QStringLiteral("info"), QStringLiteral("--db"), file});
        QCOMPARE(result.exitCode, 1);
        const QStringList alternatives = message.split(QLatin1Char('|'));
        QVERIFY2(std::any_of(alternatives.begin(), alternatives.end(),
                             [&](const QString &text) { return result.err.contains(text); }),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(file), "the error names the file");
        QCOMPARE(fileDigest(file), before);
        QVERIFY2(!QFile::exists(file + QStringLiteral("-wal")) &&
                     !QFile::exists(file + QStringLiteral("-shm")),
                 "no SQLite side files are left beside a refused file");
    }

    void readOnlyLeavesTheStoreAsItWas()
    {
        const QString store = makeStore(QStringLiteral("read-only.sqlite"));
        QVERIFY(!store.isEmpty());
        sqlite3(store, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray before = fileDigest(store);
        const auto result = cli(
            {QStringLiteral("info"), QStringLiteral("--read-only"), QStringLiteral("--db"), store});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("read-only")));
        QCOMPARE(fileDigest(store), before);
    }

    void readOnlyNeedsAnExistingStore()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        const auto result = cli({QStringLiteral("info"), QStringLiteral("--read-only"),
                                 QStringLiteral("--db"), missing});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(missing));
    }

    // The headless tool links the engine alone: no Qt GUI, Quick or QML library in its process.
    void linksNoGuiLibraries()
    {
        const auto ldd = runProcess(QStringLiteral("ldd"), {QStringLiteral(STORMCREW_CLI_PATH)});
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY(ldd.out.contains(QStringLiteral("libQt6Core")));
        for (const char *library : {"libQt6Gui", "libQt6Quick", "libQt6Qml", "libQt6Widgets"})
            QVERIFY2(!ldd.out.contains(QLatin1String(library)), library);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
