#include "modelterms.h"

#include <cmath>
#include <limits>

namespace stormcrew {

namespace {

constexpr Feature GustOnly[] = {Feature::PeakGust};
constexpr Feature WindOnly[] = {Feature::PeakWind};
constexpr Feature HoursOnly[] = {Feature::HoursGustAbove20};
constexpr Feature PrecipOnly[] = {Feature::StormPrecip};
constexpr Feature Wet14Only[] = {Feature::Antecedent14};
constexpr Feature Wet30Only[] = {Feature::Antecedent30};
constexpr Feature DryDaysOnly[] = {Feature::DaysSinceRain};
constexpr Feature LeafOnly[] = {Feature::LeafOn};
constexpr Feature SnowIceOnly[] = {Feature::SnowIce};
constexpr Feature CanopyOnly[] = {Feature::Canopy};
constexpr Feature TrimOnly[] = {Feature::YearsSinceTrim};
constexpr Feature GustAndLeaf[] = {Feature::PeakGust, Feature::LeafOn};
constexpr Feature GustAndCanopy[] = {Feature::PeakGust, Feature::Canopy};
constexpr Feature GustAndWet[] = {Feature::PeakGust, Feature::Antecedent14};

const std::array<TermInfo, TermCount> Terms{{
    {Term::LogGust, "log_gust", GustOnly},
    {Term::LogWind, "log_wind", WindOnly},
    {Term::HoursGust20, "hours_gust_20", HoursOnly},
    {Term::StormPrecip, "storm_precip", PrecipOnly},
    {Term::Antecedent14, "antecedent_14d", Wet14Only},
    {Term::Antecedent30, "antecedent_30d", Wet30Only},
    {Term::DaysSinceRain, "days_since_rain", DryDaysOnly},
    {Term::LeafOn, "leaf_on", LeafOnly},
    {Term::SnowIce, "snow_ice", SnowIceOnly},
    {Term::Canopy, "canopy", CanopyOnly},
    {Term::YearsSinceTrim, "years_since_trim", TrimOnly},
    {Term::GustLeafOn, "gust_x_leaf_on", GustAndLeaf},
    {Term::GustCanopy, "gust_x_canopy", GustAndCanopy},
    {Term::GustWetness, "gust_x_wetness", GustAndWet},
}};

constexpr double Infinity = std::numeric_limits<double>::infinity();

// Gust and wind grow by 10 %, canopy by 0.1 (at most 1), leaf-on from its value to full leaf,
// trimming one more year ago; the wetness probes report the evidence without gating.
const ContractProbe Probes[] = {
    {Feature::PeakGust, Expectation::NeverLowers, 1.1, true, Infinity},
    {Feature::PeakWind, Expectation::NeverLowers, 1.1, true, Infinity},
    {Feature::HoursGustAbove20, Expectation::NeverLowers, 1.0, false, Infinity},
    {Feature::Canopy, Expectation::NeverLowers, 0.1, false, 1.0},
    {Feature::LeafOn, Expectation::NeverLowers, 1.0, false, 1.0},
    {Feature::YearsSinceTrim, Expectation::NeverLowers, 1.0, false, Infinity},
    {Feature::Antecedent14, Expectation::Reported, 25.0, false, Infinity},
    {Feature::DaysSinceRain, Expectation::Reported, 5.0, false, 60.0},
};

// Logs of wind speeds below 1 m/s would run off to minus infinity on a still hour.
double logSpeed(double metresPerSecond)
{
    return std::log(std::max(metresPerSecond, 1.0));
}

// The gust in interactions is centred on a damaging 20 m/s, so that the main effects keep their
// meaning at that gust and the interaction columns are not near copies of the main effects.
double centredLogGust(double gust)
{
    return logSpeed(gust) - std::log(20.0);
}

} // namespace

const std::array<TermInfo, TermCount> &ModelTerms::all()
{
    return Terms;
}

const TermInfo &ModelTerms::info(Term term)
{
    return Terms[std::size_t(term)];
}

QString ModelTerms::key(Term term)
{
    return QString::fromLatin1(info(term).key);
}

std::optional<Term> ModelTerms::fromKey(const QString &key)
{
    for (const TermInfo &term : Terms)
        if (key == QLatin1String(term.key))
            return term.term;
    return std::nullopt;
}

QString ModelTerms::label(Term term)
{
    switch (term) {
    case Term::LogGust:
        return tr("peak gust");
    case Term::LogWind:
        return tr("sustained wind");
    case Term::HoursGust20:
        return tr("hours of damaging gusts");
    case Term::StormPrecip:
        return tr("storm rain");
    case Term::Antecedent14:
        return tr("ground wetness (14 days)");
    case Term::Antecedent30:
        return tr("ground wetness (30 days)");
    case Term::DaysSinceRain:
        return tr("days since rain");
    case Term::LeafOn:
        return tr("leaf-on");
    case Term::SnowIce:
        return tr("snow and ice");
    case Term::Canopy:
        return tr("tree canopy");
    case Term::YearsSinceTrim:
        return tr("years since trimming");
    case Term::GustLeafOn:
        return tr("gust with leaves on");
    case Term::GustCanopy:
        return tr("gust with canopy");
    case Term::GustWetness:
        return tr("gust on wet ground");
    }
    return {};
}

double ModelTerms::value(Term term, std::span<const double, FeatureCount> f)
{
    const auto at = [&](Feature feature) { return f[std::size_t(feature)]; };
    switch (term) {
    case Term::LogGust:
        return logSpeed(at(Feature::PeakGust));
    case Term::LogWind:
        return logSpeed(at(Feature::PeakWind));
    case Term::HoursGust20:
        return at(Feature::HoursGustAbove20);
    case Term::StormPrecip:
        return at(Feature::StormPrecip);
    case Term::Antecedent14:
        return at(Feature::Antecedent14);
    case Term::Antecedent30:
        return at(Feature::Antecedent30);
    case Term::DaysSinceRain:
        return at(Feature::DaysSinceRain);
    case Term::LeafOn:
        return at(Feature::LeafOn);
    case Term::SnowIce:
        return at(Feature::SnowIce);
    case Term::Canopy:
        return at(Feature::Canopy);
    case Term::YearsSinceTrim:
        return at(Feature::YearsSinceTrim);
    case Term::GustLeafOn:
        return centredLogGust(at(Feature::PeakGust)) * at(Feature::LeafOn);
    case Term::GustCanopy:
        return centredLogGust(at(Feature::PeakGust)) * at(Feature::Canopy);
    case Term::GustWetness:
        return centredLogGust(at(Feature::PeakGust)) * at(Feature::Antecedent14) / 100.0;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

std::array<double, FeatureCount> ModelTerms::calmReference(double canopy, double yearsSinceTrim)
{
    std::array<double, FeatureCount> calm{};
    calm[std::size_t(Feature::PeakGust)] = 8.0; // a breezy but harmless day
    calm[std::size_t(Feature::PeakWind)] = 4.0;
    calm[std::size_t(Feature::HoursGustAbove20)] = 0.0;
    calm[std::size_t(Feature::StormPrecip)] = 0.0;
    // About the usual rain of two weeks and a month in the eastern US (~3.2 mm a day).
    calm[std::size_t(Feature::Antecedent14)] = 45.0;
    calm[std::size_t(Feature::Antecedent30)] = 95.0;
    calm[std::size_t(Feature::DaysSinceRain)] = 7.0;
    calm[std::size_t(Feature::LeafOn)] = 0.0;
    calm[std::size_t(Feature::SnowIce)] = 0.0;
    calm[std::size_t(Feature::Canopy)] = canopy;
    calm[std::size_t(Feature::OverheadKm)] = std::numeric_limits<double>::quiet_NaN();
    calm[std::size_t(Feature::YearsSinceTrim)] = yearsSinceTrim;
    return calm;
}

std::span<const ContractProbe> ModelTerms::probes()
{
    return Probes;
}

std::array<double, FeatureCount> featureRow(const FeatureTable &table, qsizetype row)
{
    std::array<double, FeatureCount> values{};
    for (int f = 0; f < FeatureCount; ++f)
        values[std::size_t(f)] = table.values[std::size_t(f)][std::size_t(row)];
    return values;
}

} // namespace stormcrew
