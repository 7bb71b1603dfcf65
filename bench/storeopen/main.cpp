// bench_store_open: opening a Stormcrew store that holds 200,000 audit rows (Store::open runs
// PRAGMA quick_check before anything else) against the sqlite3 shell checking the same file.
#include "benchmark.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QProcess>

#include <array>
#include <cstdlib>

using namespace stormcrew;

namespace {

// Writes rows audit entries that look like a busy season of imports, fits and plans, in one
// transaction through the store's own connection.
Result<void> fillAuditLog(Store &store, int rows)
{
    sqlite3 *db = store.handle();
    const auto fail = [&](const QString &what) {
        (void)sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return Error{what + QStringLiteral(": ") + sqlite::lastError(db), store.path(), 0, {}};
    };
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("BEGIN"));
    auto insert = sqlite::prepare(
        db, QStringLiteral("INSERT INTO audit_log(at_utc, actor, action, detail) VALUES(?,?,?,?)"));
    if (!insert)
        return fail(QStringLiteral("prepare"));

    static constexpr std::array actors = {"ops.lead", "analyst1", "analyst2", "trainer", "cron"};
    static constexpr std::array actions = {"weather.import", "territory.import", "model.fit",
                                           "model.promote",  "plan.export",      "store.backup"};
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const QByteArray at = start.addSecs(qint64(i) * 157).toString(Qt::ISODateWithMs).toUtf8();
        const QByteArray detail = QStringLiteral("storm %1, territory T%2: %3 rows, %4 warnings")
                                      .arg(2024000 + i / 500)
                                      .arg(i % 1200, 4, 10, QLatin1Char('0'))
                                      .arg((i * 7919) % 100000)
                                      .arg(i % 13)
                                      .toUtf8();
        const char *actor = actors[std::size_t(i) % actors.size()];
        const char *action = actions[std::size_t(i) % actions.size()];
        sqlite3_bind_text(insert.get(), 1, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert.get(), 2, actor, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert.get(), 3, action, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert.get(), 4, detail.constData(), int(detail.size()),
                          SQLITE_TRANSIENT);
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return fail(QStringLiteral("insert"));
        sqlite3_reset(insert.get());
    }
    insert.reset();
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("COMMIT"));
    return {};
}

// What the peer prints, trimmed; an Error when it cannot be run or fails.
Result<QString> runPeer(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return Error{QStringLiteral("sqlite3 %1 failed: %2 %3")
                         .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                              QString::fromLocal8Bit(process.readAllStandardError())),
                     {},
                     0,
                     {}};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

[[noreturn]] void die(const Error &error)
{
    bench::note(QStringLiteral("bench_store_open: ") + error.toString());
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Store::open on a store of audit rows vs sqlite3 PRAGMA quick_check."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Audit rows."),
                                        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"),
                                           QStringLiteral("Timed runs of each side."),
                                           QStringLiteral("n"), QStringLiteral("21"));
    parser.addOptions({rowsOption, repeatsOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int repeats = parser.value(repeatsOption).toInt();
    if (rows <= 0 || repeats <= 0)
        die(Error{QStringLiteral("--rows and --repeats must be positive numbers"), {}, 0, {}});

    const QString path = bench::workDir() + QStringLiteral("/store-open.sqlite");
    QFile::remove(path);
    {
        auto created = Store::open(path, Store::Access::ReadWrite);
        if (!created)
            die(created.error());
        bench::note(QStringLiteral("writing %1 audit rows to %2").arg(rows).arg(path));
        if (auto filled = fillAuditLog(*created.value(), rows); !filled)
            die(filled.error());
    } // Closing the last connection checkpoints the WAL: both sides read the same single file.

    auto version = runPeer({QStringLiteral("--version")});
    if (!version)
        die(version.error());
    const QString peer =
        QStringLiteral("sqlite3 %1 shell").arg(version.value().section(QLatin1Char(' '), 0, 0));

    const auto openStore = [&] {
        auto opened = Store::open(path, Store::Access::ReadWrite);
        if (!opened)
            die(opened.error());
        if (opened.value()->rowCount(QStringLiteral("audit_log")) < rows)
            die(Error{QStringLiteral("the store lost rows"), path, 0, {}});
    };
    // The row count is checked outside the timing: only open and close are measured.
    const auto openAndClose = [&] {
        auto opened = Store::open(path, Store::Access::ReadWrite);
        if (!opened)
            die(opened.error());
    };
    const auto peerCheck = [&] {
        auto verdict = runPeer({path, QStringLiteral("PRAGMA quick_check;")});
        if (!verdict)
            die(verdict.error());
        if (verdict.value() != QLatin1String("ok"))
            die(Error{QStringLiteral("sqlite3 quick_check says: ") + verdict.value(), path, 0, {}});
    };

    // One untimed run of each warms the page cache, so that both sides read from memory.
    openStore();
    peerCheck();
    std::vector<double> ours;
    std::vector<double> theirs;
    for (int i = 0; i < repeats; ++i) {
        ours.push_back(bench::secondsFor(openAndClose));
        theirs.push_back(bench::secondsFor(peerCheck));
    }
    bench::note(QStringLiteral("store file: %1 MB, %2 runs each")
                    .arg(double(QFile(path).size()) / 1e6, 0, 'f', 1)
                    .arg(repeats));
    // Store::open is the integrity check plus a header read, a second connection and the schema
    // version: within 10 % of the bare check, process start-up included on the peer's side.
    bench::report(QStringLiteral("open a store of %1 audit rows (quick_check)")
                      .arg(QLocale(QLocale::English).toString(rows)),
                  bench::median(ours), peer + QStringLiteral(", PRAGMA quick_check"),
                  bench::median(theirs), 0.9);
    QFile::remove(path);
    return 0;
}
