#include "importtransaction.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>

namespace stormcrew {

namespace {
Result<void> execute(Store &store, const char *sql)
{
    if (sqlite3_exec(store.handle(), sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
    return {};
}
} // namespace

ImportTransaction::ImportTransaction(Store &store)
    : m_store(store), m_startedTime(QDateTime::currentSecsSinceEpoch())
{
    if (store.isReadOnly()) {
        m_begun = Error{tr("is open read-only; imports need write access"), store.path(), 0, {}};
        return;
    }
    m_begun = execute(store, "BEGIN IMMEDIATE");
    m_open = m_begun.ok();
}

ImportTransaction::~ImportTransaction()
{
    rollBack();
}

bool ImportTransaction::accepts(const ImportReport &report, RejectPolicy policy)
{
    if (report.rejected() > 0 && policy == RejectPolicy::RollBackOnAnyReject)
        return false;
    return report.accepted() > 0;
}

void ImportTransaction::rollBack()
{
    if (m_open)
        (void)execute(m_store, "ROLLBACK");
    m_open = false;
}

Result<void> ImportTransaction::finish(const ImportReport &report, RejectPolicy policy,
                                       const std::function<Result<void>()> &beforeCommit)
{
    if (!m_open)
        return Error{tr("the import transaction is not open"), m_store.path(), 0, {}};
    if (report.rejected() > 0 && policy == RejectPolicy::RollBackOnAnyReject) {
        rollBack();
        return Error{tr("%n row(s) rejected, nothing imported; fix the input or use --keep-going",
                        nullptr, int(report.rejected())),
                     report.file(),
                     0,
                     {}};
    }
    if (report.accepted() == 0) {
        rollBack();
        return Error{tr("no row could be imported"), report.file(), 0, {}};
    }
    if (beforeCommit) {
        if (auto done = beforeCommit(); !done) {
            rollBack();
            return done;
        }
    }

    auto stmt = sqlite::prepare(
        m_store.handle(), QStringLiteral("INSERT INTO import_log(kind, file, started_time, "
                                         "finished_time, report_json) VALUES(?1,?2,?3,?4,?5)"));
    const QByteArray kind = report.kind().toUtf8();
    const QByteArray file = report.file().toUtf8();
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    bool written = stmt != nullptr;
    if (written) {
        sqlite3_bind_text(stmt.get(), 1, kind.constData(), int(kind.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt.get(), 2, file.constData(), int(file.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt.get(), 3, m_startedTime);
        sqlite3_bind_int64(stmt.get(), 4, QDateTime::currentSecsSinceEpoch());
        sqlite3_bind_text(stmt.get(), 5, json.constData(), int(json.size()), SQLITE_STATIC);
        written = sqlite3_step(stmt.get()) == SQLITE_DONE;
    }
    if (!written) {
        const Error error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
        rollBack();
        return error;
    }
    if (auto audited = m_store.audit(QStringLiteral("import.") + report.kind(),
                                     tr("%1: %2 accepted, %3 rejected")
                                         .arg(report.file())
                                         .arg(report.accepted())
                                         .arg(report.rejected()));
        !audited) {
        rollBack();
        return audited;
    }
    if (auto committed = execute(m_store, "COMMIT"); !committed) {
        rollBack();
        return committed;
    }
    m_open = false;
    return {};
}

} // namespace stormcrew
