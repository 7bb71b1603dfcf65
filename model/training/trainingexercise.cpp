#include "trainingexercise.h"

#include "traininglogging.h"

#include "engine/modelregistry.h"
#include "features/featurebuilder.h"
#include "replay/stormactuals.h"
#include "replay/stormreplayer.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QElapsedTimer>

#include <cmath>

namespace stormcrew::training {

double Exercise::modelOf(const QString &group) const
{
    double sum = 0;
    for (const ExerciseTerritory &t : territories)
        if (t.predicted && (group.isEmpty() || t.group == group))
            sum += t.model;
    return sum;
}

double Exercise::actualOf(const QString &group) const
{
    double sum = 0;
    for (const ExerciseTerritory &t : territories)
        if (group.isEmpty() || t.group == group)
            sum += t.actual;
    return sum;
}

StormResult Exercise::result(const std::vector<TrainingCall> &calls) const
{
    StormResult r;
    r.stormId = storm.id;
    r.code = storm.code;
    r.name = storm.name;
    r.model = modelOf({});
    r.actual = actualTotal;
    r.actualCrews = actualCrews;
    for (const TerritoryGroup &group : groups)
        r.groups.push_back(
            {group.key, group.name, std::nullopt, modelOf(group.key), actualOf(group.key)});
    for (const TrainingCall &call : calls) {
        if (call.group.isEmpty()) {
            r.traineeOutages = call.outages;
            r.traineeCrews = call.crews;
            continue;
        }
        for (GroupResult &g : r.groups)
            if (g.key == call.group)
                g.trainee = call.outages;
    }
    r.score = TrainingScoring::score(r.stormId, r.code, r.traineeOutages, r.model, r.actual);
    return r;
}

ExerciseBuilder::ExerciseBuilder(Store &store) : m_store(store)
{}

Result<std::vector<ExerciseStorm>> ExerciseBuilder::storms() const
{
    auto stmt = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("SELECT id, code, name, kind, start_time FROM storm s WHERE EXISTS "
                       "(SELECT 1 FROM storm_outcome o WHERE o.storm_id = s.id) OR EXISTS "
                       "(SELECT 1 FROM incident i WHERE i.storm_id = s.id) ORDER BY start_time, "
                       "id"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    std::vector<ExerciseStorm> out;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(stmt.get(), 0), sqlite::columnText(stmt.get(), 1),
                       sqlite::columnText(stmt.get(), 2), sqlite::columnText(stmt.get(), 3),
                       sqlite3_column_int64(stmt.get(), 4)});
    return out;
}

Result<Exercise> ExerciseBuilder::build(qint64 stormId, double leadHours) const
{
    QElapsedTimer clock;
    clock.start();
    replay::ReplayOptions options;
    options.leadHours = leadHours;
    options.hindsight = false;
    auto replayed = replay::StormReplayer(m_store).replay(stormId, options);
    if (!replayed)
        return replayed.error();
    const replay::StormReplay &r = replayed.value();

    // The same as-of features the replay predicted from, kept for the map and the what-if.
    FeatureRequest request;
    request.stormId = stormId;
    request.asOf = r.asOf;
    auto features = FeatureBuilder(m_store).build(request);
    if (!features)
        return features.error();
    auto model = ModelRegistry(m_store).load(r.modelId);
    if (!model)
        return model.error();
    auto groups = TerritoryGroups::read(m_store);
    if (!groups)
        return groups.error();

    Exercise e;
    e.storm = {r.stormId, r.stormCode, r.stormName, r.stormKind, r.stormStart};
    e.leadHours = r.leadHours;
    e.asOf = r.asOf;
    e.forecastIssued = r.forecastIssued;
    e.modelId = r.modelId;
    e.modelVersion = r.modelVersion;
    e.modelTotals = r.predictedTotals;
    e.actualTotal = r.actualTotal;
    e.notes = r.notes;
    e.groups = std::move(groups).value();
    const auto groupOf = TerritoryGroups::byTerritory(e.groups);
    const FeatureTable &table = features.value();
    std::map<qint64, double> gustOf;
    for (qsizetype i = 0; i < table.rows(); ++i)
        gustOf[table.territoryIds[std::size_t(i)]] =
            table.values[std::size_t(Feature::PeakGust)][std::size_t(i)];
    for (const replay::TerritoryReplay &t : r.territories) {
        ExerciseTerritory x;
        x.id = t.territoryId;
        x.code = t.code;
        x.name = t.name;
        const auto group = groupOf.find(t.territoryId);
        x.group = group == groupOf.end() ? QString() : group->second;
        const auto gust = gustOf.find(t.territoryId);
        x.forecastGust = gust == gustOf.end() ? std::nan("") : gust->second;
        x.predicted = t.predicted;
        x.model = t.mean;
        x.actual = t.actual;
        x.crewsDeployed = t.crewsDeployed;
        e.actualCrews += t.crewsDeployed;
        e.territories.push_back(std::move(x));
    }
    e.whatIf = std::make_shared<const WhatIfExplorer>(std::move(model).value(),
                                                      std::move(features).value());
    qCDebug(lcTraining) << "exercise" << r.stormCode << "built in" << clock.elapsed() << "ms";
    return e;
}

} // namespace stormcrew::training
