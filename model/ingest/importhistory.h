#pragma once

#include "domain/result.h"
#include "importreport.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

class Store;

// One committed import as import_log recorded it.
struct ImportLogEntry {
    qint64 id = 0;
    qint64 startedTime = 0;  // Unix seconds UTC
    qint64 finishedTime = 0; // Unix seconds UTC
    ImportReport report;
};

// The data-quality reports of the committed imports (`stormcrew-cli quality`).
class ImportHistory {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ImportHistory)

public:
    explicit ImportHistory(const Store &store);

    // Latest first; limit <= 0 for all of them.
    [[nodiscard]] Result<std::vector<ImportLogEntry>> entries(int limit = 0) const;

private:
    const Store &m_store;
};

} // namespace stormcrew
