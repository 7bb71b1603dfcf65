#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <array>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace stormcrew {

// The raw features of a (storm, territory) pair, before the model's transformations. The
// catalogue (featurecatalogue.h) gives each its key, unit, source and definition; docs/model.md
// has the same table.
enum class Feature {
    PeakGust,         // m/s, strongest hourly gust in the storm window
    PeakWind,         // m/s, strongest hourly sustained wind in the storm window
    HoursGustAbove20, // hours with gust >= 20 m/s in the window
    StormPrecip,      // mm, precipitation in the window
    Antecedent14,     // mm, precipitation of the 14 days before the storm's start day
    Antecedent30,     // mm, precipitation of the 30 days before the storm's start day
    DaysSinceRain,    // days from the last day with >= 10 mm to the storm's start day (cap 60)
    LeafOn,           // 0..1: leaf-on season from date and latitude, or NDVI when imported
    SnowIce,          // mm, snow and ice accretion in the window
    Canopy,           // fraction 0..1 of tree canopy (territory.canopy_fraction)
    OverheadKm,       // km of overhead line (the exposure; its log is the model's offset)
    YearsSinceTrim,   // years from the last trimming to the storm's start
};
inline constexpr int FeatureCount = 12;

// Where a territory's leaf-on came from (docs/model.md, "Leaf-on").
enum class LeafOnSource {
    Calendar,     // the storm's date and the territory's latitude
    NdviSeasonal, // NDVI interpolated in time, scaled by the territory's own seasonal range
    NdviFixed,    // NDVI interpolated in time, scaled by the fixed dormant/full-leaf pair
};

// What to compute features for: a stored storm, or the latest forecast.
struct FeatureRequest {
    enum class Target { Storm, LatestForecast };
    Target target = Target::Storm;
    qint64 stormId = 0; // Target::Storm
    // Point in time: only observations whose hour had ended by then and forecasts issued by then
    // are read (nullopt: everything in the store). For a forecast, also which issue is "latest".
    std::optional<qint64> asOf;
};

// Features of every territory for one storm (or forecast), column per feature.
struct FeatureTable {
    qint64 stormId = 0;     // 0 for a forecast that is not a stored storm
    QString stormCode;      // "forecast" for the latest forecast
    QString stormKind;      // derecho, thunderstorm, ... ("other" when unknown)
    qint64 windowStart = 0; // Unix seconds UTC: the storm (or forecast) window; rows valid
    qint64 windowEnd = 0;   // in [start, end], both included, are read (docs/demo-data.md)
    std::optional<qint64> asOf;
    std::optional<qint64> forecastIssued; // the newest forecast issue read, if any

    std::vector<qint64> territoryIds; // every territory of the store, by code
    QStringList territoryCodes;
    QStringList territoryNames;
    std::vector<double> customers; // NaN where unknown
    std::vector<double> latitude;  // of the territory's bounding-box centre
    std::vector<double> longitude;

    // values[int(feature)][row]; NaN where the inputs are missing.
    std::array<std::vector<double>, FeatureCount> values;
    // Per row, where leaf-on came from; empty means the calendar everywhere.
    std::vector<LeafOnSource> leafOnSource;

    // Observed outages of the pair (storm_outcome.outages, else incidents linked to the storm
    // in the territory); empty for a forecast or a storm without outcomes.
    std::vector<double> outages;

    // Data-quality notes in the user's language ("hourly weather covers 118 of 120 territories").
    QStringList notes;

    [[nodiscard]] qsizetype rows() const { return qsizetype(territoryIds.size()); }
    [[nodiscard]] std::span<const double> column(Feature f) const { return values[size_t(f)]; }
};

} // namespace stormcrew
