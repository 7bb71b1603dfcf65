#include "featurebuilder.h"

#include "featureassembly.h"
#include "featureinputs.h"
#include "featurelogging.h"
#include "leafon.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "weatherreader.h"
#include "weathersources.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace stormcrew {

namespace {

// Leaf-on from NDVI where the store has composites near the storm (docs/model.md), replacing
// the calendar rule's value there; records each row's source and adds a note.
void applyNdvi(FeatureTable &table, const NdviSeries &ndvi)
{
    table.leafOnSource.assign(std::size_t(table.rows()), LeafOnSource::Calendar);
    int fromNdvi = 0, seasonal = 0;
    for (std::size_t i = 0; i < table.territoryIds.size(); ++i) {
        const auto series = ndvi.find(table.territoryIds[i]);
        if (series == ndvi.end())
            continue;
        const auto leaf = leafOnFromNdvi(series->second, table.windowStart);
        if (!leaf)
            continue;
        table.values[std::size_t(Feature::LeafOn)][i] = leaf->leafOn;
        table.leafOnSource[i] = leaf->source;
        ++fromNdvi;
        seasonal += leaf->source == LeafOnSource::NdviSeasonal;
    }
    if (!ndvi.empty())
        table.notes.append(FeatureBuilder::tr("Leaf-on from NDVI for %1 of %2 territories (%3 "
                                              "scaled by their own season, %4 by the fixed "
                                              "dormant and full-leaf NDVI); the calendar and "
                                              "latitude for the others.")
                               .arg(fromNdvi)
                               .arg(table.rows())
                               .arg(seasonal)
                               .arg(fromNdvi - seasonal));
}

} // namespace

FeatureBuilder::FeatureBuilder(Store &store) : m_store(store)
{}

Result<FeatureBuilder::Target> FeatureBuilder::target(const FeatureRequest &request) const
{
    sqlite3 *db = m_store.handle();
    const QString path = m_store.path();
    Target resolved;
    if (request.target == FeatureRequest::Target::Storm) {
        auto storms = readStorms(db, path, request.stormId);
        if (!storms)
            return storms.error();
        if (storms.value().empty())
            return Error{tr("has no storm with id %1").arg(request.stormId), path, 0, {}};
        resolved.target = storms.value().front();
        resolved.outageStorm = resolved.target.stormId;
    } else {
        auto forecast = readLatestForecast(db, path, request.asOf);
        if (!forecast)
            return forecast.error();
        if (!forecast.value())
            return Error{request.asOf
                             ? tr("holds no forecast issued by %1")
                                   .arg(QDateTime::fromSecsSinceEpoch(*request.asOf, Qt::UTC)
                                            .toString(Qt::ISODate))
                             : tr("holds no forecast (weather rows with an issued time)"),
                         path,
                         0,
                         {}};
        resolved.target = *forecast.value();
    }

    return resolved;
}

Result<FeatureTable> FeatureBuilder::build(const FeatureRequest &request) const
{
    sqlite3 *db = m_store.handle();
    const QString path = m_store.path();
    auto resolved = target(request);
    if (!resolved)
        return resolved.error();
    const FeatureTarget target = resolved.value().target;
    const std::optional<qint64> outageStorm = resolved.value().outageStorm;

    auto territories = readFeatureTerritories(db, path);
    if (!territories)
        return territories.error();
    auto sources = readWeatherSources(db, path);
    if (!sources)
        return sources.error();
    std::vector<qint64> ids;
    for (const FeatureTerritory &t : territories.value())
        ids.push_back(t.id);
    const WeatherReader reader(db, path, sources.value(), request.asOf);
    auto weather = reader.read(ids, {weatherTargetOf(target)});
    if (!weather)
        return weather.error();

    OutageCounts outages;
    if (outageStorm) {
        auto counted = readOutages(db, path, outageStorm);
        if (!counted)
            return counted.error();
        outages = std::move(counted).value();
    }
    auto ndvi = readNdvi(db, path, request.asOf);
    if (!ndvi)
        return ndvi.error();
    const auto found = outageStorm ? outages.find(*outageStorm) : outages.end();
    FeatureTable table =
        assembleFeatures(target, territories.value(), weather.value().front(), sources.value(),
                         request.asOf, found != outages.end() ? &found->second : nullptr);
    applyNdvi(table, ndvi.value());
    return table;
}

Result<std::vector<FeatureTable>> FeatureBuilder::history() const
{
    QElapsedTimer clock;
    clock.start();
    sqlite3 *db = m_store.handle();
    const QString path = m_store.path();
    auto outages = readOutages(db, path);
    if (!outages)
        return outages.error();
    auto storms = readStorms(db, path);
    if (!storms)
        return storms.error();
    std::vector<FeatureTarget> observed;
    std::vector<WeatherTarget> targets;
    for (const FeatureTarget &storm : storms.value()) {
        if (outages.value().count(storm.stormId)) {
            observed.push_back(storm);
            targets.push_back(weatherTargetOf(storm));
        }
    }
    auto territories = readFeatureTerritories(db, path);
    if (!territories)
        return territories.error();
    auto sources = readWeatherSources(db, path);
    if (!sources)
        return sources.error();
    std::vector<qint64> ids;
    for (const FeatureTerritory &t : territories.value())
        ids.push_back(t.id);
    const WeatherReader reader(db, path, sources.value(), std::nullopt);
    auto weather = reader.read(ids, targets);
    if (!weather)
        return weather.error();

    auto ndvi = readNdvi(db, path, std::nullopt);
    if (!ndvi)
        return ndvi.error();

    std::vector<FeatureTable> tables;
    tables.reserve(observed.size());
    for (std::size_t s = 0; s < observed.size(); ++s) {
        tables.push_back(assembleFeatures(observed[s], territories.value(), weather.value()[s],
                                          sources.value(), std::nullopt,
                                          &outages.value().at(observed[s].stormId)));
        applyNdvi(tables.back(), ndvi.value());
    }
    qCDebug(lcFeatures) << "history:" << tables.size() << "storms x" << ids.size()
                        << "territories in" << clock.elapsed() << "ms";
    return tables;
}

Result<qint64> FeatureBuilder::stormId(const QString &code) const
{
    auto stmt =
        sqlite::prepare(m_store.handle(), QStringLiteral("SELECT id FROM storm WHERE code = ?1"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    const QByteArray utf8 = code.toUtf8();
    sqlite3_bind_text(stmt.get(), 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    if (sqlite3_step(stmt.get()) != SQLITE_ROW)
        return Error{tr("has no storm with code '%1'").arg(code), m_store.path(), 0, {}};
    return sqlite3_column_int64(stmt.get(), 0);
}

} // namespace stormcrew
