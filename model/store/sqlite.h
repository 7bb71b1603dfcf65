#pragma once

#include <QFileInfo>
#include <QString>
#include <QUrl>

#include <memory>

#include <sqlite3.h>

namespace stormcrew::sqlite {

// Owning wrappers for SQLite's C handles, so no early return can leak one.
struct DatabaseCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// SQLite's last message for this connection, as a QString.
[[nodiscard]] inline QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Prepares one statement; null on failure (sqlite::lastError tells why).
[[nodiscard]] inline StatementPtr prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return {};
    return StatementPtr(stmt);
}

[[nodiscard]] inline QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

// Binds text (UTF-8, copied) to a parameter of a prepared statement.
inline void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Opens a database file for reading without changing it or adding anything beside it: as
// immutable when no write-ahead log lies beside it (SQLite then creates no -wal/-shm files), else
// read-only through the log, which must be read to see the latest commit. Returns SQLite's
// result code; db receives the handle, which on failure carries the message (lastError).
[[nodiscard]] inline int openUntouched(const QString &path, DatabasePtr &db)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool hasLog = QFileInfo::exists(absolute + QStringLiteral("-wal"));
    const QByteArray uri =
        QUrl::fromLocalFile(absolute).toEncoded() +
        (hasLog ? QByteArrayLiteral("?mode=ro") : QByteArrayLiteral("?immutable=1"));
    sqlite3 *raw = nullptr;
    const int rc =
        sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    db.reset(raw);
    return rc;
}

// BEGIN IMMEDIATE .. COMMIT, rolled back when the scope ends without a commit.
class Transaction {
public:
    explicit Transaction(sqlite3 *db) : m_db(db)
    {
        m_open = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Transaction()
    {
        if (m_open)
            (void)sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] bool commit()
    {
        m_open = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK;
        return !m_open;
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

} // namespace stormcrew::sqlite
