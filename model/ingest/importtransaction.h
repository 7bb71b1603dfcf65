#pragma once

#include "domain/result.h"
#include "importreport.h"

#include <QCoreApplication>

#include <functional>

namespace stormcrew {

class Store;

// Policy for rows that fail validation.
enum class RejectPolicy {
    RollBackOnAnyReject, // default: one bad row and nothing is written
    KeepGoing,           // --keep-going: keep the good rows, report the rest
};

// One import as one transaction: everything it writes lands together or not at all. Commit
// records the data-quality report in import_log and the audit log; a transaction that is not
// committed is rolled back when it goes out of scope, leaving the store file as it was.
class ImportTransaction {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ImportTransaction)

public:
    // Begins the transaction; check ok() before writing.
    explicit ImportTransaction(Store &store);
    ~ImportTransaction();
    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    [[nodiscard]] const Result<void> &begun() const { return m_begun; }

    // Whether finish() commits an import with this report under the policy: no rejects, or
    // KeepGoing, and at least one accepted row.
    [[nodiscard]] static bool accepts(const ImportReport &report, RejectPolicy policy);

    // Commits when the report allows it under the policy (no rejects, or KeepGoing with at least
    // one accepted row); otherwise rolls back and says why. beforeCommit, when given, runs only
    // when the import is about to commit (e.g. to rebuild an index dropped for a bulk load);
    // its failure rolls everything back.
    Result<void> finish(const ImportReport &report, RejectPolicy policy,
                        const std::function<Result<void>()> &beforeCommit = {});

    void rollBack();

private:
    Store &m_store;
    Result<void> m_begun;
    bool m_open = false;
    qint64 m_startedTime = 0;
};

} // namespace stormcrew
