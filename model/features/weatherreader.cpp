#include "weatherreader.h"

#include "store/sqlite.h"

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

constexpr qint64 SecondsPerDay = 86400;

qint64 dayStart(qint64 time)
{
    const qint64 rest = time % SecondsPerDay;
    return time - (rest < 0 ? rest + SecondsPerDay : rest);
}

// One weather row that may serve a target, with what decides between rows of the same time.
struct Candidate {
    qint64 valid = 0;
    qint64 rank = 0; // observations first (max), then the latest issue
    qint64 issued = -1;
    qint64 period = 0;
    int source = 0;
    double gust = 0, wind = 0, precip = 0, snowIce = 0; // NaN where NULL (snowIce: both)
};

quint64 bit(int source)
{
    return source < 64 ? quint64(1) << source : 0;
}

bool before(const Candidate &a, const Candidate &b)
{
    if (a.valid != b.valid)
        return a.valid < b.valid;
    if (a.rank != b.rank)
        return a.rank > b.rank;
    if (a.period != b.period)
        return a.period < b.period;
    return a.source < b.source;
}

// Keeps the first candidate of each valid time (the preferred one, once sorted).
void keepPreferred(std::vector<Candidate> &rows)
{
    std::sort(rows.begin(), rows.end(), before);
    rows.erase(
        std::unique(rows.begin(), rows.end(),
                    [](const Candidate &a, const Candidate &b) { return a.valid == b.valid; }),
        rows.end());
}

double maxOf(double current, double value)
{
    if (std::isnan(value))
        return current;
    return std::isnan(current) ? value : std::max(current, value);
}

double plus(double current, double value)
{
    if (std::isnan(value))
        return current;
    return std::isnan(current) ? value : current + value;
}

// Targets ordered by the start of a time range, to find those holding a valid time.
class RangeIndex {
public:
    struct Range {
        qint64 start;
        qint64 end; // included
        std::size_t target;
    };

    explicit RangeIndex(std::vector<Range> ranges) : m_ranges(std::move(ranges))
    {
        std::sort(m_ranges.begin(), m_ranges.end(),
                  [](const Range &a, const Range &b) { return a.start < b.start; });
        for (const Range &r : m_ranges)
            m_longest = std::max(m_longest, r.end - r.start);
    }

    template <typename F> void forEachHolding(qint64 time, F &&f) const
    {
        auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), time,
                                   [](qint64 t, const Range &r) { return t < r.start; });
        while (it != m_ranges.begin()) {
            --it;
            if (it->start < time - m_longest)
                break;
            if (time <= it->end)
                f(it->target);
        }
    }

private:
    std::vector<Range> m_ranges;
    qint64 m_longest = 0;
};

void summariseWindow(const std::vector<Candidate> &rows, TerritoryWeather &w)
{
    for (const Candidate &c : rows) {
        ++w.windowRows;
        w.sourcesUsed |= bit(c.source);
        if (c.issued >= 0) {
            ++w.windowForecastRows;
            w.newestIssue = std::max(w.newestIssue.value_or(c.issued), c.issued);
        }
        w.peakGust = maxOf(w.peakGust, c.gust);
        w.peakWind = maxOf(w.peakWind, c.wind);
        if (!std::isnan(c.gust))
            w.hoursAbove20 = plus(w.hoursAbove20, c.gust >= 20 ? double(c.period) / 3600.0 : 0.0);
        w.precip = plus(w.precip, c.precip);
        if (!std::isnan(c.snowIce)) {
            w.snowIceReported = true;
            w.snowIce += c.snowIce;
        }
    }
}

void summariseDays(const std::vector<Candidate> &rows, const WeatherTarget &target,
                   TerritoryWeather &w)
{
    w.precipBefore.fill(TerritoryWeather::NaN);
    const qint64 windowFirstDay = dayStart(target.windowStart);
    for (const Candidate &c : rows) {
        const qint64 day = dayStart(c.valid);
        w.sourcesUsed |= bit(c.source);
        if (c.issued >= 0)
            w.newestIssue = std::max(w.newestIssue.value_or(c.issued), c.issued);
        if (day >= windowFirstDay && c.valid <= target.windowEnd) {
            ++w.dailyWindowRows;
            w.dailyGust = maxOf(w.dailyGust, c.gust);
            w.dailyWind = maxOf(w.dailyWind, c.wind);
            w.dailyPrecip = plus(w.dailyPrecip, c.precip);
            w.dailySnowIce += std::isnan(c.snowIce) ? 0 : c.snowIce;
        }
        const qint64 back = (target.referenceDay - day) / SecondsPerDay - 1;
        if (day < target.referenceDay && back >= 0 && back < DailyLookback)
            w.precipBefore[std::size_t(back)] = c.precip;
    }
}

// The query writes NULL as -1 (every value column is checked >= 0, temperature is not read):
// one call into SQLite per column instead of two, on a million rows.
double columnOrNaN(sqlite3_stmt *stmt, int column)
{
    const double value = sqlite3_column_double(stmt, column);
    return value < 0 ? TerritoryWeather::NaN : value;
}

} // namespace

