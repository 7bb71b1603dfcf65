#include "stormimporter.h"

#include "mappedtable.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/stormrepository.h"
#include "timeparser.h"
#include "vectorsource.h"

#include <QFileInfo>
#include <QSet>

namespace stormcrew {

namespace {
enum Field { Code, Name, Kind, Start, End, FieldCount };
} // namespace

StormImporter::StormImporter(Store &store) : m_store(store)
{}

QStringList StormImporter::fields()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("start"), QStringLiteral("end")};
}

QStringList StormImporter::kinds()
{
    return {QStringLiteral("derecho"),     QStringLiteral("thunderstorm"),
            QStringLiteral("winter_wind"), QStringLiteral("ice"),
            QStringLiteral("tropical"),    QStringLiteral("other")};
}

Result<ImportReport> StormImporter::run(const QString &file, const StormImportOptions &options,
                                        RejectPolicy policy)
{
    gdal::QuietErrors quiet;
    auto opened = MappedTable::open(file, tr("storm"), fields(), options.mapping, options.timeZone);
    if (!opened)
        return opened.error();
    MappedTable &table = opened.value();
    const TimeParser &times = table.times();
    if (!table.has(Code) && !table.has(Name))
        return Error{tr("has neither a 'code' nor a 'name' column; map one with --map "
                        "code=COLUMN (its columns are: %1)")
                         .arg(table.available()),
                     file,
                     0,
                     {}};
    for (const Field required : {Start, End}) {
        if (!table.has(required))
            return table.missingColumn(required);
    }

    ImportReport report(QStringLiteral("storms"), file);
    ImportTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    sqlite3 *db = m_store.handle();
    auto upsert = sqlite::prepare(
        db, QStringLiteral("INSERT INTO storm(code, name, kind, start_time, end_time, source) "
                           "VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(code) DO UPDATE SET "
                           "name=excluded.name, kind=excluded.kind, "
                           "start_time=excluded.start_time, end_time=excluded.end_time, "
                           "source=excluded.source RETURNING id"));
    if (!upsert)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    StormRepository storms(m_store);
    const QByteArray sourceName = QFileInfo(file).fileName().toUtf8();
    QSet<QString> seen;
    qint64 linked = 0;
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
        const QString code = value[Code].isEmpty() ? value[Name] : value[Code];
        const QString name = value[Name].isEmpty() ? code : value[Name];
        const QString kind = value[Kind].isEmpty() ? QStringLiteral("other") : value[Kind];
        if (code.isEmpty()) {
            reject(RejectReason::Missing, Code, tr("the storm has neither code nor name"));
            continue;
        }
        if (seen.contains(code)) {
            reject(RejectReason::Duplicate, Code, tr("storm %1 appears more than once").arg(code));
            continue;
        }
        seen.insert(code);
        if (!kinds().contains(kind)) {
            reject(RejectReason::Impossible, Kind,
                   tr("'%1' is not a storm kind; the kinds are: %2")
                       .arg(kind, kinds().join(QStringLiteral(", "))));
            continue;
        }
        std::array<qint64, 2> when{};
        bool timesOk = true;
        for (const Field f : {Start, End}) {
            if (value[f].isEmpty()) {
                reject(RejectReason::Missing, f, tr("the %1 time is empty").arg(fields().at(f)));
                timesOk = false;
                break;
            }
            const auto parsed = times.parse(value[f]);
            if (!parsed) {
                reject(RejectReason::BadTime, f, parsed.error().message);
                timesOk = false;
                break;
            }
            when[f == Start ? 0 : 1] = parsed.value();
        }
        if (!timesOk)
            continue;
        if (when[1] < when[0]) {
            reject(RejectReason::Impossible, End,
                   tr("ends (%1) before it starts (%2)").arg(value[End], value[Start]));
            continue;
        }
        const QByteArray codeUtf8 = code.toUtf8();
        const QByteArray nameUtf8 = name.toUtf8();
        const QByteArray kindUtf8 = kind.toUtf8();
        sqlite3_stmt *stmt = upsert.get();
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, codeUtf8.constData(), int(codeUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, kindUtf8.constData(), int(kindUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 4, when[0]);
        sqlite3_bind_int64(stmt, 5, when[1]);
        sqlite3_bind_text(stmt, 6, sourceName.constData(), int(sourceName.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) != SQLITE_ROW)
            return Error{tr("storm %1 could not be written: %2").arg(code, sqlite::lastError(db)),
                         m_store.path(),
                         0,
                         {}};
        const qint64 id = sqlite3_column_int64(stmt, 0);
        sqlite3_reset(stmt);
        // A storm's end is the last moment of it: incidents starting then still belong to it.
        auto links = storms.linkIncidents(id, when[0], when[1] + 1);
        if (!links)
            return links.error();
        linked += links.value();
        report.countAccepted();
    }
    report.note(tr("%1 incidents linked to these storms.").arg(linked));
    if (auto finished = transaction.finish(report, policy);
        !finished && ImportTransaction::accepts(report, policy))
        return finished.error();
    return report;
}

} // namespace stormcrew
