#include "featurecatalogue.h"

#include <QStringList>

namespace stormcrew {

namespace {

// The facts every caller reads, in enum order; the translated texts are looked up when asked.
struct Entry {
    Feature feature;
    const char *key;
    const char *unit;
    const char *name;
    const char *source;
    const char *transformation;
    const char *definition;
};

// clang-format off
constexpr Entry Entries[FeatureCount] = {
    {Feature::PeakGust, "peak_gust", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "m/s"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Peak gust"),
     "weather.gust_ms", "ln(x); ln(x / 20 m/s) in its interactions",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "The strongest gust of the hourly (or finer) weather rows valid from the "
                       "storm's start to its end, both included. Without such rows, the "
                       "strongest daily gust of the storm's days.")},
    {Feature::PeakWind, "peak_wind", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "m/s"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Peak sustained wind"),
     "weather.wind_ms", "ln(x)",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "The strongest sustained wind of the same rows (from daily weather: the "
                       "highest daily mean wind).")},
    {Feature::HoursGustAbove20, "hours_gust_20", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "h"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Hours with gusts of 20 m/s or more"),
     "weather.gust_ms", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "The hours of the same rows with a gust of at least 20 m/s (a row counts "
                       "its period). Daily weather cannot tell it.")},
    {Feature::StormPrecip, "storm_precip", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "mm"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Storm precipitation"),
     "weather.precip_mm", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "Precipitation of the same rows (from daily weather: of the storm's "
                       "days).")},
    {Feature::Antecedent14, "antecedent_precip_14d", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "mm"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Precipitation of the 14 days before"),
     "weather.precip_mm (daily rows)", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "Daily precipitation of the 14 days before the storm's start day (UTC); "
                       "for a forecast, before the day it was issued. When at most a fifth of "
                       "the days are missing, they count as the mean of the others.")},
    {Feature::Antecedent30, "antecedent_precip_30d", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "mm"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Precipitation of the 30 days before"),
     "weather.precip_mm (daily rows)", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "The same over the 30 days before.")},
    {Feature::DaysSinceRain, "days_since_rain", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "days"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Days since significant rain"),
     "weather.precip_mm (daily rows)", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "Days from the last day with at least 10 mm to the start day (the day "
                       "before counts 1), at most 60. When none of the days the daily weather "
                       "covers without a gap had 10 mm, the number of those days (at least that "
                       "many).")},
    {Feature::LeafOn, "leaf_on", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "0..1"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Leaf-on"),
     "territory_ndvi; territory.min_lat, max_lat; storm.start_time", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "How fully deciduous trees are in leaf when the storm starts. With NDVI "
                       "composites within 32 days (known by the as-of time): the NDVI "
                       "interpolated in time, scaled by the territory's own seasonal minimum and "
                       "maximum (White et al. 1997; Zhang et al. 2003), or by 0.3 (dormant) and "
                       "0.8 (full leaf) when its series is too short. Otherwise from the latitude "
                       "(the centre of its bounding box): green-up and leaf fall of the Ohio "
                       "Valley, 4 days later (earlier) per degree north.")},
    {Feature::SnowIce, "snow_ice", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "mm"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Snow and ice"),
     "weather.snow_mm + weather.ice_mm", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "Snowfall plus ice accretion of the storm's rows (a row without them "
                       "counts 0).")},
    {Feature::Canopy, "canopy", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "0..1"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Tree canopy"),
     "territory.canopy_fraction", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "The share of the territory under tree canopy, from the canopy raster "
                       "import.")},
    {Feature::OverheadKm, "overhead_km", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "km"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Overhead line"),
     "territory.overhead_km", "ln(x) as the offset",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "Kilometres of overhead line in the territory: the exposure.")},
    {Feature::YearsSinceTrim, "years_since_trim", QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "years"),
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue", "Years since trimming"),
     "territory.last_trimmed; storm.start_time", "linear",
     QT_TRANSLATE_NOOP("stormcrew::FeatureCatalogue",
                       "Years of 365.25 days from the last trimming (00:00 UTC of its date) to "
                       "the storm's start.")},
};
// clang-format on

const Entry &entry(Feature feature)
{
    return Entries[std::size_t(feature)];
}

} // namespace

FeatureInfo FeatureCatalogue::info(Feature feature)
{
    const Entry &e = entry(feature);
    return {feature,         QString::fromLatin1(e.key),    tr(e.unit),
            tr(e.name),      QString::fromLatin1(e.source), QString::fromLatin1(e.transformation),
            tr(e.definition)};
}

QString FeatureCatalogue::key(Feature feature)
{
    return QString::fromLatin1(entry(feature).key);
}

std::optional<Feature> FeatureCatalogue::fromKey(const QString &key)
{
    for (const Entry &e : Entries) {
        if (key == QLatin1String(e.key))
            return e.feature;
    }
    return std::nullopt;
}

std::array<Feature, FeatureCount> FeatureCatalogue::all()
{
    std::array<Feature, FeatureCount> features{};
    for (std::size_t i = 0; i < features.size(); ++i)
        features[i] = Entries[i].feature;
    return features;
}

QString FeatureCatalogue::markdownTable()
{
    QString table = QStringLiteral(
        "| feature | unit | source | in the model | definition |\n|---|---|---|---|---|\n");
    for (const Entry &e : Entries)
        table += QStringLiteral("| `%1` | %2 | `%3` | %4 | %5 |\n")
                     .arg(QLatin1String(e.key), QLatin1String(e.unit), QLatin1String(e.source),
                          QLatin1String(e.transformation), QLatin1String(e.definition));
    return table;
}

} // namespace stormcrew
