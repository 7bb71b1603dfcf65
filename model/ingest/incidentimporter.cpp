#include "incidentimporter.h"

#include "assetcolumns.h"
#include "ingestlogging.h"
#include "mappedtable.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/territoryrepository.h"
#include "territoryindex.h"
#include "timeparser.h"
#include "vectorsource.h"

#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <optional>

namespace stormcrew {

namespace {

enum Field { Id, Start, End, Customers, Cause, Lat, Lon, Territory, FieldCount };

QString sourceName(const QString &file)
{
    QString name = QFileInfo(file).fileName();
    for (const auto *suffix : {".gz", ".zip", ".csv"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            name.chop(int(qstrlen(suffix)));
    }
    return name;
}

} // namespace

IncidentImporter::IncidentImporter(Store &store) : m_store(store)
{}

QStringList IncidentImporter::fields()
{
    return {QStringLiteral("id"),        QStringLiteral("start"),    QStringLiteral("end"),
            QStringLiteral("customers"), QStringLiteral("cause"),    QStringLiteral("lat"),
            QStringLiteral("lon"),       QStringLiteral("territory")};
}

Result<ImportReport> IncidentImporter::run(const QString &file,
                                           const IncidentImportOptions &options,
                                           RejectPolicy policy)
{
    gdal::QuietErrors quiet;
    auto opened =
        MappedTable::open(file, tr("incident"), fields(), options.mapping, options.timeZone);
    if (!opened)
        return opened.error();
    MappedTable &table = opened.value();
    const TimeParser &times = table.times();
    for (const Field required : {Id, Start}) {
        if (!table.has(required))
            return table.missingColumn(required);
    }
    if (table.has(Lat) != table.has(Lon))
        return Error{tr("has only one of the columns '%1' and '%2'; map both with --map lat=... "
                        "--map lon=...")
                         .arg(table.columnName(Lat), table.columnName(Lon)),
                     file,
                     0,
                     {}};
    if (!table.has(Lat) && !table.has(Territory))
        return Error{tr("has neither coordinates (lat, lon) nor a territory column; map them with "
                        "--map lat=... --map lon=... or --territory-field COLUMN (its columns "
                        "are: %1)")
                         .arg(table.available()),
                     file,
                     0,
                     {}};

    auto shapes = TerritoryRepository(m_store).shapes();
    if (!shapes)
        return shapes.error();
    if (shapes.value().empty())
        return Error{tr("the store holds no territory yet; import territories first "
                        "(stormcrew-cli import territories FILE)"),
                     m_store.path(),
                     0,
                     {}};
    auto index = TerritoryIndex::build(shapes.value());
    if (!index)
        return index.error();
    QHash<QString, qint64> territoryByCode;
    for (const TerritoryShape &shape : shapes.value())
        territoryByCode.insert(shape.code, shape.id);

    ImportReport report(QStringLiteral("incidents"), file);
    ImportTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    sqlite3 *db = m_store.handle();
    auto upsert = sqlite::prepare(
        db,
        QStringLiteral(
            "INSERT INTO incident(source, external_id, territory_id, start_time, end_time, "
            "customers, cause, lon, lat) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9) "
            "ON CONFLICT(source, external_id) DO UPDATE SET territory_id=excluded.territory_id, "
            "start_time=excluded.start_time, end_time=excluded.end_time, "
            "customers=excluded.customers, cause=excluded.cause, lon=excluded.lon, "
            "lat=excluded.lat"));
    if (!upsert)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};

