#pragma once

#include "domain/result.h"
#include "domain/weathergrid.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace stormcrew {

class Store;

// Reads and writes the weather_grid table (schema v3): forecast fields kept as grids so the map
// can draw them after the source file is gone.
class WeatherGridRepository {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::WeatherGridRepository)

public:
    explicit WeatherGridRepository(Store &store) : m_store(store) {}

    // Writes grids one after another inside the caller's transaction, replacing a grid with the
    // same (source, variable, valid time, issue): a re-imported forecast file updates its grids.
    class Writer {
    public:
        Writer(Writer &&) noexcept;
        ~Writer();
        Result<void> write(const WeatherGrid &grid, qint64 importedTime);

    private:
        friend class WeatherGridRepository;
        Writer(Store &store, sqlite3_stmt *statement);
        Store *m_store;
        sqlite3_stmt *m_statement; // owned
    };
    [[nodiscard]] Result<Writer> writer();

    // Every grid of a variable from one forecast issue (an analysis when issued is nullopt),
    // oldest valid time first; with source empty, of any source.
    [[nodiscard]] Result<std::vector<WeatherGrid>>
    issue(const QString &variable, std::optional<qint64> issued, const QString &source = {}) const;
    // Analysis grids (no issue time) of a variable valid in [from, to], oldest first.
    [[nodiscard]] Result<std::vector<WeatherGrid>> analyses(const QString &variable, qint64 from,
                                                            qint64 to) const;

private:
    [[nodiscard]] Result<std::vector<WeatherGrid>> select(const QString &where,
                                                          const std::vector<qint64> &numbers,
                                                          const QString &variable,
                                                          const QString &source) const;
    Store &m_store;
};

} // namespace stormcrew
