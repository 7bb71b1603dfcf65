#pragma once

#include "domain/result.h"
#include "leafon.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

struct sqlite3;

namespace stormcrew {

// The store's facts the features need besides the weather, each read in one query.

// A territory's fixed attributes; NaN where the store has none.
struct FeatureTerritory {
    qint64 id = 0;
    QString code;
    QString name;
    double latitude = 0; // bounding-box centre
    double longitude = 0;
    double customers = 0;
    double overheadKm = 0;
    double canopy = 0;
    std::optional<qint64> lastTrimmed; // 00:00 UTC of territory.last_trimmed
};

// What features are computed for: a storm, or a forecast issue.
struct FeatureTarget {
    qint64 stormId = 0;
    QString code;
    QString kind;
    qint64 start = 0;
    qint64 end = 0;
    std::optional<qint64> issued; // a forecast's issue time
};

// Outages per storm and territory id: storm_outcome.outages, else the incidents linked to the
// storm in the territory. Storms with neither are absent.
using OutageCounts = std::map<qint64, std::map<qint64, double>>;

[[nodiscard]] Result<std::vector<FeatureTerritory>> readFeatureTerritories(sqlite3 *db,
                                                                           const QString &path);
// Every storm, oldest first (or the one with this id).
[[nodiscard]] Result<std::vector<FeatureTarget>>
readStorms(sqlite3 *db, const QString &path, std::optional<qint64> id = std::nullopt);
// The newest forecast issue by asOf (any without), with its valid-time span; nullopt if none.
[[nodiscard]] Result<std::optional<FeatureTarget>>
readLatestForecast(sqlite3 *db, const QString &path, std::optional<qint64> asOf);
// Every territory's NDVI composites with a value (territory_ndvi), oldest first, by territory
// id. With an as-of time only composites known by then: a composite counts as known once the
// day it stands for has ended (observed_date + 1 day <= asOf).
using NdviSeries = std::map<qint64, std::vector<NdviComposite>>;
[[nodiscard]] Result<NdviSeries> readNdvi(sqlite3 *db, const QString &path,
                                          std::optional<qint64> asOf);

[[nodiscard]] Result<OutageCounts> readOutages(sqlite3 *db, const QString &path,
                                               std::optional<qint64> stormId = std::nullopt);

} // namespace stormcrew