    const QByteArray feed = (options.source.isEmpty() ? sourceName(file) : options.source).toUtf8();
    QSet<QString> seen;
    qint64 byCode = 0;
    QStringList value;
    for (;;) {
        auto more = table.next(value);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        report.countRead();
        auto reject = [&](RejectReason reason, Field field, const QString &message) {
            report.reject(reason, table.at(field, message));
        };
        if (value[Id].isEmpty()) {
            reject(RejectReason::Missing, Id, tr("the incident id is empty"));
            continue;
        }
        if (seen.contains(value[Id])) {
            reject(RejectReason::Duplicate, Id,
                   tr("incident %1 appears more than once").arg(value[Id]));
            continue;
        }
        seen.insert(value[Id]);
        if (value[Start].isEmpty()) {
            reject(RejectReason::Missing, Start, tr("the start time is empty"));
            continue;
        }
        const auto start = times.parse(value[Start]);
        if (!start) {
            reject(RejectReason::BadTime, Start, start.error().message);
            continue;
        }
        std::optional<qint64> end;
        if (!value[End].isEmpty()) {
            const auto parsed = times.parse(value[End]);
            if (!parsed) {
                reject(RejectReason::BadTime, End, parsed.error().message);
                continue;
            }
            if (parsed.value() < start.value()) {
                reject(RejectReason::Impossible, End,
                       tr("restored (%1) before it started (%2)").arg(value[End], value[Start]));
                continue;
            }
            end = parsed.value();
        }
        std::optional<qint64> customers;
        if (!value[Customers].isEmpty()) {
            bool ok = false;
            const double number = value[Customers].toDouble(&ok);
            if (!ok || !std::isfinite(number) || number != std::floor(number)) {
                reject(RejectReason::NotANumber, Customers,
                       tr("'%1' is not a whole number").arg(value[Customers].left(40)));
                continue;
            }
            if (number < 0 || number > double(AssetColumns::MaxCustomers)) {
                reject(RejectReason::Impossible, Customers,
                       tr("%1 customers is impossible").arg(value[Customers]));
                continue;
            }
            customers = qint64(number);
        }

        std::optional<double> lon;
        std::optional<double> lat;
        std::optional<qint64> territory;
        if (!value[Lat].isEmpty() || !value[Lon].isEmpty()) {
            bool latOk = false;
            bool lonOk = false;
            const double y = value[Lat].toDouble(&latOk);
            const double x = value[Lon].toDouble(&lonOk);
            if (!latOk || !lonOk) {
                const Field bad = latOk ? Lon : Lat;
                reject(RejectReason::NotANumber, bad,
                       tr("'%1' is not a number").arg(value[bad].left(40)));
                continue;
            }
            if (std::fabs(y) > 90 || std::fabs(x) > 180) {
                reject(RejectReason::Impossible, std::fabs(y) > 90 ? Lat : Lon,
                       tr("%1, %2 is not a longitude, latitude in degrees")
                           .arg(value[Lon], value[Lat]));
                continue;
            }
            territory = index.value()->locate(x, y);
            if (!territory) {
                reject(RejectReason::OutsideTerritories, Lat,
                       tr("%1, %2 (lon, lat) lies in no territory").arg(value[Lon], value[Lat]));
                continue;
            }
            lon = x;
            lat = y;
        } else if (!value[Territory].isEmpty()) {
            const auto found = territoryByCode.constFind(value[Territory]);
            if (found == territoryByCode.cend()) {
                reject(RejectReason::UnknownTerritory, Territory,
                       tr("territory '%1' is not in the store").arg(value[Territory]));
                continue;
            }
            territory = found.value();
            ++byCode;
        } else {
            reject(RejectReason::Missing, Lat, tr("no coordinates and no territory code"));
            continue;
        }

        const QByteArray id = value[Id].toUtf8();
        const QByteArray cause = value[Cause].toUtf8();
        sqlite3_stmt *stmt = upsert.get();
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        sqlite3_bind_text(stmt, 1, feed.constData(), int(feed.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 3, *territory);
        sqlite3_bind_int64(stmt, 4, start.value());
        if (end)
            sqlite3_bind_int64(stmt, 5, *end);
        if (customers)
            sqlite3_bind_int64(stmt, 6, *customers);
        if (!cause.isEmpty())
            sqlite3_bind_text(stmt, 7, cause.constData(), int(cause.size()), SQLITE_STATIC);
        if (lon) {
            sqlite3_bind_double(stmt, 8, *lon);
            sqlite3_bind_double(stmt, 9, *lat);
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return Error{
                tr("incident %1 could not be written: %2").arg(value[Id], sqlite::lastError(db)),
                m_store.path(),
                0,
                {}};
        report.countAccepted();
    }
    report.note(tr("Stored as source '%1'.").arg(QString::fromUtf8(feed)));
    if (byCode > 0)
        report.note(tr("%n incident(s) without coordinates placed by their territory code.",
                       nullptr, int(byCode)));
    qCDebug(lcIngest) << "incidents" << file << report.accepted() << "accepted of" << report.read();
    if (auto finished = transaction.finish(report, policy);
        !finished && ImportTransaction::accepts(report, policy))
        return finished.error();
    return report;
}

} // namespace stormcrew
