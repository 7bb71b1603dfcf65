#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"
#include "weatherrow.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

#include <string>
#include <string_view>
#include <unordered_map>

namespace stormcrew {

class Store;

// How `import weather FILE` reads a per-territory weather CSV.
struct WeatherCsvOptions {
    // Our column name -> the file's header (--map gust_ms=Gust): territory, valid_time,
    // issued_time, gust_ms, wind_ms, precip_mm, temp_c, snow_mm, ice_mm.
    QMap<QString, QString> columns;
    // The file's unit per field when not the store's (--units gust=mph,precip=in).
    QMap<WeatherField, QString> units;
    QTimeZone zone;                         // for naive times; invalid: naive times are rejected
    QString source = QStringLiteral("csv"); // weather.source of every row
    // Large imports drop and rebuild the unique index (WeatherBulkLoad); Auto decides by the
    // file's size against the table's, tests and benchmarks may force it.
    enum class Bulk { Auto, Always, Never } bulk = Bulk::Auto;
};

// Reads a CSV of per-territory weather (observations and forecasts), plain files with CsvReader
// and the rest (.gz, other encodings) through GDAL's OGR CSV driver, validates and converts
// each row and inserts the good ones in one transaction. A row whose key (territory, source,
// valid and issued time) is in the store or earlier in the file is a duplicate.
class WeatherCsvImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::WeatherCsvImporter)

public:
    // Parses "--units gust=mph,wind=kt,precip=in" into options.units.
    [[nodiscard]] static Result<QMap<WeatherField, QString>> parseUnits(const QString &text);
    // Parses "--map gust_ms=Gust,territory=County" (also repeated --map options).
    [[nodiscard]] static Result<QMap<QString, QString>> parseMap(const QStringList &entries);

    [[nodiscard]] static Result<ImportReport>
    run(Store &store, const QString &file, const WeatherCsvOptions &options, RejectPolicy policy);
};

// Helpers the weather importers share.
namespace weatherimport {
// Territory code -> id, looked up with the bytes of a CSV field as they are (a std hash of a
// string_view: measured three times faster per row than QHash<QByteArray> with fromRawData).
class TerritoryIds {
public:
    void insert(QByteArrayView code, qint64 id)
    {
        m_ids.emplace(std::string(code.data(), size_t(code.size())), id);
    }
    // The territory's id, or null.
    [[nodiscard]] const qint64 *find(QByteArrayView code) const
    {
        const auto found = m_ids.find(std::string_view(code.data(), size_t(code.size())));
        return found == m_ids.end() ? nullptr : &found->second;
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const noexcept
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, qint64, Hash, std::equal_to<>> m_ids;
};
// Every territory in the store.
[[nodiscard]] Result<TerritoryIds> territoryIds(const Store &store);
// A number from a CSV field: trimmed, '+' allowed, finite; empty optional when not a number.
[[nodiscard]] std::optional<double> parseNumber(const char *text, qsizetype size);
// Raises SQLite's page cache to 512 MB for one import: a million-row import touches the
// weather table and its unique index all over, and a small cache spills to disk mid-way.
class LargeCache {
public:
    explicit LargeCache(Store &store);
    ~LargeCache();
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    Store &m_store;
    qint64 m_previous = -2000;
};
} // namespace weatherimport

} // namespace stormcrew
