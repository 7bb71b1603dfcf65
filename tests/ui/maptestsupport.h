#pragma once
// Helpers of the map tests: stores with territories imported through the real importer, and
// near-equality that reads like a sentence when it fails.

#include "ingest/territoryimporter.h"
#include "store/store.h"

#include <QFile>
#include <QPointF>
#include <QTest>

namespace stormcrew::maptest {

// Imports `file` (any OGR vector file; a Qt resource is copied out first) into a new store at
// storePath. Returns an empty string on success, else what went wrong.
inline QString makeTerritoryStore(const QString &storePath, QString file,
                                  const TerritoryImportOptions &options = {})
{
    if (file.startsWith(QLatin1Char(':'))) {
        const QString copy = storePath + QStringLiteral(".source.geojson");
        QFile::remove(copy);
        if (!QFile::copy(file, copy))
            return QStringLiteral("cannot copy ") + file;
        file = copy;
    }
    auto store = Store::open(storePath, Store::Access::ReadWrite);
    if (!store)
        return store.error().toString();
    auto outcome =
        TerritoryImporter(*store.value()).run(file, options, RejectPolicy::RollBackOnAnyReject);
    if (!outcome)
        return outcome.error().toString();
    return {};
}

// The 120 Kentucky counties the demo utility serves (the demo builder imports the same file).
inline const QString kentuckyCounties = QStringLiteral(":/stormcrew/demo/ky_counties.geojson");

inline TerritoryImportOptions kentuckyOptions()
{
    TerritoryImportOptions options;
    options.idField = QStringLiteral("fips");
    options.nameField = QStringLiteral("name");
    return options;
}

inline bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

inline QString describe(QPointF p)
{
    return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'g', 12).arg(p.y(), 0, 'g', 12);
}

} // namespace stormcrew::maptest
