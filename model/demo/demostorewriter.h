#pragma once

#include "demooutages.h"
#include "demoutility.h"
#include "demoweather.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::demo {

// The demo's loading steps that no importer covers (depots and crew pools, storm outcomes, the
// demo's settings), written through the store with plain SQL, each in one audited transaction.
class DemoStoreWriter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::demo::DemoStoreWriter)

public:
    explicit DemoStoreWriter(Store &store);

    [[nodiscard]] Result<void> writeDepotsAndPools(const DemoUtility &utility);

    // Territory code -> canopy_fraction as the store holds it (after the canopy raster import).
    [[nodiscard]] Result<QHash<QString, double>> canopyByCode() const;

    // One storm_outcome row per storm and territory, matched by codes.
    [[nodiscard]] Result<void> writeOutcomes(const DemoUtility &utility, const DemoHistory &history,
                                             const DemoOutages &outages);

    // demo.* settings: seed, generator version, forecast issue time.
    [[nodiscard]] Result<void> writeSettings(const QHash<QString, QString> &settings,
                                             const QString &auditDetail);

private:
    Error storeError() const;

    Store &m_store;
};

} // namespace stormcrew::demo
