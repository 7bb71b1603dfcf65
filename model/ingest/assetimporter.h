#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"

#include <QCoreApplication>
#include <QHash>

namespace stormcrew {

class Store;

// How to read per-territory asset attributes.
struct AssetImportOptions {
    QString layer;   // empty: the first layer
    QString where;   // OGR attribute filter
    QString crs;     // --lines: CRS to assume when the file has none
    QString idField; // column with the territory code (default "code")
    // Attribute -> the file's column, for columns not named as the attributes: customers,
    // overhead_km, underground_km, poles, last_trimmed, depot.
    QHash<QString, QString> mapping;
    // Lines mode: the layer holds power lines; their length inside each territory is summed
    // into linesAttribute (overhead_km or underground_km).
    bool lines = false;
    QString linesAttribute = QStringLiteral("overhead_km");
};

// Imports per-territory asset attributes, matched by territory code, from a CSV file (OGR's CSV
// driver) or any vector layer's fields; or, in lines mode, measures power lines per territory
// (GEOS intersection, lengths on the ellipsoid). Attributes a row leaves empty keep their value.
class AssetImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::AssetImporter)

public:
    explicit AssetImporter(Store &store);

    // One transaction; returns the report also when the policy rolled it back
    // (ImportTransaction::accepts), an Error when nothing could be read or written.
    [[nodiscard]] Result<ImportReport> run(const QString &file, const AssetImportOptions &options,
                                           RejectPolicy policy);

private:
    Result<ImportReport> importTable(const QString &file, const AssetImportOptions &options,
                                     RejectPolicy policy);
    Result<ImportReport> importLines(const QString &file, const AssetImportOptions &options,
                                     RejectPolicy policy);

    Store &m_store;
};

} // namespace stormcrew
