#include "demoforecasts.h"

#include "demorandom.h"
#include "demotime.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace stormcrew::demo {

namespace {

// + storm index * 3 + lead index: each forecast draws its errors from its own stream, so the
// history and the incoming forecast are the same with or without these forecasts.
constexpr quint64 IssuedForecastStreamBase = 20'000;

// The error model at 72 h (docs/demo-data.md, "Forecasts as issued"); shorter leads scale it
// down in proportion to the lead. Orders of magnitude of operational gust forecasts: the peak of
// a convective line is placed tens of kilometres and a few hours off three days out, and its
// strength is under-forecast by a few percent (models smooth extremes), more the longer the lead.
constexpr double GustLogBiasAt72 = -0.06;
constexpr double GustLogSdAt72 = 0.20;
constexpr double RainLogSdAt72 = 0.35;
constexpr double TimingSdHoursAt72 = 4.0;
constexpr double PlaceSdKmAt72 = 45.0;
constexpr double TerritoryLogSdAt72 = 0.10;
constexpr double DailyRainLogSdAt72 = 0.5;
constexpr double DailyGustSdAt72 = 1.5; // m/s, also the daily temperature's sd in degrees C

qint16 tenths(double value)
{
    return qint16(std::clamp(std::lround(value * 10), -32000L, 32000L));
}

double fractionOf72(int leadHours)
{
    return double(leadHours) / 72.0;
}

// A lognormal factor with mean 1 for a log-sd and a standard normal draw.
double unbiased(double logSd, double z)
{
    return std::exp(logSd * z - logSd * logSd / 2);
}

HourlyWeather forecastWindow(const DemoStorm &storm, const std::vector<LocalKm> &points,
                             const ForecastError &e, DemoRandom &random)
{
    HourlyWeather w;
    w.firstHour = storm.start;
    w.hours = int((storm.end - storm.start) / SecondsPerHour) + 1;
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
        // The forecast storm is displaced by the shift: here it shows what fell shift away.
        const LocalKm place{points[std::size_t(t)].x - e.shiftXKm,
                            points[std::size_t(t)].y - e.shiftYKm};
        const double territoryFactor = unbiased(e.territorySd, random.normal());
        for (int h = 0; h < w.hours; ++h) {
            const qint64 time = w.firstHour + h * SecondsPerHour;
            const double sinceStart = double(time - storm.start) / 3600.0 - e.shiftHours;
            const FieldSample s = sampleHour(storm.field, place, sinceStart);
            const std::size_t i = w.at(t, h);
            // A forecast is smooth: the calm background without the observations' noise.
            const double gust = std::max(calmGust(time), s.gust * e.gustFactor * territoryFactor);
            w.gust[i] = tenths(gust);
            w.wind[i] = std::min(w.gust[i], tenths(gust / 1.6));
            w.precip[i] = tenths(std::max(0.0, s.precipRate * e.rainFactor));
            w.temp[i] = tenths(std::isnan(s.tempAbsolute) ? climatology(time) + s.tempOffset
                                                          : s.tempAbsolute);
            if (w.hasIce)
                w.ice[i] = tenths(std::max(0.0, s.iceRate * e.rainFactor));
        }
    }
    return w;
}

// The days from the issue day to the day before the storm, forecast from what then fell: a
// day-wide factor shared by the territories and one of each territory's own, for the rain;
// noise on gust, wind and temperature.
std::vector<DailyWeather> forecastDays(const DemoStorm &storm, qint64 issued,
                                       const std::vector<DailyWeather> &observed,
                                       const ForecastError &e, double noiseScale,
                                       DemoRandom &random)
{
    std::vector<DailyWeather> days;
    for (qint64 day = dayOf(issued); day < dayOf(storm.start); ++day) {
        const auto found =
            std::lower_bound(observed.begin(), observed.end(), day * SecondsPerDay,
                             [](const DailyWeather &d, qint64 value) { return d.day < value; });
        if (found == observed.end() || found->day != day * SecondsPerDay)
            continue; // the history observes every day before a storm; nothing to forecast from
        const DailyWeather &truth = *found;
        DailyWeather d;
        d.day = truth.day;
        const std::size_t n = truth.precip.size();
        d.gust.resize(n);
        d.wind.resize(n);
        d.precip.resize(n);
        d.temp.resize(n);
        const double dayZ = random.normal();
        const double daySd = e.dailyRainSd;
        for (std::size_t t = 0; t < n; ++t) {
            const double z = 0.6 * dayZ + 0.8 * random.normal(); // unit variance
            d.precip[t] = tenths(truth.precip[t] / 10.0 * unbiased(daySd, z));
            const double gust = std::max(1.0, truth.gust[t] / 10.0 + random.normal(0, noiseScale));
            d.gust[t] = tenths(gust);
            d.wind[t] = std::min(
                d.gust[t],
                tenths(std::max(0.5, truth.wind[t] / 10.0 + random.normal(0, noiseScale / 2))));
            d.temp[t] = tenths(truth.temp[t] / 10.0 + random.normal(0, noiseScale));
        }
        days.push_back(std::move(d));
    }
    return days;
}

} // namespace

std::vector<IssuedForecast> generateIssuedForecasts(const std::vector<DemoCounty> &counties,
                                                    const DemoHistory &history, quint64 seed)
{
    const std::vector<LocalKm> points = centroids(counties);
    const std::size_t leads = ForecastLeadHours.size();
    std::vector<IssuedForecast> forecasts(history.storms.size() * leads);
    for (std::size_t i = 0; i < forecasts.size(); ++i) {
        forecasts[i].storm = int(i / leads);
        forecasts[i].leadHours = ForecastLeadHours[i % leads];
    }
    // Each forecast draws from its own stream: in parallel, the same whatever the order.
    QtConcurrent::blockingMap(forecasts, [&](IssuedForecast &f) {
        const std::size_t s = std::size_t(f.storm);
        const DemoStorm &storm = history.storms[s];
        const std::size_t l =
            std::size_t(std::find(ForecastLeadHours.begin(), ForecastLeadHours.end(), f.leadHours) -
                        ForecastLeadHours.begin());
        const double k = fractionOf72(f.leadHours);
        DemoRandom random =
            DemoRandom::stream(seed, IssuedForecastStreamBase + quint64(s * leads + l));
        const qint64 cycle = ForecastCycleHours * SecondsPerHour;
        const qint64 wanted = storm.start - f.leadHours * SecondsPerHour;
        f.issued = wanted - ((wanted % cycle) + cycle) % cycle;
        // Storm-wide errors: one draw each, shared by every territory and hour.
        ForecastError &e = f.error;
        e.gustFactor = std::exp(GustLogBiasAt72 * k + GustLogSdAt72 * k * random.normal());
        e.rainFactor = unbiased(RainLogSdAt72 * k, random.normal());
        e.shiftHours = random.normal(0, TimingSdHoursAt72 * k);
        e.shiftXKm = random.normal(0, PlaceSdKmAt72 * k);
        e.shiftYKm = random.normal(0, PlaceSdKmAt72 * k);
        e.territorySd = TerritoryLogSdAt72 * k;
        e.dailyRainSd = DailyRainLogSdAt72 * k;
        f.hourly = forecastWindow(storm, points, e, random);
        f.daily = forecastDays(storm, f.issued, history.daily, e, DailyGustSdAt72 * k, random);
    });
    return forecasts;
}

} // namespace stormcrew::demo
