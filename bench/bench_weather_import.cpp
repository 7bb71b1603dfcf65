// Benchmark: a 1,000,000-row per-territory weather CSV into the store (validated, converted,
// unique-keyed) against the sqlite3 shell's .import of the same file into a plain table.
// Prints: figure<TAB>stormcrew_seconds<TAB>peer_name<TAB>peer_seconds<TAB>goal
#include "ingest/weathercsvimporter.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace stormcrew;

namespace {

constexpr int kTerritories = 1000;
constexpr int kHours = 1000; // x territories = 1,000,000 rows

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
    const QString issuedText = QDateTime::fromSecsSinceEpoch(issued, Qt::UTC).toString(Qt::ISODate);
    for (int h = 0; h < kHours; ++h) {
        const QByteArray valid =
            QDateTime::fromSecsSinceEpoch(start + h * 3600, Qt::UTC).toString(Qt::ISODate).toUtf8();
        for (int t = 0; t < kTerritories; ++t) {
            const double wind = 3 + (t * 7 + h * 13) % 170 / 10.0;
            const double gust = wind * 1.5;
            char line[160];
            const int n =
                std::snprintf(line, sizeof line, "T%04d,%s,%s,%.1f,%.1f,%.1f,%.1f\n", t,
                              valid.constData(), (h % 2) ? issuedText.toUtf8().constData() : "",
                              gust, wind, (t + h) % 40 / 4.0, -5 + (t * 3 + h) % 300 / 10.0);
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
    memcpy(wkb.data() + 1, &polygon, 4);
    memcpy(wkb.data() + 5, &rings, 4);
    memcpy(wkb.data() + 9, &points, 4);
    const double xy[10] = {0, 0, 0.1, 0, 0.1, 0.1, 0, 0.1, 0, 0};
    memcpy(wkb.data() + 13, xy, sizeof xy);
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("weather.csv"));
    if (!writeCsv(csv)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }

    double ours = 0;
    {
        auto store =
            Store::open(dir.filePath(QStringLiteral("store.sqlite")), Store::Access::ReadWrite);
        if (!store || !addTerritories(*store.value())) {
            std::fprintf(stderr, "cannot prepare the store\n");
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto report = WeatherCsvImporter::run(*store.value(), csv, WeatherCsvOptions{},
                                              RejectPolicy::RollBackOnAnyReject);
        ours = timer.nsecsElapsed() / 1e9;
        if (!report || report.value().accepted() != qint64(kTerritories) * kHours) {
            std::fprintf(stderr, "import failed: %s\n",
                         report ? "not every row accepted" : qPrintable(report.error().toString()));
            return 1;
        }
    }

    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.sqlite"))});
    sqlite.waitForStarted();
    QElapsedTimer timer;
    timer.start();
    sqlite.write(QStringLiteral(".mode csv\n.import %1 weather\n").arg(csv).toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double peer = timer.nsecsElapsed() / 1e9;
    if (sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    // Goal: at most 1.5x the time of sqlite3's .import, though we validate and convert (issue 3).
    std::printf("weather CSV import, 1,000,000 rows\t%.3f\tsqlite3 %s shell, .import into a plain "
                "table\t%.3f\t0.667\n",
                ours, sqlite3_libversion(), peer);
    return 0;
}
