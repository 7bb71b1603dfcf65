#include "demooutages.h"

#include "demomodel.h"
#include "demorandom.h"
#include "demotime.h"
#include "features/leafon.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace stormcrew::demo {

namespace {

enum Stream : quint64 { OutageStreamBase = 5000 };

// Restoration times longer than three weeks are drawn again (0.2 % of the fitted lognormal).
constexpr double MaxRestorationHours = 21 * 24;

enum Cause { Trees, Weather, Equipment, Unknown, Ice };

std::array<double, 5> causeWeights(StormPattern pattern)
{
    if (pattern == StormPattern::IceStorm)
        return {0.3, 0.05, 0.05, 0.35, 0.25};
    return {0.35, 0.15, 0.05, 0.45, 0};
}

double round6(double degrees)
{
    return std::round(degrees * 1e6) / 1e6;
}

// A point inside the county, at the precision the incident file writes (six decimals).
GeoPoint placeIn(const DemoCounty &county, DemoRandom &random)
{
    const GeoBounds &b = county.bounds;
    while (true) {
        const double lon = round6(random.uniform(b.minLon, b.maxLon));
        const double lat = round6(random.uniform(b.minLat, b.maxLat));
        if (contains(county, lon, lat))
            return {lon, lat};
    }
}

Covariates covariatesOf(const DemoHistory &history, std::size_t s, int t, const DemoCounty &county,
                        const DemoTerritory &territory, double canopy,
                        const std::unordered_map<qint64, std::size_t> &dayIndex)
{
    const DemoStorm &storm = history.storms[s];
    const HourlyWeather &w = history.hourly[s];
    Covariates x;
    int maxGust = 0;
    int above = 0;
    for (int h = 0; h < w.hours; ++h) {
        const qint64 time = w.firstHour + h * SecondsPerHour;
        if (time < storm.start || time > storm.end)
            continue;
        const int gust = w.gust[w.at(t, h)];
        maxGust = std::max(maxGust, gust);
        if (gust >= int(truth::DurationThreshold * 10))
            ++above;
    }
    x.gust = maxGust / 10.0;
    x.hoursAbove20 = above;
    // The engine's own leaf-on, at the latitude it reads from the store (the bounding-box centre).
    x.leafOn = leafOn((county.bounds.minLat + county.bounds.maxLat) / 2, storm.start);
    x.canopy = canopy;
    int rain = 0;
    const qint64 startDay = dayOf(storm.start);
    for (qint64 d = startDay - AntecedentDays; d < startDay; ++d) {
        const auto found = dayIndex.find(d * SecondsPerDay);
        if (found != dayIndex.end())
            rain += history.daily[found->second].precip[std::size_t(t)];
    }
    x.antecedentMm = rain / 10.0;
    const qint64 trimmed = daysFromCivil(territory.lastTrimmed.year, territory.lastTrimmed.month,
                                         territory.lastTrimmed.day) *
                           SecondsPerDay;
    x.yearsSinceTrim = double(storm.start - trimmed) / (365.25 * SecondsPerDay);
    return x;
}

} // namespace

const QStringList &incidentCauses()
{
    static const QStringList causes{
        QStringLiteral("Trees or limbs in lines"), QStringLiteral("Weather-related"),
        QStringLiteral("Equipment failure"), QStringLiteral("Working to determine cause"),
        QStringLiteral("Ice on lines")};
    return causes;
}

double expectedOutages(double overheadKm, const Covariates &x)
{
    using namespace truth;
    const double eta = Intercept + LogGust * std::log(std::max(x.gust, 0.1)) +
                       HoursAbove20 * x.hoursAbove20 + LeafOn * x.leafOn + Canopy * x.canopy +
                       AntecedentPrecip * x.antecedentMm + YearsSinceTrim * x.yearsSinceTrim;
    return overheadKm * std::exp(eta);
}

namespace {

// A utility deploys no more crews than it has: its own and every pool's. When a storm's drawn
// crews exceed that, each territory keeps its share (at least one where there were outages),
// the largest giving up the rest. No random draw: the incidents stay as they were.
void capCrews(std::vector<DemoOutcome> &outcomes, std::size_t first, int capacity)
{
    long total = 0;
    for (std::size_t i = first; i < outcomes.size(); ++i)
        total += outcomes[i].crewsDeployed;
    if (total <= capacity || total == 0)
        return;
    const double share = double(capacity) / double(total);
    long kept = 0;
    for (std::size_t i = first; i < outcomes.size(); ++i) {
        int &crews = outcomes[i].crewsDeployed;
        if (crews > 0)
            crews = std::max(1, int(std::floor(crews * share)));
        kept += crews;
    }
    while (kept > capacity) {
        auto largest = std::max_element(outcomes.begin() + qsizetype(first), outcomes.end(),
                                        [](const DemoOutcome &a, const DemoOutcome &b) {
                                            return a.crewsDeployed < b.crewsDeployed;
                                        });
        if (largest->crewsDeployed <= 1)
            break;
        --largest->crewsDeployed;
        --kept;
    }
}

} // namespace

