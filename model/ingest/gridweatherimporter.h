#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"
#include "weatherrow.h"

#include <QCoreApplication>

#include <optional>

namespace stormcrew {

class Store;

// How `import weather FILE --format grid` reads a gridded field.
struct GridWeatherOptions {
    WeatherField variable = WeatherField::Gust;
    std::optional<qint64> validTime;  // band 1's valid time when the file has none (Unix s)
    std::optional<qint64> issuedTime; // overrides the file's reference time
    double stepHours = 1;             // between bands, with validTime
    QString unit;                     // the values' unit when the file does not say
    QString source = QStringLiteral("grid");
};

// Aggregates each band of a GRIB2, NetCDF or GeoTIFF grid (one band per time step) to every
// territory: the maximum for gust and wind (the worst a territory sees), the coverage-weighted
// mean for precipitation, temperature, snow and ice. Times come from GRIB_VALID_TIME /
// GRIB_REF_TIME, NetCDF's time dimension and units, or the command line.
class GridWeatherImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::GridWeatherImporter)

public:
    [[nodiscard]] static Result<ImportReport>
    run(Store &store, const QString &file, const GridWeatherOptions &options, RejectPolicy policy);
};

} // namespace stormcrew
