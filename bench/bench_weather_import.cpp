// Benchmark: a 1,000,000-row per-territory weather CSV into the store (validated, converted,
// unique-keyed) against the sqlite3 shell's .import of the same file into a plain table.
// Prints: figure<TAB>stormcrew_seconds<TAB>peer_name<TAB>peer_seconds<TAB>goal
// On stderr: every run's wall-clock and CPU seconds, and how long reading the file alone takes
// with CsvReader and with OGR's CSV driver, for docs/benchmarks.md.
#include "benchmark.h"
#include "ingest/csvsource.h"
#include "ingest/weathercsvimporter.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>

using namespace stormcrew;
using namespace stormcrew::bench;

namespace {

constexpr int kTerritories = 1000;
constexpr int kHours = 1000; // x territories = 1,000,000 rows
// Timed runs of each side, alternating, after one untimed warm-up run of each.
constexpr int kRepeats = 3;

bool writeCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "territory,valid_time,issued_time,gust_ms,wind_ms,precip_mm,temp_c\n";
    const qint64 start = 1672531200; // 2023-01-01T00:00:00Z
    const qint64 issued = start - 6 * 3600;
    const QByteArray issuedText =
        QDateTime::fromSecsSinceEpoch(issued, Qt::UTC).toString(Qt::ISODate).toUtf8();
    for (int h = 0; h < kHours; ++h) {
        const QByteArray valid =
            QDateTime::fromSecsSinceEpoch(start + h * 3600, Qt::UTC).toString(Qt::ISODate).toUtf8();
        for (int t = 0; t < kTerritories; ++t) {
            const double wind = 3 + (t * 7 + h * 13) % 170 / 10.0;
            const double gust = wind * 1.5;
            char line[160];
            const int n =
                std::snprintf(line, sizeof line, "T%04d,%s,%s,%.1f,%.1f,%.1f,%.1f\n", t,
                              valid.constData(), (h % 2) ? issuedText.constData() : "", gust, wind,
                              (t + h) % 40 / 4.0, -5 + (t * 3 + h) % 300 / 10.0);
            chunk.append(line, n);
        }
        if (chunk.size() > (1 << 20) - 4096) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

bool addTerritories(Store &store)
{
    // A 0.1 degree square per territory; the weather import needs only the codes.
    QByteArray wkb(93, '\0');
    wkb[0] = 1;
    const quint32 polygon = 3, rings = 1, points = 5;
    std::memcpy(wkb.data() + 1, &polygon, 4);
    std::memcpy(wkb.data() + 5, &rings, 4);
    std::memcpy(wkb.data() + 9, &points, 4);
    const double xy[10] = {0, 0, 0.1, 0, 0.1, 0.1, 0, 0.1, 0, 0};
    std::memcpy(wkb.data() + 13, xy, sizeof xy);
    if (sqlite3_exec(store.handle(), "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    auto insert = sqlite::prepare(store.handle(),
                                  QStringLiteral("INSERT INTO territory(code, name, geometry, "
                                                 "min_lon, min_lat, max_lon, max_lat, "
                                                 "imported_time) VALUES(?1,?1,?2,0,0,0.1,0.1,0)"));
    for (int t = 0; t < kTerritories; ++t) {
        const QByteArray code = QStringLiteral("T%1").arg(t, 4, 10, QLatin1Char('0')).toUtf8();
        sqlite3_reset(insert.get());
        sqlite3_bind_text(insert.get(), 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert.get(), 2, wkb.constData(), int(wkb.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return false;
    }
    return sqlite3_exec(store.handle(), "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

// One import into a fresh copy of the store with the territories; wall-clock seconds, or -1.
double ours(const QString &templateStore, const QString &csv, double &cpu)
{
    const QString path = QDir(workDir()).filePath(QStringLiteral("store.sqlite"));
    removeStore(path);
    if (!QFile::copy(templateStore, path))
        return -1;
    auto store = Store::open(path, Store::Access::ReadWrite);
    if (!store)
        return -1;
    Result<ImportReport> report = Error{};
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    const double seconds = secondsFor([&] {
        report = WeatherCsvImporter::run(*store.value(), csv, WeatherCsvOptions{},
                                         RejectPolicy::RollBackOnAnyReject);
    });
    cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!report || report.value().accepted() != qint64(kTerritories) * kHours) {
        note(QStringLiteral("import failed: %1")
                 .arg(report ? QStringLiteral("not every row accepted")
                             : report.error().toString()));
        return -1;
    }
    return seconds;
}

// sqlite3 .import of the same file into a new database; wall-clock seconds, or -1.
double peer(const QString &csv, double &cpu)
{
    const QString path = QDir(workDir()).filePath(QStringLiteral("plain.sqlite"));
    removeStore(path);
    QProcess sqlite;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    const double seconds = secondsFor([&] {
        sqlite.start(QStringLiteral("sqlite3"), {path});
        sqlite.waitForStarted();
        sqlite.write(QStringLiteral(".mode csv\n.import %1 weather\n").arg(csv).toUtf8());
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
    });
    cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    if (sqlite.exitCode() != 0 || !sqlite.readAllStandardError().isEmpty()) {
        note(QStringLiteral("sqlite3 failed"));
        return -1;
    }
    return seconds;
}

// Reads every field of every row with openCsv's reader or OGR's, as the importer would.
double readOnly(const QString &csv, bool throughOgr)
{
    auto source = throughOgr ? openOgrCsv(csv) : openCsv(csv);
    if (!source)
        return -1;
    CsvRecord record;
    qsizetype bytes = 0;
    const double seconds = secondsFor([&] {
        while (true) {
            auto more = source.value()->next(record);
            if (!more || !more.value())
                break;
            for (const QByteArrayView field : record.fields)
                bytes += field.size();
        }
    });
    return bytes > 0 ? seconds : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDir dir(workDir());
    const QString csv = dir.filePath(QStringLiteral("weather.csv"));
    const QString templateStore = dir.filePath(QStringLiteral("template.sqlite"));
    if (!writeCsv(csv)) {
        note(QStringLiteral("cannot write %1").arg(csv));
        return 1;
    }
    removeStore(templateStore);
    {
        auto store = Store::open(templateStore, Store::Access::ReadWrite);
        if (!store || !addTerritories(*store.value())) {
            note(QStringLiteral("cannot prepare the store"));
            return 1;
        }
    }

    std::vector<double> oursSeconds, peerSeconds;
    for (int run = 0; run <= kRepeats; ++run) {
        double oursCpu = 0, peerCpu = 0;
        const double a = ours(templateStore, csv, oursCpu);
        const double b = peer(csv, peerCpu);
        if (a < 0 || b < 0)
            return 1;
        note(QStringLiteral("%1: Stormcrew %2 s (CPU %3 s), sqlite3 %4 s (CPU %5 s)")
                 .arg(run == 0 ? QStringLiteral("warm-up") : QStringLiteral("run %1").arg(run))
                 .arg(a, 0, 'f', 2)
                 .arg(oursCpu, 0, 'f', 2)
                 .arg(b, 0, 'f', 2)
                 .arg(peerCpu, 0, 'f', 2));
        if (run > 0) {
            oursSeconds.push_back(a);
            peerSeconds.push_back(b);
        }
    }
    note(QStringLiteral("reading the file alone: CsvReader %1 s, OGR CSV driver %2 s")
             .arg(readOnly(csv, false), 0, 'f', 2)
             .arg(readOnly(csv, true), 0, 'f', 2));

    // Goal: at most 1.5x the time of sqlite3's .import, though we validate and convert (issue 3).
    report(QStringLiteral("weather CSV import, 1,000,000 rows"), median(oursSeconds),
           QStringLiteral("sqlite3 %1 shell, .import into a plain table")
               .arg(QString::fromLatin1(sqlite3_libversion())),
           median(peerSeconds), 0.667);
    return 0;
}
