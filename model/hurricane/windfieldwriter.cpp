#include "windfieldwriter.h"

#include "store/sqlite.h"
#include "store/store.h"

namespace stormcrew::hurricane {

WindFieldWriter::WindFieldWriter(Store &store) : m_store(store)
{}

QString WindFieldWriter::sourceName(const QString &atcfId)
{
    return QStringLiteral("track:") + atcfId;
}

Result<StoredWindField> WindFieldWriter::write(const QString &atcfId, const WindField &field,
                                               std::optional<qint64> issued)
{
    if (m_store.isReadOnly())
        return Error{tr("is open read-only; storing a wind field needs write access"),
                     m_store.path(),
                     0,
                     {}};
    sqlite3 *db = m_store.handle();
    auto fail = [&] { return Error{sqlite::lastError(db), m_store.path(), 0, {}}; };
    sqlite::Transaction transaction(db);
    if (!transaction.isOpen())
        return fail();
    StoredWindField stored;
    stored.source = sourceName(atcfId);
    auto clear = sqlite::prepare(db, QStringLiteral("DELETE FROM weather WHERE source = ?1 AND "
                                                    "coalesce(issued_time, -1) = ?2"));
    auto insert = sqlite::prepare(db, QStringLiteral("INSERT INTO weather(territory_id, "
                                                     "valid_time, issued_time, source, gust_ms, "
                                                     "wind_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!clear || !insert)
        return fail();
    sqlite::bindText(clear.get(), 1, stored.source);
    sqlite3_bind_int64(clear.get(), 2, issued.value_or(-1));
    if (sqlite3_step(clear.get()) != SQLITE_DONE)
        return fail();
    const QByteArray source = stored.source.toUtf8();
    sqlite3_stmt *stmt = insert.get();
    for (const TerritoryWind &territory : field.territories) {
        if (territory.peakGustMs < MinimumGustMs)
            continue;
        ++stored.territories;
        for (int h = 0; h < field.hours; ++h) {
            const double wind = territory.hourlyWindMs[size_t(h)];
            sqlite3_reset(stmt);
            sqlite3_bind_int64(stmt, 1, territory.territoryId);
            sqlite3_bind_int64(stmt, 2, field.firstHour + 3600 * qint64(h));
            if (issued)
                sqlite3_bind_int64(stmt, 3, *issued);
            else
                sqlite3_bind_null(stmt, 3);
            sqlite3_bind_text(stmt, 4, source.constData(), int(source.size()), SQLITE_STATIC);
            sqlite3_bind_double(stmt, 5, wind * field.gustFactor);
            sqlite3_bind_double(stmt, 6, wind);
            if (sqlite3_step(stmt) != SQLITE_DONE)
                return fail();
            ++stored.rows;
        }
    }
    if (auto audited =
            m_store.audit(QStringLiteral("windfield.store"), tr("%1: %2 rows for %3 territories")
                                                                 .arg(stored.source)
                                                                 .arg(stored.rows)
                                                                 .arg(stored.territories));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return fail();
    return stored;
}

} // namespace stormcrew::hurricane