DemoOutages generateOutages(const std::vector<DemoCounty> &counties, const DemoUtility &utility,
                            const std::vector<double> &canopy, const DemoHistory &history,
                            quint64 seed)
{
    int capacity = 0;
    for (const DemoDepot &depot : utility.depots)
        capacity += depot.ownCrews;
    for (const DemoCrewPool &pool : utility.pools)
        if (pool.kind != QLatin1String("own"))
            capacity += pool.crews;

    std::unordered_map<qint64, std::size_t> dayIndex;
    for (std::size_t d = 0; d < history.daily.size(); ++d)
        dayIndex.emplace(history.daily[d].day, d);

    DemoOutages out;
    for (std::size_t s = 0; s < history.storms.size(); ++s) {
        DemoRandom random = DemoRandom::stream(seed, OutageStreamBase + s);
        const DemoStorm &storm = history.storms[s];
        const HourlyWeather &w = history.hourly[s];
        const auto causes = causeWeights(storm.pattern);
        for (int t = 0; t < int(counties.size()); ++t) {
            const DemoTerritory &territory = utility.territories[std::size_t(t)];
            DemoOutcome outcome;
            outcome.storm = int(s);
            outcome.territory = t;
            outcome.x = covariatesOf(history, s, t, counties[std::size_t(t)], territory,
                                     canopy[std::size_t(t)], dayIndex);
            outcome.mean = expectedOutages(territory.overheadKm, outcome.x);
            outcome.outages = random.negativeBinomial(outcome.mean, truth::Theta);

            // Incidents start in the storm's hours, more of them in the windier hours.
            std::vector<double> hourWeights;
            std::vector<qint64> hourTimes;
            for (int h = 0; h < w.hours; ++h) {
                const qint64 time = w.firstHour + h * SecondsPerHour;
                if (time < storm.start || time >= storm.end)
                    continue;
                const double excess = std::max(0.0, w.gust[w.at(t, h)] / 10.0 - 10);
                hourWeights.push_back(excess * excess * excess + 0.05);
                hourTimes.push_back(time);
            }
            qint64 lastEnd = storm.start;
            for (qint64 n = 0; n < outcome.outages; ++n) {
                DemoIncident incident;
                incident.storm = int(s);
                incident.territory = t;
                incident.sequence = int(n) + 1;
                incident.start =
                    hourTimes[random.weighted(hourWeights)] + random.integer(0, SecondsPerHour - 1);
                double hours = 0;
                do {
                    hours = random.lognormal(fitted::RestorationMu, fitted::RestorationSigma);
                } while (hours > MaxRestorationHours);
                incident.end = incident.start + std::max<qint64>(60, std::llround(hours * 3600));
                incident.customers = std::clamp<qint64>(
                    std::llround(random.lognormal(fitted::CustomersMu, fitted::CustomersSigma)), 1,
                    std::max<qint64>(1, territory.customers / 4));
                incident.cause = int(random.weighted(causes));
                const GeoPoint where = placeIn(counties[std::size_t(t)], random);
                incident.lon = where.lon;
                incident.lat = where.lat;
                outcome.customersOut += incident.customers;
                outcome.customerHours +=
                    double(incident.customers) * double(incident.end - incident.start) / 3600.0;
                lastEnd = std::max(lastEnd, incident.end);
                out.incidents.push_back(incident);
            }
            // Overlapping incidents (a fault behind another) count their customers once.
            outcome.customersOut = std::min(outcome.customersOut, territory.customers);
            outcome.customerHours = std::round(outcome.customerHours * 10) / 10;
            if (outcome.outages > 0) {
                outcome.crewsDeployed =
                    int(std::ceil(double(outcome.outages) / random.uniform(3, 6)));
                outcome.restorationHours = std::round(double(lastEnd - storm.start) / 360.0) / 10.0;
            }
            out.outcomes.push_back(outcome);
        }
        capCrews(out.outcomes, out.outcomes.size() - counties.size(), capacity);
    }
    return out;
}

} // namespace stormcrew::demo
