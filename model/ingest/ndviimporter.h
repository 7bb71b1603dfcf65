#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"
#include "zonalkernel.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace stormcrew {

class Store;

// What `import ndvi FILE --date YYYY-MM-DD` does with the raster.
struct NdviImportOptions {
    QDate date;                   // the day the composite's greenness stands for (required)
    int band = 1;                 // 1-based
    std::optional<double> scale;  // overrides the band's own scale (int16 NDVI: 0.0001)
    std::optional<double> offset; // overrides the band's own offset
    zonal::Weighting weighting = zonal::Weighting::Exact;
    QString source; // recorded with each row; empty: the file's name
};

// Averages one dated NDVI composite (a GDAL raster) over every territory with the raster
// importer's coverage-weighted zonal statistics and upserts territory_ndvi by (territory, date),
// in one transaction with its data-quality report. Several dates build the seasonal series that
// leaf-on is read from (docs/model.md).
class NdviImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::NdviImporter)

public:
    [[nodiscard]] static Result<ImportReport>
    run(Store &store, const QString &file, const NdviImportOptions &options, RejectPolicy policy);
};

} // namespace stormcrew
