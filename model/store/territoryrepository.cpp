#include "territoryrepository.h"

#include "sqlite.h"
#include "store.h"

namespace stormcrew {

TerritoryRepository::TerritoryRepository(const Store &store) : m_store(store)
{}

Result<std::vector<TerritoryShape>> TerritoryRepository::shapes() const
{
    auto stmt = sqlite::prepare(m_store.handle(),
                                QStringLiteral("SELECT id, code, name, geometry, min_lon, min_lat, "
                                               "max_lon, max_lat FROM territory ORDER BY code"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    std::vector<TerritoryShape> result;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        TerritoryShape shape;
        shape.id = sqlite3_column_int64(stmt.get(), 0);
        shape.code = sqlite::columnText(stmt.get(), 1);
        shape.name = sqlite::columnText(stmt.get(), 2);
        shape.wkb = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt.get(), 3)),
                               sqlite3_column_bytes(stmt.get(), 3));
        shape.bounds = {sqlite3_column_double(stmt.get(), 4), sqlite3_column_double(stmt.get(), 5),
                        sqlite3_column_double(stmt.get(), 6), sqlite3_column_double(stmt.get(), 7)};
        result.push_back(std::move(shape));
    }
    if (rc != SQLITE_DONE)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    return result;
}

} // namespace stormcrew
