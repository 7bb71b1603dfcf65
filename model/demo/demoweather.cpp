#include "demoweather.h"

#include "demorandom.h"
#include "demotime.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numbers>

namespace stormcrew::demo {

namespace {

enum Stream : quint64 {
    ScheduleStream = 3,
    ForecastStream = 6,
    StormStreamBase = 1000,       // + storm index
    DayStreamBase = 1'000'000'000 // + day number: a day's weather does not depend on the others
};

constexpr double TwoPi = 2 * std::numbers::pi;

// How many storms of each pattern the history holds, and their seasons (weights per month).
struct PatternPlan {
    StormPattern pattern;
    int count;
    std::array<double, 12> months;
};
constexpr PatternPlan Plans[] = {
    {StormPattern::Derecho, 6, {0, 0, 0.05, 0.1, 0.2, 0.3, 0.25, 0.1, 0, 0, 0, 0}},
    {StormPattern::SquallLine, 8, {0, 0.05, 0.2, 0.25, 0.2, 0.1, 0.05, 0, 0, 0.05, 0.1, 0}},
    {StormPattern::Thunderstorms, 21, {0, 0, 0, 0.1, 0.2, 0.25, 0.25, 0.15, 0.05, 0, 0, 0}},
    {StormPattern::WinterWind, 15, {0.2, 0.2, 0.2, 0.05, 0, 0, 0, 0, 0, 0, 0.15, 0.2}},
    {StormPattern::IceStorm, 8, {0.4, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3}},
    {StormPattern::Tropical, 7, {0, 0, 0, 0, 0, 0, 0, 0.3, 0.45, 0.25, 0, 0}},
};

constexpr const char *MonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

qint16 tenths(double value)
{
    return qint16(std::clamp(std::lround(value * 10), -32000L, 32000L));
}

// Background gust (m/s) away from any storm: windier in winter and in the afternoon.
double backgroundGust(qint64 time, DemoRandom &random)
{
    return std::max(1.0, calmGust(time) + random.normal(0, 1.2));
}

// A day of background weather for every territory: a synoptic rain event on about a third of
// the days with a gradient across the state, scattered showers, wind and temperature.
DailyWeather backgroundDay(const std::vector<LocalKm> &points, qint64 day, double regime,
                           quint64 seed)
{
    DemoRandom random = DemoRandom::stream(seed, DayStreamBase + quint64(day / SecondsPerDay));
    DailyWeather d;
    d.day = day;
    const std::size_t n = points.size();
    d.gust.resize(n);
    d.wind.resize(n);
    d.precip.resize(n);
    d.temp.resize(n);
    const bool event = random.bernoulli(0.32);
    const double amount = event ? random.gamma(0.9, 11) : 0;
    const double slope = random.uniform(0, TwoPi);
    const double gustOffset = random.normal(0, 2);
    const double tempOffset = random.normal(0, 3);
    const qint64 noon = day + SecondsPerDay / 2;
    for (std::size_t t = 0; t < n; ++t) {
        const LocalKm &p = points[t];
        double rain = amount *
                      std::exp(0.35 * (p.x * std::cos(slope) + p.y * std::sin(slope)) / 300) *
                      random.lognormal(0, 0.25);
        if (random.bernoulli(0.1))
            rain += random.gamma(0.7, 4);
        const double gust =
            std::max(3.0, 9 + 2 * winterness(noon) + gustOffset + random.normal(0, 2));
        d.precip[t] = tenths(regime * rain);
        d.gust[t] = tenths(gust);
        d.wind[t] = std::min(d.gust[t], tenths(gust / random.uniform(1.6, 2.0)));
        d.temp[t] = tenths(dailyClimatology(noon) + tempOffset + random.normal(0, 0.8));
    }
    return d;
}

HourlyWeather observeStorm(const DemoStorm &storm, const std::vector<LocalKm> &points, quint64 seed,
                           int index)
{
    DemoRandom random = DemoRandom::stream(seed, StormStreamBase + quint64(index));
    HourlyWeather w;
    w.firstHour = storm.start - WindowMarginHours * SecondsPerHour;
    w.hours = int((storm.end - storm.start) / SecondsPerHour) + 2 * WindowMarginHours + 1;
    w.territories = int(points.size());
    w.hasIce = storm.pattern == StormPattern::IceStorm;
    const std::size_t size = std::size_t(w.hours) * points.size();
    w.gust.resize(size);
    w.wind.resize(size);
    w.precip.resize(size);
    w.temp.resize(size);
    if (w.hasIce)
        w.ice.resize(size);
    for (int t = 0; t < w.territories; ++t) {
        for (int h = 0; h < w.hours; ++h) {
            const qint64 time = w.firstHour + h * SecondsPerHour;
            const double sinceStart = double(time - storm.start) / 3600.0;
            const FieldSample s = sampleHour(storm.field, points[std::size_t(t)], sinceStart);
            const std::size_t i = w.at(t, h);
            const double gust =
                std::max(backgroundGust(time, random), s.gust * (1 + random.normal(0, 0.06)));
            w.gust[i] = tenths(gust);
            w.wind[i] = std::min(w.gust[i], tenths(gust / random.uniform(1.4, 1.75)));
            w.precip[i] = tenths(std::max(0.0, s.precipRate * random.uniform(0.8, 1.2)));
            const double temp = std::isnan(s.tempAbsolute)
                                    ? climatology(time) + s.tempOffset + random.normal(0, 1)
                                    : s.tempAbsolute + random.normal(0, 0.3);
            w.temp[i] = tenths(temp);
            if (w.hasIce)
                w.ice[i] = tenths(std::max(0.0, s.iceRate * random.uniform(0.8, 1.2)));
        }
    }
    return w;
}

// Adds a storm's hourly observations into the daily rows of the days they fall on: rain adds
// up, the daily gust is at least the hourly maximum, the daily wind at least the hourly mean,
// and a day observed for twelve hours or more takes the mean of those hours' temperatures.
void overlay(std::map<qint64, DailyWeather> &days, const HourlyWeather &w)
{
    struct Sums {
        int wind = 0;
        int temp = 0;
        int hours = 0;
    };
    std::map<qint64, std::vector<Sums>> sums;
    for (int h = 0; h < w.hours; ++h) {
        const qint64 day = dayOf(w.firstHour + h * SecondsPerHour) * SecondsPerDay;
        const auto found = days.find(day);
        if (found == days.end())
            continue;
        DailyWeather &d = found->second;
        std::vector<Sums> &daySums = sums[day];
        daySums.resize(std::size_t(w.territories));
        for (int t = 0; t < w.territories; ++t) {
            const std::size_t i = w.at(t, h);
            const std::size_t k = std::size_t(t);
            d.precip[k] = qint16(std::min(32000, d.precip[k] + w.precip[i]));
            d.gust[k] = std::max(d.gust[k], w.gust[i]);
            daySums[k].wind += w.wind[i];
            daySums[k].temp += w.temp[i];
            ++daySums[k].hours;
        }
    }
    for (const auto &[day, daySums] : sums) {
        DailyWeather &d = days.at(day);
        for (std::size_t k = 0; k < daySums.size(); ++k) {
            const Sums &s = daySums[k];
            d.wind[k] = std::max(d.wind[k], qint16(s.wind / s.hours));
            if (s.hours >= 12)
                d.temp[k] = qint16(s.temp / s.hours);
        }
    }
}

QString stormName(StormPattern pattern, qint64 start)
{
    const CivilDate date = dateOf(start);
    return QStringLiteral("%1, %2 %3 %4")
        .arg(patternLabel(pattern))
        .arg(date.day)
        .arg(QLatin1String(MonthNames[date.month - 1]))
        .arg(date.year);
}

} // namespace

double winterness(qint64 time)
{
    return 0.5 + 0.5 * std::cos(TwoPi * (dayOfYear(time) - 15) / 365.25);
}

double dailyClimatology(qint64 time)
{
    return 13 - 12 * std::cos(TwoPi * (dayOfYear(time) - 20) / 365.25);
}

double climatology(qint64 time)
{
    const double hour = double(time % SecondsPerDay) / 3600.0;
    return dailyClimatology(time) + 4 * std::cos(TwoPi * (hour - 21) / 24);
}

double calmGust(qint64 time)
{
    const double hour = double(time % SecondsPerDay) / 3600.0;
    return 6.0 + 1.5 * winterness(time) + 1.5 * std::cos(TwoPi * (hour - 20) / 24);
}

std::vector<LocalKm> centroids(const std::vector<DemoCounty> &counties)
{
    std::vector<LocalKm> points;
    points.reserve(counties.size());
    for (const DemoCounty &c : counties)
        points.push_back(toLocalKm(c.centroid.lon, c.centroid.lat));
    return points;
}

KmExtent fieldExtent(const std::vector<DemoCounty> &counties)
{
    const GeoBounds b = boundsOf(counties);
    const LocalKm low = toLocalKm(b.minLon, b.minLat);
    const LocalKm high = toLocalKm(b.maxLon, b.maxLat);
    return {low.x - 30, low.y - 30, high.x + 30, high.y + 30};
}

DemoHistory generateHistory(const std::vector<DemoCounty> &counties, quint64 seed)
{
    DemoRandom random = DemoRandom::stream(seed, ScheduleStream);
    const KmExtent extent = fieldExtent(counties);
    const std::vector<LocalKm> points = centroids(counties);
    DemoHistory history;

    // Schedule: each storm on a random day of its season, at least four days from any other.
    const qint64 firstDay = daysFromCivil(HistoryFirstYear, 1, 22);
    const qint64 lastDay = daysFromCivil(HistoryLastYear, 12, 27);
    for (const PatternPlan &plan : Plans) {
        for (int i = 0; i < plan.count; ++i) {
            qint64 start = 0;
            for (bool placed = false; !placed;) {
                const int year = int(random.integer(HistoryFirstYear, HistoryLastYear));
                const int month = int(random.weighted(plan.months)) + 1;
                const qint64 first = daysFromCivil(year, month, 1);
                const qint64 next =
                    month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
                const qint64 day = random.integer(first, next - 1);
                start = day * SecondsPerDay + random.integer(0, 23) * SecondsPerHour;
                placed = day >= firstDay && day <= lastDay;
                for (const DemoStorm &other : history.storms) {
                    if (std::llabs(other.start - start) < 4 * SecondsPerDay)
                        placed = false;
                }
            }
            DemoStorm storm;
            storm.pattern = plan.pattern;
            storm.start = start;
            storm.field = drawStormField(plan.pattern, extent, random);
            storm.end = start + qint64(std::ceil(storm.field.hours)) * SecondsPerHour;
            const std::array<double, 3> regimes{0.1, 1.0, 2.6};
            storm.antecedentRegime = regimes[random.weighted(std::array{0.3, 0.4, 0.3})];
            history.storms.push_back(storm);
        }
    }
    std::sort(history.storms.begin(), history.storms.end(),
              [](const DemoStorm &a, const DemoStorm &b) { return a.start < b.start; });
    for (DemoStorm &storm : history.storms) {
        const CivilDate date = dateOf(storm.start);
        storm.code = QStringLiteral("DEMO-%1-%2-%3")
                         .arg(date.year)
                         .arg(date.month, 2, 10, QLatin1Char('0'))
                         .arg(date.day, 2, 10, QLatin1Char('0'));
        storm.name = stormName(storm.pattern, storm.start);
    }

    for (std::size_t s = 0; s < history.storms.size(); ++s)
        history.hourly.push_back(observeStorm(history.storms[s], points, seed, int(s)));

    // Daily observations: the antecedent days and the storm days; the regime of the storm ahead
    // sets how wet the three weeks before it were (a later storm's regime wins).
    std::map<qint64, double> regime;
    std::map<qint64, DailyWeather> days;
    for (const DemoStorm &storm : history.storms) {
        const qint64 startDay = dayOf(storm.start);
        for (qint64 d = startDay - 21; d < startDay; ++d)
            regime[d] = storm.antecedentRegime;
        for (qint64 d = startDay; d <= dayOf(storm.end); ++d)
            regime[d] = 1.0;
    }
    for (const DemoStorm &storm : history.storms) {
        for (qint64 d = dayOf(storm.start) - DailyHistoryDays; d <= dayOf(storm.end); ++d) {
            if (days.count(d * SecondsPerDay))
                continue;
            // Beyond any storm's three weeks (the 30-day antecedent's early days) it is usual.
            const auto r = regime.find(d);
            days.emplace(d * SecondsPerDay,
                         backgroundDay(points, d * SecondsPerDay,
                                       r == regime.end() ? 1.0 : r->second, seed));
        }
    }
    for (const HourlyWeather &w : history.hourly)
        overlay(days, w);
    for (auto &[day, weather] : days)
        history.daily.push_back(std::move(weather));
    return history;
}

DemoForecast generateForecast(const std::vector<DemoCounty> &counties, quint64 seed, qint64 issued)
{
    DemoRandom random = DemoRandom::stream(seed, ForecastStream);
    DemoForecast forecast;
    ForecastGrid &grid = forecast.grid;
    grid.issued = issued - ((issued % SecondsPerHour) + SecondsPerHour) % SecondsPerHour;

    const int month = dateOf(grid.issued).month;
    const bool winter = month >= 11 || month <= 3;
    const bool summer = month >= 4 && month <= 7;
    if (winter) {
        forecast.pattern = (month == 12 || month <= 2) && random.bernoulli(0.3)
                               ? StormPattern::IceStorm
                               : StormPattern::WinterWind;
    } else if (summer) {
        constexpr std::array patterns{StormPattern::Derecho, StormPattern::SquallLine,
                                      StormPattern::Thunderstorms};
        forecast.pattern = patterns[random.weighted(std::array{0.35, 0.35, 0.3})];
    } else {
        forecast.pattern =
            random.bernoulli(0.5) ? StormPattern::Tropical : StormPattern::Thunderstorms;
    }
    // The storm the control centre opens on is a notable one: the upper part of its kind's range.
    const std::map<StormPattern, double> notable{
        {StormPattern::Derecho, 33},       {StormPattern::SquallLine, 26},
        {StormPattern::Thunderstorms, 29}, {StormPattern::WinterWind, 23},
        {StormPattern::IceStorm, 18},      {StormPattern::Tropical, 22}};
    StormField field = drawStormField(forecast.pattern, fieldExtent(counties), random);
    for (int attempt = 0; attempt < 50 && fieldStrength(field) < notable.at(forecast.pattern);
         ++attempt)
        field = drawStormField(forecast.pattern, fieldExtent(counties), random);
    forecast.stormStart = grid.issued + random.integer(18, 36) * SecondsPerHour;
    forecast.stormHours = field.hours;

    // A smooth background: a few long waves of gustiness across the grid, one of them moving.
    std::array<double, 3> wave{};
    for (double &w : wave)
        w = random.uniform(0, TwoPi);
    const std::size_t cells = std::size_t(grid.width) * std::size_t(grid.height);
    std::vector<LocalKm> places(cells);
    std::vector<double> still(cells);
    for (int row = 0; row < grid.height; ++row) {
        const double lat = grid.north - (row + 0.5) * grid.cellDegrees;
        for (int col = 0; col < grid.width; ++col) {
            const double lon = grid.west + (col + 0.5) * grid.cellDegrees;
            const std::size_t c = std::size_t(row) * std::size_t(grid.width) + std::size_t(col);
            places[c] = toLocalKm(lon, lat);
            still[c] =
                std::sin(places[c].x / 140 + wave[0]) + 0.8 * std::sin(places[c].y / 90 + wave[1]);
        }
    }
    grid.gust.resize(cells * std::size_t(grid.steps));
    grid.wind.resize(grid.gust.size());
    grid.precip.resize(grid.gust.size());
    for (int step = 0; step < grid.steps; ++step) {
        const qint64 valid = grid.issued + (step + 1) * SecondsPerHour;
        const double sinceStart = double(valid - forecast.stormStart) / 3600.0;
        const double base = calmGust(valid);
        for (std::size_t c = 0; c < cells; ++c) {
            const LocalKm &p = places[c];
            const FieldSample s = sampleHour(field, p, sinceStart);
            const double background =
                base + still[c] + 0.5 * std::sin((p.x + p.y) / 60 + wave[2] + step / 7.0);
            const double gust = std::max(background, s.gust);
            const std::size_t i = std::size_t(step) * cells + c;
            grid.gust[i] = float(std::round(gust * 10) / 10);
            grid.wind[i] = float(std::round(gust / 1.6 * 10) / 10);
            grid.precip[i] = float(std::round(s.precipRate * 10) / 10);
        }
    }

    // The days before the issue day, observed like the history's antecedent days: the regime
    // over the last three weeks, usual before.
    const double regime = std::array{0.1, 1.0, 2.6}[random.weighted(std::array{0.3, 0.4, 0.3})];
    const std::vector<LocalKm> points = centroids(counties);
    const qint64 issueDay = dayOf(grid.issued);
    for (qint64 d = issueDay - DailyHistoryDays; d < issueDay; ++d)
        forecast.recent.push_back(
            backgroundDay(points, d * SecondsPerDay, d >= issueDay - 21 ? regime : 1.0, seed));
    return forecast;
}

} // namespace stormcrew::demo
