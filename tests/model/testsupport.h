#pragma once
// Helpers the engine tests share: fixtures made by real tools, file fingerprints, pinned
// environment.

#include "store/sqlite.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace stormcrew::test {

// Locale and time zone pinned (TZ=UTC comes from CTest), user files out of reach.
inline void pinEnvironment()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "UTC");
}

// SHA-256 of a file's bytes, hex: "the store is byte-identical" compares these.
inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Runs a real tool (ogr2ogr, sqlite3, ...); returns its stdout, and fails the test with its
// stderr when it exits non-zero.
inline QByteArray run(const QString &program, const QStringList &arguments,
                      const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(-1)) {
        QTest::qFail(qPrintable(program + QStringLiteral(" did not start")), __FILE__, __LINE__);
        return {};
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        QTest::qFail(qPrintable(program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) +
                                QStringLiteral(": ") +
                                QString::fromLocal8Bit(process.readAllStandardError())),
                     __FILE__, __LINE__);
    return process.readAllStandardOutput();
}

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

// A read-write store at path, or a failed test.
inline std::unique_ptr<Store> openStore(const QString &path)
{
    auto opened = Store::open(path, Store::Access::ReadWrite);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return std::move(opened).value();
}

// One value of a query, as text ("" when no row).
inline QString queryText(const Store &store, const QString &sql)
{
    auto stmt = sqlite::prepare(store.handle(), sql);
    if (!stmt || sqlite3_step(stmt.get()) != SQLITE_ROW)
        return {};
    return sqlite::columnText(stmt.get(), 0);
}

} // namespace stormcrew::test
