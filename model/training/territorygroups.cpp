#include "territorygroups.h"

#include "store/sqlite.h"
#include "store/store.h"

namespace stormcrew::training {

Result<std::vector<TerritoryGroup>> TerritoryGroups::read(Store &store)
{
    auto stmt = sqlite::prepare(
        store.handle(),
        QStringLiteral("SELECT d.code, d.name, t.id FROM territory t LEFT JOIN depot d ON "
                       "d.id = t.depot_id ORDER BY d.id IS NULL, d.id, t.code"));
    if (!stmt)
        return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
    std::vector<TerritoryGroup> groups;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const bool noDepot = sqlite3_column_type(stmt.get(), 0) == SQLITE_NULL;
        const QString key =
            noDepot ? QString::fromLatin1(NoDepotKey) : sqlite::columnText(stmt.get(), 0);
        if (groups.empty() || groups.back().key != key)
            groups.push_back(
                {key, noDepot ? tr("No depot") : sqlite::columnText(stmt.get(), 1), {}});
        groups.back().territories.push_back(sqlite3_column_int64(stmt.get(), 2));
    }
    return groups;
}

std::map<qint64, QString> TerritoryGroups::byTerritory(const std::vector<TerritoryGroup> &groups)
{
    std::map<qint64, QString> out;
    for (const TerritoryGroup &group : groups)
        for (const qint64 id : group.territories)
            out[id] = group.key;
    return out;
}

} // namespace stormcrew::training
