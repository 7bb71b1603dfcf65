#include "weatherbulkload.h"

#include "ingestlogging.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QElapsedTimer>

namespace stormcrew {

namespace {

quint64 mix(quint64 h)
{
    // splitmix64's finaliser: every input bit reaches every output bit.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

} // namespace

WeatherKeySet::WeatherKeySet(qsizetype expected)
{
    size_t capacity = 1024;
    while (capacity < size_t(expected) * 2)
        capacity *= 2;
    m_keys.resize(capacity);
    m_used.resize(capacity);
}

bool WeatherKeySet::insert(qint64 territory, qint64 validTime, qint64 issuedTime)
{
    if (size_t(m_size + 1) * 2 > m_keys.size())
        grow();
    if (!place(Key{territory, validTime, issuedTime}))
        return false;
    ++m_size;
    return true;
}

bool WeatherKeySet::place(const Key &key)
{
    const size_t mask = m_keys.size() - 1;
    size_t slot = mix(quint64(key.territory) * 0x9E3779B97F4A7C15ULL ^ mix(quint64(key.valid)) ^
                      (quint64(key.issued) << 1)) &
                  mask;
    while (m_used[slot]) {
        const Key &there = m_keys[slot];
        if (there.territory == key.territory && there.valid == key.valid &&
            there.issued == key.issued)
            return false;
        slot = (slot + 1) & mask;
    }
    m_used[slot] = true;
    m_keys[slot] = key;
    return true;
}

void WeatherKeySet::grow()
{
    std::vector<Key> keys(m_keys.size() * 2);
    std::vector<unsigned char> used(keys.size());
    keys.swap(m_keys);
    used.swap(m_used);
    for (size_t i = 0; i < keys.size(); ++i) {
        if (used[i])
            place(keys[i]);
    }
}

WeatherBulkLoad::WeatherBulkLoad(Store &store, QByteArray source, QByteArray indexSql,
                                 qsizetype expectedRows)
    : m_store(&store)
    , m_source(std::move(source))
    , m_indexSql(std::move(indexSql))
    , m_keys(expectedRows)
{}

Error WeatherBulkLoad::lastError() const
{
    return Error{sqlite::lastError(m_store->handle()), m_store->path(), 0, {}};
}

Result<void> WeatherBulkLoad::write(qint64 territory, qint64 validTime,
                                    std::optional<qint64> issuedTime, const WeatherValues &values)
{
    m_queue[size_t(m_queued++)] = Row{territory, validTime, issuedTime, values};
    if (m_queued < RowsPerStatement)
        return {};
    return flush(RowsPerStatement);
}

Result<void> WeatherBulkLoad::flush(int count)
{
    sqlite3_stmt *statement = count == RowsPerStatement ? m_batch.get() : m_single.get();
    for (int done = 0; done < count;) {
        const int rows = count == RowsPerStatement ? RowsPerStatement : 1;
        for (int r = 0; r < rows; ++r) {
            const Row &row = m_queue[size_t(done + r)];
            const int base = r * 10;
            sqlite3_bind_int64(statement, base + 1, row.territory);
            sqlite3_bind_int64(statement, base + 2, row.valid);
            if (row.issued)
                sqlite3_bind_int64(statement, base + 3, *row.issued);
            else
                sqlite3_bind_null(statement, base + 3);
            sqlite3_bind_text(statement, base + 4, m_source.constData(), int(m_source.size()),
                              SQLITE_STATIC);
            for (int i = 0; i < WeatherFieldCount; ++i) {
                if (row.values.set[size_t(i)])
                    sqlite3_bind_double(statement, base + 5 + i, row.values.value[size_t(i)]);
                else
                    sqlite3_bind_null(statement, base + 5 + i);
            }
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            return lastError();
        done += rows;
    }
    m_queued = 0;
    return {};
}

bool WeatherBulkLoad::pays(qint64 newRows, qint64 storedRows)
{
    return newRows >= 50000 && newRows * 3 >= storedRows + newRows;
}

qint64 WeatherBulkLoad::storedRows(const Store &store)
{
    auto stmt = sqlite::prepare(store.handle(), QStringLiteral("SELECT max(id) FROM weather"));
    if (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW)
        return sqlite3_column_int64(stmt.get(), 0);
    return 0;
}

Result<WeatherBulkLoad> WeatherBulkLoad::begin(Store &store, const QByteArray &source,
                                               qsizetype expectedRows)
{
    sqlite3 *db = store.handle();
    auto failed = [&] { return Error{sqlite::lastError(db), store.path(), 0, {}}; };
    auto index = sqlite::prepare(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE "
                                                    "type = 'index' AND name = 'weather_key'"));
    if (!index)
        return failed();
    if (sqlite3_step(index.get()) != SQLITE_ROW)
        return Error{tr("has no weather_key index on the weather table; the store is damaged "
                        "(restore a backup)"),
                     store.path(),
                     0,
                     {}};
    const QByteArray sql = sqlite::columnText(index.get(), 0).toUtf8();
    index.reset();

    QElapsedTimer timer;
    timer.start();
    WeatherBulkLoad load(store, source, sql, expectedRows + WeatherBulkLoad::storedRows(store) / 4);
    auto keys = sqlite::prepare(db, QStringLiteral("SELECT territory_id, valid_time, "
                                                   "coalesce(issued_time, -1) FROM weather "
                                                   "WHERE source = ?1"));
    if (!keys)
        return failed();
    sqlite3_bind_text(keys.get(), 1, source.constData(), int(source.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(keys.get())) == SQLITE_ROW)
        load.m_keys.insert(sqlite3_column_int64(keys.get(), 0), sqlite3_column_int64(keys.get(), 1),
                           sqlite3_column_int64(keys.get(), 2));
    if (rc != SQLITE_DONE)
        return failed();
    keys.reset();
    if (sqlite3_exec(db, "DROP INDEX weather_key", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed();
    QString insert = QStringLiteral("INSERT INTO weather(territory_id, valid_time, issued_time, "
                                    "source, gust_ms, wind_ms, precip_mm, temp_c, snow_mm, "
                                    "ice_mm) VALUES(?,?,?,?,?,?,?,?,?,?)");
    load.m_single = sqlite::prepare(db, insert);
    for (int r = 1; r < RowsPerStatement; ++r)
        insert += QStringLiteral(",(?,?,?,?,?,?,?,?,?,?)");
    load.m_batch = sqlite::prepare(db, insert);
    if (!load.m_single || !load.m_batch)
        return failed();
    qCDebug(lcIngest) << "bulk load:" << load.m_keys.size() << "stored keys read in"
                      << timer.elapsed() << "ms; index dropped";
    return load;
}

Result<void> WeatherBulkLoad::finish()
{
    if (auto flushed = flush(m_queued); !flushed)
        return flushed;
    m_batch.reset();
    m_single.reset();
    QElapsedTimer timer;
    timer.start();
    if (sqlite3_exec(m_store->handle(), m_indexSql.constData(), nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return Error{tr("rebuilding the weather index failed (%1); nothing was imported")
                         .arg(sqlite::lastError(m_store->handle())),
                     m_store->path(),
                     0,
                     {}};
    qCDebug(lcIngest) << "bulk load: index rebuilt in" << timer.elapsed() << "ms";
    return {};
}

ForeignKeysOff::ForeignKeysOff(Store &store) : m_store(store)
{
    auto query = sqlite::prepare(store.handle(), QStringLiteral("PRAGMA foreign_keys"));
    m_wasOn =
        query && sqlite3_step(query.get()) == SQLITE_ROW && sqlite3_column_int(query.get(), 0) != 0;
    if (m_wasOn)
        (void)sqlite3_exec(store.handle(), "PRAGMA foreign_keys=OFF", nullptr, nullptr, nullptr);
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (m_wasOn)
        (void)sqlite3_exec(m_store.handle(), "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
}

} // namespace stormcrew
