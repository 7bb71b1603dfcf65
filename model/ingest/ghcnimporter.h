#pragma once

#include "domain/result.h"
#include "ghcnrows.h"
#include "importreport.h"
#include "importtransaction.h"

#include <QCoreApplication>

namespace stormcrew {

class Store;

// How `import weather FILE --format ghcn` reads NOAA's GHCN-Daily CSV.
struct GhcnOptions {
    GhcnUnits units = GhcnUnits::Standard;
    double maxDistanceKm = 50;    // farthest station that may serve a territory
    bool inverseDistance = false; // --idw: weigh every station in range, not only the nearest
    QString source = QStringLiteral("ghcn");
};

// Imports daily station observations from NOAA's Climate Data Online GHCN-Daily CSV (STATION,
// NAME, LATITUDE, LONGITUDE, DATE and any of AWND, WSF2, WSF5, PRCP, SNOW, TMAX, TMIN with
// their *_ATTRIBUTES) as territory observations: each station row is validated, converted to
// store units, and the stations are assigned to territories by geodesic distance: per field and
// day, the value of the nearest station in range that reported it, or with inverseDistance the
// 1/d^2-weighted mean of all stations in range that reported it. One row per territory and day,
// at 00:00 UTC of the day, issued time NULL.
class GhcnImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::GhcnImporter)

public:
    // "standard", "metric" or "tenths".
    [[nodiscard]] static Result<GhcnUnits> parseUnits(const QString &text);

    [[nodiscard]] static Result<ImportReport> run(Store &store, const QString &file,
                                                  const GhcnOptions &options, RejectPolicy policy);
};

} // namespace stormcrew
