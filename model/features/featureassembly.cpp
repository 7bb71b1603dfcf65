#include "featureassembly.h"

#include "dailyrules.h"
#include "leafon.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace stormcrew {

namespace {

// Translation context of the data-quality notes.
struct FeatureNotes {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::FeatureNotes)
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 SecondsPerDay = 86400;
constexpr double SecondsPerYear = 365.25 * 86400;

qint64 dayStart(qint64 time)
{
    const qint64 rest = time % SecondsPerDay;
    return time - (rest < 0 ? rest + SecondsPerDay : rest);
}

QString isoTime(qint64 time)
{
    return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate);
}

QString describe(const WeatherSource &source)
{
    if (source.period == 0)
        return FeatureNotes::tr("%1 (period unknown: one valid time per territory; not read)")
            .arg(source.name);
    if (source.isDaily())
        return FeatureNotes::tr("%1 (daily)").arg(source.name);
    if (source.period > SecondsPerDay)
        return FeatureNotes::tr("%1 (every %2 days: longer than a day, not read)")
            .arg(source.name)
            .arg(double(source.period) / SecondsPerDay, 0, 'g', 3);
    if (source.period % 3600 == 0)
        return FeatureNotes::tr("%1 (every %2 h)").arg(source.name).arg(source.period / 3600);
    return FeatureNotes::tr("%1 (every %2 min)")
        .arg(source.name)
        .arg(double(source.period) / 60, 0, 'g', 4);
}

void set(FeatureTable &table, Feature f, std::size_t row, double value)
{
    table.values[std::size_t(f)][row] = value;
}

// Counts of gaps over the territories, turned into notes at the end.
struct Gaps {
    int window = 0;      // territories with sub-daily rows in the window
    int dailyWindow = 0; // ... without them, but with daily rows of the window's days
    int noWindow = 0;
    bool snowIceReported = false;
    int forecastRows = 0;
    int windowRows = 0;
    int filled14 = 0, missing14 = 0, filled30 = 0, missing30 = 0;
    int rainLowerBound = 0, rainMissing = 0;
    int canopy = 0, overhead = 0, trimmed = 0;
    quint64 sourcesUsed = 0;
};

void addNotes(FeatureTable &table, const Gaps &gaps, const std::vector<WeatherSource> &sources)
{
    const int n = int(table.rows());
    // The sources read, and those that cannot be (whatever the time): what else the store
    // holds was not needed, and naming it would make the notes depend on rows after as-of.
    QStringList described;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const bool used = i < 64 && (gaps.sourcesUsed & (quint64(1) << i));
        if (used || (!sources[i].isSubDaily() && !sources[i].isDaily()))
            described.append(describe(sources[i]));
    }
    table.notes.append(described.isEmpty()
                           ? FeatureNotes::tr("No weather was read.")
                           : FeatureNotes::tr("Weather read: %1. Hourly or finer sources give "
                                              "the storm window, daily ones the days before.")
                                 .arg(described.join(QStringLiteral(", "))));
    if (table.asOf)
        table.notes.append(FeatureNotes::tr("As of %1: only observations whose period had ended "
                                            "and forecasts issued by then.")
                               .arg(isoTime(*table.asOf)));
    if (gaps.window < n)
        table.notes.append(FeatureNotes::tr("Hourly weather covers %1 of %2 territories in the "
                                            "storm window.")
                               .arg(gaps.window)
                               .arg(n));
    if (gaps.dailyWindow > 0)
        table.notes.append(
            FeatureNotes::tr("%1 territories take peak gust, peak wind and storm precipitation "
                             "from daily weather; their hours with gusts of 20 m/s or more are "
                             "missing.")
                .arg(gaps.dailyWindow));
    if (gaps.noWindow > 0)
        table.notes.append(FeatureNotes::tr("%1 territories have no weather for the storm window: "
                                            "its features are missing there.")
                               .arg(gaps.noWindow));
    if (gaps.forecastRows > 0)
        table.notes.append(
            FeatureNotes::tr("%1 of the window's %2 hourly rows are forecasts "
                             "(newest issue %3).")
                .arg(gaps.forecastRows)
                .arg(gaps.windowRows)
                .arg(table.forecastIssued ? isoTime(*table.forecastIssued) : QString()));
    if (gaps.window > 0 && !gaps.snowIceReported)
        table.notes.append(FeatureNotes::tr("No weather row of the storm window reports snow or "
                                            "ice; snow and ice are 0."));
    const auto antecedent = [&](int days, int filled, int missing) {
        if (filled > 0)
            table.notes.append(FeatureNotes::tr("Precipitation of the %1 days before: %2 "
                                                "territories miss some days, counted as the mean "
                                                "of the others.")
                                   .arg(days)
                                   .arg(filled));
        if (missing > 0)
            table.notes.append(FeatureNotes::tr("Precipitation of the %1 days before is missing "
                                                "for %2 of %3 territories (more than a fifth of "
                                                "the days have no daily weather).")
                                   .arg(days)
                                   .arg(missing)
                                   .arg(n));
    };
    antecedent(14, gaps.filled14, gaps.missing14);
    antecedent(30, gaps.filled30, gaps.missing30);
    if (gaps.rainLowerBound > 0)
        table.notes.append(FeatureNotes::tr("Days since significant rain is a lower bound for %1 "
                                            "territories: no day with 10 mm in the days their "
                                            "daily weather covers without a gap.")
                               .arg(gaps.rainLowerBound));
    if (gaps.rainMissing > 0)
        table.notes.append(FeatureNotes::tr("Days since significant rain is missing for %1 "
                                            "territories (no daily weather for the day before).")
                               .arg(gaps.rainMissing));
    if (gaps.canopy > 0)
        table.notes.append(FeatureNotes::tr("Tree canopy is missing for %1 territories (import a "
                                            "canopy raster).")
                               .arg(gaps.canopy));
    if (gaps.overhead > 0)
        table.notes.append(FeatureNotes::tr("Overhead line length is missing for %1 territories "
                                            "(import assets).")
                               .arg(gaps.overhead));
    if (gaps.trimmed > 0)
        table.notes.append(FeatureNotes::tr("The last trimming date is missing for %1 "
                                            "territories (import assets).")
                               .arg(gaps.trimmed));
}

} // namespace

