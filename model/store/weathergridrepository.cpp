#include "weathergridrepository.h"

#include "sqlite.h"
#include "store.h"

#include <QtEndian>

#include <cstring>

namespace stormcrew {

namespace {

// The store keeps values little-endian (schema v3); every platform we build for is, but the
// conversion costs nothing there and keeps a store portable.
QByteArray toBlob(const std::vector<float> &values)
{
    QByteArray blob(qsizetype(values.size() * sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(values.data(), qsizetype(values.size()), blob.data());
    return blob;
}

} // namespace

WeatherGridRepository::Writer::Writer(Store &store, sqlite3_stmt *statement)
    : m_store(&store), m_statement(statement)
{}

WeatherGridRepository::Writer::Writer(Writer &&other) noexcept
    : m_store(other.m_store), m_statement(std::exchange(other.m_statement, nullptr))
{}

WeatherGridRepository::Writer::~Writer()
{
    sqlite3_finalize(m_statement);
}

Result<WeatherGridRepository::Writer> WeatherGridRepository::writer()
{
    // INSERT OR REPLACE: the unique key is on an expression (coalesce(issued_time, -1)), which
    // an upsert's conflict target cannot name; REPLACE honours any unique index.
    auto stmt = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("INSERT OR REPLACE INTO weather_grid(source, variable, issued_time, "
                       "valid_time, crs, gt0, gt1, gt2, gt3, gt4, gt5, width, height, data, "
                       "imported_time) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                       "?13, ?14, ?15)"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    return Writer(m_store, stmt.release());
}

Result<void> WeatherGridRepository::Writer::write(const WeatherGrid &grid, qint64 importedTime)
{
    sqlite3_stmt *s = m_statement;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    sqlite::bindText(s, 1, grid.source);
    sqlite::bindText(s, 2, grid.variable);
    if (grid.issued)
        sqlite3_bind_int64(s, 3, *grid.issued);
    sqlite3_bind_int64(s, 4, grid.valid);
    sqlite::bindText(s, 5, grid.crs);
    for (int i = 0; i < 6; ++i)
        sqlite3_bind_double(s, 6 + i, grid.geoTransform[std::size_t(i)]);
    sqlite3_bind_int(s, 12, grid.width);
    sqlite3_bind_int(s, 13, grid.height);
    const QByteArray blob = toBlob(grid.values);
    sqlite3_bind_blob(s, 14, blob.constData(), int(blob.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 15, importedTime);
    if (sqlite3_step(s) != SQLITE_DONE)
        return Error{tr("cannot store the %1 grid valid at %2: %3")
                         .arg(grid.variable)
                         .arg(grid.valid)
                         .arg(sqlite::lastError(m_store->handle())),
                     m_store->path(),
                     0,
                     {}};
    return {};
}

Result<std::vector<WeatherGrid>> WeatherGridRepository::issue(const QString &variable,
                                                              std::optional<qint64> issued,
                                                              const QString &source) const
{
    if (issued)
        return select(QStringLiteral("issued_time = ?3"), {*issued}, variable, source);
    return select(QStringLiteral("issued_time IS NULL"), {}, variable, source);
}

Result<std::vector<WeatherGrid>> WeatherGridRepository::analyses(const QString &variable,
                                                                 qint64 from, qint64 to) const
{
    return select(QStringLiteral("issued_time IS NULL AND valid_time BETWEEN ?3 AND ?4"),
                  {from, to}, variable, {});
}

Result<std::vector<WeatherGrid>> WeatherGridRepository::select(const QString &where,
                                                               const std::vector<qint64> &numbers,
                                                               const QString &variable,
                                                               const QString &source) const
{
    sqlite3 *db = m_store.handle();
    auto stmt = sqlite::prepare(
        db, QStringLiteral("SELECT source, variable, issued_time, valid_time, crs, gt0, gt1, gt2, "
                           "gt3, gt4, gt5, width, height, data FROM weather_grid WHERE variable = "
                           "?1 AND (?2 = '' OR source = ?2) AND ") +
                where + QStringLiteral(" ORDER BY valid_time, source"));
    if (!stmt)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    sqlite::bindText(stmt.get(), 1, variable);
    sqlite::bindText(stmt.get(), 2, source);
    for (std::size_t i = 0; i < numbers.size(); ++i)
        sqlite3_bind_int64(stmt.get(), int(3 + i), numbers[i]);
    std::vector<WeatherGrid> grids;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        WeatherGrid g;
        g.source = sqlite::columnText(stmt.get(), 0);
        g.variable = sqlite::columnText(stmt.get(), 1);
        if (sqlite3_column_type(stmt.get(), 2) != SQLITE_NULL)
            g.issued = sqlite3_column_int64(stmt.get(), 2);
        g.valid = sqlite3_column_int64(stmt.get(), 3);
        g.crs = sqlite::columnText(stmt.get(), 4);
        for (int i = 0; i < 6; ++i)
            g.geoTransform[std::size_t(i)] = sqlite3_column_double(stmt.get(), 5 + i);
        g.width = sqlite3_column_int(stmt.get(), 11);
        g.height = sqlite3_column_int(stmt.get(), 12);
        const int bytes = sqlite3_column_bytes(stmt.get(), 13);
        const void *data = sqlite3_column_blob(stmt.get(), 13);
        g.values.resize(std::size_t(g.width) * std::size_t(g.height));
        if (bytes != int(g.values.size() * sizeof(float)) || !data)
            return Error{tr("the %1 grid valid at %2 has %3 bytes of data, expected %4")
                             .arg(g.variable)
                             .arg(g.valid)
                             .arg(bytes)
                             .arg(g.values.size() * sizeof(float)),
                         m_store.path(), 0, QStringLiteral("weather_grid.data")};
        qFromLittleEndian<float>(data, qsizetype(g.values.size()), g.values.data());
        grids.push_back(std::move(g));
    }
    if (rc != SQLITE_DONE)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    return grids;
}

} // namespace stormcrew