WeatherReader::WeatherReader(sqlite3 *db, QString storePath, std::vector<WeatherSource> sources,
                             std::optional<qint64> asOf)
    : m_db(db), m_storePath(std::move(storePath)), m_sources(std::move(sources)), m_asOf(asOf)
{}

Result<std::vector<std::vector<TerritoryWeather>>>
WeatherReader::read(const std::vector<qint64> &territoryIds,
                    const std::vector<WeatherTarget> &targets) const
{
    std::vector<std::vector<TerritoryWeather>> result(
        targets.size(), std::vector<TerritoryWeather>(territoryIds.size()));
    if (targets.empty() || territoryIds.empty())
        return result;

    std::vector<RangeIndex::Range> windows;
    std::vector<RangeIndex::Range> days;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const WeatherTarget &t = targets[i];
        windows.push_back({t.windowStart, t.windowEnd, i});
        const qint64 first =
            std::min(t.referenceDay - DailyLookback * SecondsPerDay, dayStart(t.windowStart));
        days.push_back({first, std::max(t.windowEnd, t.referenceDay - 1), i});
        from = std::min(from, first);
        to = std::max(to, std::max(t.windowEnd, t.referenceDay - 1));
    }
    const RangeIndex windowIndex(std::move(windows));
    const RangeIndex dayIndex(std::move(days));

    // In the order of weather_key, so SQLite walks the index without sorting.
    auto rows = sqlite::prepare(
        m_db, QStringLiteral("SELECT valid_time, coalesce(issued_time, -1), coalesce(gust_ms, -1), "
                             "coalesce(wind_ms, -1), coalesce(precip_mm, -1), CASE WHEN snow_mm IS "
                             "NULL AND ice_mm IS NULL THEN -1 ELSE coalesce(snow_mm, 0) + "
                             "coalesce(ice_mm, 0) END FROM weather WHERE territory_id = ?1 AND "
                             "source = ?2 AND valid_time BETWEEN ?3 AND ?4 ORDER BY valid_time, "
                             "coalesce(issued_time, -1)"));
    if (!rows)
        return Error{sqlite::lastError(m_db), m_storePath, 0, {}};

    std::vector<std::vector<Candidate>> subDaily(targets.size());
    std::vector<std::vector<Candidate>> daily(targets.size());
    std::vector<std::size_t> holding; // targets holding the current row
    for (std::size_t ti = 0; ti < territoryIds.size(); ++ti) {
        for (auto &v : subDaily)
            v.clear();
        for (auto &v : daily)
            v.clear();
        for (std::size_t si = 0; si < m_sources.size(); ++si) {
            const WeatherSource &source = m_sources[si];
            if (!source.isSubDaily() && !source.isDaily())
                continue;
            const QByteArray name = source.name.toUtf8();
            sqlite3_reset(rows.get());
            sqlite3_bind_int64(rows.get(), 1, territoryIds[ti]);
            sqlite3_bind_text(rows.get(), 2, name.constData(), int(name.size()), SQLITE_STATIC);
            sqlite3_bind_int64(rows.get(), 3, from);
            sqlite3_bind_int64(rows.get(), 4, to);
            int rc;
            while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
                Candidate c;
                c.valid = sqlite3_column_int64(rows.get(), 0);
                c.issued = sqlite3_column_int64(rows.get(), 1);
                const bool observation = c.issued < 0;
                if (m_asOf &&
                    (observation ? c.valid + source.period > *m_asOf : c.issued > *m_asOf))
                    continue;
                c.rank = observation ? std::numeric_limits<qint64>::max() : c.issued;
                c.period = source.period;
                c.source = int(si);
                // The targets first: the values are read only for rows some target needs.
                auto &bins = source.isSubDaily() ? subDaily : daily;
                const RangeIndex &index = source.isSubDaily() ? windowIndex : dayIndex;
                holding.clear();
                index.forEachHolding(c.valid,
                                     [&](std::size_t target) { holding.push_back(target); });
                if (holding.empty())
                    continue;
                c.gust = columnOrNaN(rows.get(), 2);
                c.wind = columnOrNaN(rows.get(), 3);
                c.precip = columnOrNaN(rows.get(), 4);
                c.snowIce = columnOrNaN(rows.get(), 5);
                for (std::size_t target : holding)
                    bins[target].push_back(c);
            }
            if (rc != SQLITE_DONE)
                return Error{sqlite::lastError(m_db), m_storePath, 0, {}};
        }
        for (std::size_t target = 0; target < targets.size(); ++target) {
            TerritoryWeather &w = result[target][ti];
            keepPreferred(subDaily[target]);
            summariseWindow(subDaily[target], w);
            keepPreferred(daily[target]);
            summariseDays(daily[target], targets[target], w);
        }
    }
    return result;
}

} // namespace stormcrew
