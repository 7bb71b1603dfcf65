#pragma once

#include "domain/result.h"
#include "store/sqlite.h"
#include "weatherrow.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>
#include <optional>
#include <vector>

namespace stormcrew {

class Store;

// The weather table's unique key for one source, (territory, valid time, issued time or -1),
// in a flat open-addressing hash set: a million keys without a million allocations.
class WeatherKeySet {
public:
    explicit WeatherKeySet(qsizetype expected = 0);

    // Adds the key; false when it was there already.
    bool insert(qint64 territory, qint64 validTime, qint64 issuedTime);
    [[nodiscard]] qsizetype size() const { return m_size; }

private:
    struct Key {
        qint64 territory = 0;
        qint64 valid = 0;
        qint64 issued = 0;
    };
    void grow();
    bool place(const Key &key);

    std::vector<Key> m_keys;
    std::vector<unsigned char> m_used;
    qsizetype m_size = 0;
};

// A large import into the weather table, inside the import's transaction: the unique index
// weather_key is dropped before the rows go in and built again before the commit, one sort
// instead of a million scattered index inserts, and rows go in 16 to an INSERT statement.
// Meanwhile duplicates are caught in memory, against the keys the store holds for the same
// source and the rows before; the rebuilt UNIQUE index checks the outcome once more. A failure
// anywhere rolls the transaction back, index and all.
class WeatherBulkLoad {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::WeatherBulkLoad)

public:
    // Rows per multi-row INSERT: measured, 16 takes a third less time per row than 1, and
    // more gains nothing.
    static constexpr int RowsPerStatement = 16;

    // Reads the store's keys of source, then drops the index. expectedRows sizes the key set.
    [[nodiscard]] static Result<WeatherBulkLoad> begin(Store &store, const QByteArray &source,
                                                       qsizetype expectedRows);

    // True for a key neither in the store nor earlier in the import (and takes it).
    bool claim(qint64 territory, qint64 validTime, std::optional<qint64> issuedTime)
    {
        return m_keys.insert(territory, validTime, issuedTime.value_or(-1));
    }

    // Queues a claimed row for insertion; an error when SQLite refuses a batch.
    [[nodiscard]] Result<void> write(qint64 territory, qint64 validTime,
                                     std::optional<qint64> issuedTime, const WeatherValues &values);

    // Writes the rows still queued and builds the index again; call it just before the commit.
    [[nodiscard]] Result<void> finish();

    // Whether an import of about newRows rows into a table of about storedRows rows is
    // cheaper this way: when the rebuild (all rows) costs less than the index inserts (new rows
    // only). Measured: an index insert costs about three times a row of the rebuild.
    [[nodiscard]] static bool pays(qint64 newRows, qint64 storedRows);
    // The weather table's size as SQLite sees it cheaply (the largest row id).
    [[nodiscard]] static qint64 storedRows(const Store &store);

private:
    struct Row {
        qint64 territory = 0;
        qint64 valid = 0;
        std::optional<qint64> issued;
        WeatherValues values;
    };

    WeatherBulkLoad(Store &store, QByteArray source, QByteArray indexSql, qsizetype expectedRows);
    // Inserts the first count queued rows with one statement.
    [[nodiscard]] Result<void> flush(int count);
    [[nodiscard]] Error lastError() const;

    Store *m_store;
    QByteArray m_source;
    QByteArray m_indexSql;
    WeatherKeySet m_keys;
    std::array<Row, RowsPerStatement> m_queue;
    int m_queued = 0;
    sqlite::StatementPtr m_batch; // RowsPerStatement rows
    sqlite::StatementPtr m_single;
};

// Turns SQLite's foreign key checks off for a bulk load, from before its transaction begins
// (SQLite ignores the pragma inside one) until after it ends. Every weather row's territory id
// comes from the importer's own lookup of the territory table in the same transaction, so the
// check SQLite would repeat per row (0.35 s a million rows, measured) can find nothing.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Store &store);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Store &m_store;
    bool m_wasOn = false;
};

} // namespace stormcrew
