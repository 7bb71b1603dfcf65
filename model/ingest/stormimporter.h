#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"

#include <QCoreApplication>
#include <QHash>

namespace stormcrew {

class Store;

// How to read a storm table.
struct StormImportOptions {
    // Field -> the file's column, for columns not named as the fields: code, name, kind, start,
    // end.
    QHash<QString, QString> mapping;
    QString timeZone; // IANA zone of times written without one
};

// Imports storms (code or name, kind, start, end) from a CSV file or any OGR table, upserted by
// code, and links the incidents that started during each storm and belong to no other.
class StormImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::StormImporter)

public:
    explicit StormImporter(Store &store);

    [[nodiscard]] static QStringList fields();
    // The storm kinds the store knows.
    [[nodiscard]] static QStringList kinds();

    // One transaction; returns the report also when the policy rolled it back
    // (ImportTransaction::accepts), an Error when nothing could be read or written.
    [[nodiscard]] Result<ImportReport> run(const QString &file, const StormImportOptions &options,
                                           RejectPolicy policy);

private:
    Store &m_store;
};

} // namespace stormcrew
