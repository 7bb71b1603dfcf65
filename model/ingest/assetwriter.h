#pragma once

#include "assetcolumns.h"
#include "domain/result.h"
#include "store/sqlite.h"

#include <QCoreApplication>

namespace stormcrew {

class Store;

// Internal to the importers. Writes asset attributes onto territories of the store; attributes
// an input row leaves unset keep their stored values.
class AssetWriter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::AssetWriter)

public:
    explicit AssetWriter(Store &store);

    // Updates the territory with id territoryId. Returns false (and rejects into the report, at
    // where) when the row names an unknown depot; an Error when the store refuses the write.
    [[nodiscard]] Result<bool> write(qint64 territoryId, const AssetValues &values,
                                     const Error &where, ImportReport &report);

private:
    Store &m_store;
    sqlite::StatementPtr m_update;
    sqlite::StatementPtr m_depot;
};

} // namespace stormcrew
