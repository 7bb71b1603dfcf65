#pragma once

#include "domain/result.h"
#include "domain/territory.h"
#include "gdalraster.h"
#include "importreport.h"
#include "importtransaction.h"
#include "zonalkernel.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace stormcrew {

class Store;

// What `import raster FILE --as NAME` does with the raster.
struct RasterImportOptions {
    QString name;                    // canopy, ndvi, elevation, or a name of the user's
    int band = 1;                    // 1-based
    std::optional<double> threshold; // adds fraction_above:<threshold> (in scaled units)
    std::optional<double> scale;     // multiplies every value, e.g. 0.01 for percent
    zonal::Weighting weighting = zonal::Weighting::Exact;
    QString source; // recorded with each row; empty: the file's name
};

// Aggregates a GDAL raster to every territory with coverage-weighted zonal statistics and
// upserts the results into territory_stat (and territory.canopy_fraction for canopy), in one
// transaction.
// A raster opened to be averaged over every territory of a store: the band checked to exist and
// the territories' shapes read. What the raster and the NDVI imports both start from.
struct ZonalInput {
    std::unique_ptr<GdalRaster> raster;
    std::vector<TerritoryShape> territories;
};

class RasterImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::RasterImporter)

public:
    // Opens FILE for --band (1-based) over the store's territories, or says what is wrong: an
    // unreadable raster, a band it does not have, a store without territories.
    [[nodiscard]] static Result<ZonalInput> openZonal(Store &store, const QString &file, int band);

    // The statistic name a threshold gives: "fraction_above:0.5".
    [[nodiscard]] static QString fractionAboveName(double threshold);

    [[nodiscard]] static Result<ImportReport>
    run(Store &store, const QString &file, const RasterImportOptions &options, RejectPolicy policy);
};

} // namespace stormcrew
