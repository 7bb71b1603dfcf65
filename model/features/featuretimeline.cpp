#include "featuretimeline.h"

#include "featureassembly.h"
#include "featurebuilder.h"
#include "featureinputs.h"
#include "featurelogging.h"
#include "store/store.h"
#include "weatherreader.h"
#include "weathersources.h"

#include <QElapsedTimer>

#include <algorithm>

namespace stormcrew {

FeatureTimeline::FeatureTimeline(Store &store) : m_store(store)
{}

std::vector<qint64> FeatureTimeline::cutoffs(qint64 origin, qint64 end, int maxHours)
{
    const qint64 span = std::max<qint64>(0, end - origin);
    const int last = int(std::min<qint64>(maxHours, (span + HourSeconds - 1) / HourSeconds));
    std::vector<qint64> out;
    out.reserve(std::size_t(last) + 1);
    for (int h = 0; h <= last; ++h)
        out.push_back(std::min(end, origin + h * HourSeconds));
    return out;
}

Result<FeatureTimeline::Hours> FeatureTimeline::build(const FeatureRequest &request) const
{
    QElapsedTimer clock;
    clock.start();
    sqlite3 *db = m_store.handle();
    const QString path = m_store.path();
    auto resolved = FeatureBuilder(m_store).target(request);
    if (!resolved)
        return resolved.error();
    const FeatureTarget target = resolved.value().target;
    const std::optional<qint64> outageStorm = resolved.value().outageStorm;

    Hours hours;
    hours.forecast = target.issued.has_value();
    // A forecast counts from its issue; rows valid before it (an analysis hour) fall in T+0.
    hours.origin = hours.forecast ? *target.issued : target.start;
    hours.cutoffs =
        cutoffs(hours.origin, target.end, hours.forecast ? MaxForecastHours : MaxObservedHours);

    auto territories = readFeatureTerritories(db, path);
    if (!territories)
        return territories.error();
    auto sources = readWeatherSources(db, path);
    if (!sources)
        return sources.error();
    std::vector<qint64> ids;
    for (const FeatureTerritory &t : territories.value())
        ids.push_back(t.id);

    // One target per hour: the same start and antecedent day, the window cut at the hour.
    std::vector<FeatureTarget> cut;
    std::vector<WeatherTarget> targets;
    for (const qint64 cutoff : hours.cutoffs) {
        FeatureTarget t = target;
        t.end = std::min(target.end, cutoff);
        targets.push_back(weatherTargetOf(t));
        cut.push_back(std::move(t));
    }
    const WeatherReader reader(db, path, sources.value(), request.asOf);
    auto weather = reader.read(ids, targets);
    if (!weather)
        return weather.error();

    OutageCounts outages;
    if (outageStorm) {
        auto counted = readOutages(db, path, outageStorm);
        if (!counted)
            return counted.error();
        outages = std::move(counted).value();
    }
    const auto found = outageStorm ? outages.find(*outageStorm) : outages.end();
    hours.tables.reserve(cut.size());
    for (std::size_t h = 0; h < cut.size(); ++h)
        hours.tables.push_back(assembleFeatures(cut[h], territories.value(), weather.value()[h],
                                                sources.value(), request.asOf,
                                                found != outages.end() ? &found->second : nullptr));
    qCDebug(lcFeatures) << "timeline:" << hours.tables.size() << "hours x" << ids.size()
                        << "territories in" << clock.elapsed() << "ms";
    return hours;
}

} // namespace stormcrew
