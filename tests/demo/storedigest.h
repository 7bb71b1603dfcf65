#pragma once
// A digest of what a store holds, for "the same seed gives the same store": every table's rows
// in a fixed order, leaving out what records when and where the store was made (import and
// audit logs, imported_time).

#include "store/sqlite.h"

#include <QCryptographicHash>
#include <QStringList>

namespace stormcrew::test {

struct TableDigest {
    QString table;
    QStringList columns; // in order; the ORDER BY too
};

// The store's content tables and the columns that do not depend on when it was built.
inline const QList<TableDigest> &digestedTables()
{
    static const QList<TableDigest> tables{
        {QStringLiteral("depot"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("lon"),
          QStringLiteral("lat"), QStringLiteral("own_crews")}},
        {QStringLiteral("crew_pool"),
         {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("depot_id"),
          QStringLiteral("crews"), QStringLiteral("lead_time_h"),
          QStringLiteral("cost_per_crew_day"), QStringLiteral("min_days")}},
        {QStringLiteral("territory"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("hex(geometry)"),
          QStringLiteral("min_lon"), QStringLiteral("min_lat"), QStringLiteral("max_lon"),
          QStringLiteral("max_lat"), QStringLiteral("area_km2"), QStringLiteral("customers"),
          QStringLiteral("overhead_km"), QStringLiteral("underground_km"), QStringLiteral("poles"),
          QStringLiteral("canopy_fraction"), QStringLiteral("last_trimmed"),
          QStringLiteral("depot_id"), QStringLiteral("source")}},
        {QStringLiteral("territory_stat"),
         {QStringLiteral("territory_id"), QStringLiteral("name"), QStringLiteral("statistic"),
          QStringLiteral("value"), QStringLiteral("coverage"), QStringLiteral("source")}},
        {QStringLiteral("storm"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
          QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("source")}},
        {QStringLiteral("weather"),
         {QStringLiteral("territory_id"), QStringLiteral("source"), QStringLiteral("valid_time"),
          QStringLiteral("issued_time"), QStringLiteral("gust_ms"), QStringLiteral("wind_ms"),
          QStringLiteral("precip_mm"), QStringLiteral("temp_c"), QStringLiteral("snow_mm"),
          QStringLiteral("ice_mm")}},
        {QStringLiteral("incident"),
         {QStringLiteral("source"), QStringLiteral("external_id"), QStringLiteral("territory_id"),
          QStringLiteral("storm_id"), QStringLiteral("start_time"), QStringLiteral("end_time"),
          QStringLiteral("customers"), QStringLiteral("cause"), QStringLiteral("lon"),
          QStringLiteral("lat")}},
        {QStringLiteral("storm_outcome"),
         {QStringLiteral("storm_id"), QStringLiteral("territory_id"), QStringLiteral("outages"),
          QStringLiteral("customers_out"), QStringLiteral("customer_hours"),
          QStringLiteral("crews_deployed"), QStringLiteral("restoration_hours")}},
        {QStringLiteral("setting"), {QStringLiteral("key"), QStringLiteral("value")}},
    };
    return tables;
}

// SHA-256 (hex) of the tables above; empty when a query fails.
inline QByteArray storeDigest(sqlite3 *db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableDigest &table : digestedTables()) {
        const QString columns = table.columns.join(QStringLiteral(", "));
        auto stmt = sqlite::prepare(
            db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(columns, table.table));
        if (!stmt)
            return {};
        hash.addData(table.table.toUtf8());
        while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
            for (int c = 0; c < int(table.columns.size()); ++c) {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), c));
                hash.addData(text ? QByteArrayView(text, sqlite3_column_bytes(stmt.get(), c))
                                  : QByteArrayView("<null>"));
                hash.addData(QByteArrayView("|"));
            }
        }
    }
    return hash.result().toHex();
}

} // namespace stormcrew::test