WeatherTarget weatherTargetOf(const FeatureTarget &target)
{
    return {target.start, target.end, dayStart(target.issued ? *target.issued : target.start)};
}

FeatureTable assembleFeatures(const FeatureTarget &target,
                              const std::vector<FeatureTerritory> &territories,
                              const std::vector<TerritoryWeather> &weather,
                              const std::vector<WeatherSource> &sources, std::optional<qint64> asOf,
                              const std::map<qint64, double> *outages)
{
    FeatureTable table;
    table.stormId = target.stormId;
    table.stormCode = target.code;
    table.stormKind = target.kind.isEmpty() ? QStringLiteral("other") : target.kind;
    table.windowStart = target.start;
    table.windowEnd = target.end;
    table.asOf = asOf;
    const std::size_t n = territories.size();
    for (auto &column : table.values)
        column.assign(n, NaN);
    if (outages)
        table.outages.assign(n, 0.0);

    Gaps gaps;
    for (std::size_t i = 0; i < n; ++i) {
        const FeatureTerritory &t = territories[i];
        const TerritoryWeather &w = weather[i];
        table.territoryIds.push_back(t.id);
        table.territoryCodes.append(t.code);
        table.territoryNames.append(t.name);
        table.customers.push_back(t.customers);
        table.latitude.push_back(t.latitude);
        table.longitude.push_back(t.longitude);
        gaps.sourcesUsed |= w.sourcesUsed;
        if (w.newestIssue)
            table.forecastIssued =
                std::max(table.forecastIssued.value_or(*w.newestIssue), *w.newestIssue);

        if (w.windowRows > 0) {
            ++gaps.window;
            gaps.windowRows += w.windowRows;
            gaps.forecastRows += w.windowForecastRows;
            gaps.snowIceReported = gaps.snowIceReported || w.snowIceReported;
            set(table, Feature::PeakGust, i, w.peakGust);
            set(table, Feature::PeakWind, i, w.peakWind);
            set(table, Feature::HoursGustAbove20, i, w.hoursAbove20);
            set(table, Feature::StormPrecip, i, w.precip);
            set(table, Feature::SnowIce, i, w.snowIce);
        } else if (w.dailyWindowRows > 0) {
            ++gaps.dailyWindow;
            set(table, Feature::PeakGust, i, w.dailyGust);
            set(table, Feature::PeakWind, i, w.dailyWind);
            set(table, Feature::StormPrecip, i, w.dailyPrecip);
            set(table, Feature::SnowIce, i, w.dailySnowIce);
        } else {
            ++gaps.noWindow;
        }

        bool filled = false;
        set(table, Feature::Antecedent14, i, antecedentPrecip(w.precipBefore, 14, &filled));
        gaps.filled14 += filled;
        gaps.missing14 += std::isnan(table.values[size_t(Feature::Antecedent14)][i]);
        set(table, Feature::Antecedent30, i, antecedentPrecip(w.precipBefore, 30, &filled));
        gaps.filled30 += filled;
        gaps.missing30 += std::isnan(table.values[size_t(Feature::Antecedent30)][i]);
        const DaysSinceRain rain = daysSinceRain(w.precipBefore);
        set(table, Feature::DaysSinceRain, i, rain.days);
        gaps.rainLowerBound += rain.lowerBound;
        gaps.rainMissing += std::isnan(rain.days);

        set(table, Feature::LeafOn, i, leafOn(t.latitude, target.start));
        set(table, Feature::Canopy, i, t.canopy);
        set(table, Feature::OverheadKm, i, t.overheadKm);
        set(table, Feature::YearsSinceTrim, i,
            t.lastTrimmed ? double(target.start - *t.lastTrimmed) / SecondsPerYear : NaN);
        gaps.canopy += std::isnan(t.canopy);
        gaps.overhead += std::isnan(t.overheadKm);
        gaps.trimmed += !t.lastTrimmed;

        if (outages) {
            const auto found = outages->find(t.id);
            if (found != outages->end())
                table.outages[i] = found->second;
        }
    }
    addNotes(table, gaps, sources);
    return table;
}

} // namespace stormcrew
