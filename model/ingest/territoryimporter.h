#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"

#include <QCoreApplication>

namespace stormcrew {

class Store;

// How to read territories from a vector layer.
struct TerritoryImportOptions {
    QString layer;     // empty: the first layer
    QString idField;   // the territory code; empty: "code" or "id" when present, else the FID
    QString nameField; // empty: "name" when present, else the code
    QString where;     // OGR attribute filter, e.g. "fips LIKE '21%'"
    QString crs;       // CRS to assume (overrides the file's), e.g. "EPSG:26916"
};

// Imports service territories from any OGR vector layer in any CRS: reprojected to WGS 84,
// invalid outlines repaired, area on the ellipsoid, bounding box, upserted by code. Asset columns
// the layer has (customers, overhead_km, ...) are taken too; those it lacks keep their values.
class TerritoryImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TerritoryImporter)

public:
    explicit TerritoryImporter(Store &store);

    // One transaction. Returns the report also when the policy rolled the import back
    // (ImportTransaction::accepts tells which); an Error when the file cannot be read at all or
    // the store refuses the write, and then nothing was written.
    [[nodiscard]] Result<ImportReport>
    run(const QString &file, const TerritoryImportOptions &options, RejectPolicy policy);

private:
    Store &m_store;
};

} // namespace stormcrew
