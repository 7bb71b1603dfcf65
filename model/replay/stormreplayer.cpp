#include "stormreplayer.h"

#include "hindsight.h"
#include "modelhistory.h"
#include "replaylogging.h"
#include "replayscoring.h"
#include "stormactuals.h"

#include "crews/crewplanrepository.h"
#include "engine/modelregistry.h"
#include "features/featurebuilder.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace stormcrew::replay {

namespace {

constexpr qint64 Hour = 3600;
// The timeline follows restorations at most this long after the storm's start.
constexpr qint64 TimelineHorizon = 14 * 24 * Hour;

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

std::array<double, FeatureCount> rowOf(const FeatureTable &table, std::size_t row)
{
    std::array<double, FeatureCount> values{};
    for (int f = 0; f < FeatureCount; ++f)
        values[std::size_t(f)] = table.values[std::size_t(f)][row];
    return values;
}

// The territories of a prediction beside what happened, and the rows the metrics score.
struct Scored {
    std::vector<TerritoryReplay> territories;
    std::vector<HeldOutRow> rows;
    Scores scores;
};

Scored score(const OutageModel &model, const FeatureTable &table, const StormPrediction &prediction)
{
    Scored out;
    const Predictor predictor(model);
    for (std::size_t i = 0; i < std::size_t(table.rows()); ++i) {
        const TerritoryPrediction &p = prediction.territories[i];
        TerritoryReplay t;
        t.territoryId = p.territoryId;
        t.code = p.code;
        t.name = p.name;
        t.predicted = !p.missing;
        t.actual = table.outages.empty() ? 0.0 : table.outages[i];
        if (t.predicted) {
            t.mean = p.mean;
            t.p10 = p.p10;
            t.p50 = p.p50;
            t.p90 = p.p90;
            ReplayScoring::scoreTerritory(t);
            const auto features = rowOf(table, i);
            const Predictor::Predictive predictive = predictor.predictive(features, p.code);
            const HeldOutRow row = ReplayScoring::heldOutRow(
                t, {predictive.mean, predictive.theta, table.customers[i]});
            t.logScore = row.logScore;
            out.rows.push_back(row);
        }
        out.territories.push_back(std::move(t));
    }
    out.scores = EvaluationMetrics::score(out.rows);
    return out;
}

bool anyWindowWeather(const FeatureTable &table)
{
    const auto gust = table.column(Feature::PeakGust);
    return std::any_of(gust.begin(), gust.end(), [](double v) { return !std::isnan(v); });
}

// The earliest forecast issue that covers the window, for the message of a lead that is too long.
std::optional<qint64> earliestForecastOf(Store &store, qint64 start, qint64 end)
{
    auto stmt = sqlite::prepare(store.handle(),
                                QStringLiteral("SELECT min(issued_time) FROM weather WHERE "
                                               "issued_time IS NOT NULL AND valid_time BETWEEN "
                                               "?1 AND ?2"));
    if (!stmt)
        return std::nullopt;
    sqlite3_bind_int64(stmt.get(), 1, start);
    sqlite3_bind_int64(stmt.get(), 2, end);
    if (sqlite3_step(stmt.get()) != SQLITE_ROW || sqlite3_column_type(stmt.get(), 0) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(stmt.get(), 0);
}

Result<void> checkLead(double leadHours)
{
    if (!std::isfinite(leadHours) || leadHours < 0 || leadHours > 30 * 24)
        return Error{
            StormReplayer::tr("the lead time must be from 0 to 720 hours, not %1").arg(leadHours),
            {},
            0,
            QStringLiteral("--lead")};
    return {};
}

qint64 asOfFor(const StormActuals &actuals, double leadHours)
{
    return actuals.firstOutage() - qint64(std::llround(leadHours * double(Hour)));
}

} // namespace

StormReplayer::StormReplayer(Store &store) : m_store(store)
{}

Result<StormReplay> StormReplayer::replay(const QString &storm, const ReplayOptions &options) const
{
    auto id = StormActualsReader(m_store).find(storm);
    if (!id)
        return id.error();
    return replay(id.value(), options);
}

Result<StormReplay> StormReplayer::replay(qint64 stormId, const ReplayOptions &options) const
{
    QElapsedTimer clock;
    clock.start();
    if (auto checked = checkLead(options.leadHours); !checked)
        return checked.error();
    auto read = StormActualsReader(m_store).read(stormId);
    if (!read)
        return read.error();
    const StormActuals &actuals = read.value();
    if (!actuals.hasOutcomes())
        return Error{tr("storm %1 has no recorded outcomes or incidents, so there is nothing to "
                        "replay it against; import its incidents (`stormcrew-cli import "
                        "incidents`) or its outcomes first")
                         .arg(actuals.code),
                     m_store.path(), 0, QStringLiteral("--storm")};

    StormReplay replay;
    replay.stormId = stormId;
    replay.stormCode = actuals.code;
    replay.stormName = actuals.name;
    replay.stormKind = actuals.kind;
    replay.stormStart = actuals.start;
    replay.stormEnd = actuals.end;
    replay.firstOutage = actuals.firstOutage();
    replay.firstOutageFromIncidents = !actuals.incidents.empty();
    replay.leadHours = options.leadHours;
    replay.asOf = asOfFor(actuals, options.leadHours);
    if (!replay.firstOutageFromIncidents)
        replay.notes << tr("The storm has no incidents: the lead time counts back from its start.");

    // The model: as asked, else the one active then, else the one active now (said so).
    ModelRegistry registry(m_store);
    std::optional<qint64> modelId = options.modelId;
    replay.modelChoice = ModelChoice::Explicit;
    if (!modelId) {
        auto then = ModelHistory(m_store).activeAt(replay.asOf);
        if (!then)
            return then.error();
        modelId = then.value();
        replay.modelChoice = ModelChoice::ActiveThen;
    }
    auto model = modelId ? registry.load(*modelId) : registry.active();
    if (!model)
        return model.error();
    if (!modelId) {
        replay.modelChoice = ModelChoice::ActiveNow;
        replay.notes << tr("No model was active at %1 (the activation history starts later); "
                           "the model active now is replayed instead.")
                            .arg(isoTime(replay.asOf));
    }
    replay.modelId = model.value().id;
    replay.modelVersion = model.value().version;
    replay.modelCreated = model.value().createdTime;
    if (model.value().createdTime > actuals.start)
        replay.notes << tr("Model %1 was trained after this storm and may have learnt from it: "
                           "the replay is in-sample for the model, out-of-sample only for the "
                           "weather.")
                            .arg(replay.modelId);

    FeatureRequest request;
    request.stormId = stormId;
    request.asOf = replay.asOf;
    auto table = FeatureBuilder(m_store).build(request);
    if (!table)
        return table.error();
    if (!anyWindowWeather(table.value())) {
        const auto earliest = earliestForecastOf(m_store, actuals.start, actuals.end);
        return Error{earliest ? tr("as of %1 (%2 h before the first outage) nothing was known of "
                                   "storm %3's weather: its first forecast was issued %4; choose "
                                   "a shorter --lead")
                                    .arg(isoTime(replay.asOf))
                                    .arg(options.leadHours)
                                    .arg(actuals.code, isoTime(*earliest))
                              : tr("as of %1 (%2 h before the first outage) nothing was known of "
                                   "storm %3's weather, and the store holds no forecast of it; "
                                   "import its forecasts with their issued_time "
                                   "(docs/ingest-rasters-weather.md)")
                                    .arg(isoTime(replay.asOf))
                                    .arg(options.leadHours)
                                    .arg(actuals.code),
                     m_store.path(), 0, QStringLiteral("--lead")};
    }
    const StormPrediction prediction =
        Predictor(model.value()).predict(table.value(), options.prediction);
    replay.forecastIssued = prediction.forecastIssued;
    replay.predictedTotals = prediction.totals;
    replay.notes << prediction.notes;
    if (prediction.distribution.outside)
        for (const QString &reason : prediction.distribution.reasons)
            replay.notes << tr("Unlike the training storms: %1").arg(reason);

    Scored scored = score(model.value(), table.value(), prediction);
    replay.territories = std::move(scored.territories);
    replay.scores = scored.scores;
    std::map<qint64, double> actualOutages;
    for (TerritoryReplay &t : replay.territories) {
        replay.actualTotal += t.actual;
        actualOutages[t.territoryId] = t.actual;
        if (const auto found = actuals.outcomes.find(t.territoryId);
            found != actuals.outcomes.end()) {
            t.crewsDeployed = found->second.crewsDeployed;
            t.customerHours = found->second.customerHours;
        }
    }

    qint64 until = actuals.end;
    for (const OutageSpan &span : actuals.incidents)
        until = std::max(until, span.end.value_or(span.start));
    until = std::min(until, actuals.start + TimelineHorizon);
    replay.timeline = ReplayScoring::timeline(actuals.incidents,
                                              std::min(actuals.start, replay.firstOutage), until);
    qCDebug(lcReplay) << "replay of" << actuals.code << "predicted in" << clock.elapsed() << "ms";

    if (options.hindsight) {
        auto inputs = crews::CrewPlanRepository(m_store).inputs(actuals.kind);
        if (!inputs)
            return inputs.error();
        crews::PlanSettings settings = options.plan;
        settings.startTime = actuals.end; // the all-clear: hour 0 of the plan
        settings.hoursUntilStart = std::max(0.0, double(actuals.end - replay.asOf) / Hour);
        const HindsightSimulator simulator(std::move(inputs).value(), settings);
        auto hindsight = simulator.run(prediction.draws, actuals.outcomes, actualOutages);
        if (!hindsight)
            return hindsight.error();
        replay.hindsight = std::move(hindsight).value();
        qCDebug(lcReplay) << "hindsight done after" << clock.elapsed() << "ms";
    }
    return replay;
}

Result<ModelComparison> StormReplayer::compare(qint64 modelA, qint64 modelB,
                                               const std::vector<qint64> &storms,
                                               const ReplayOptions &options) const
{
    if (auto checked = checkLead(options.leadHours); !checked)
        return checked.error();
    ModelRegistry registry(m_store);
    auto a = registry.load(modelA);
    if (!a)
        return a.error();
    auto b = registry.load(modelB);
    if (!b)
        return b.error();
    const StormActualsReader reader(m_store);
    std::vector<qint64> ids = storms;
    if (ids.empty()) {
        auto all = reader.stormsWithOutcomes();
        if (!all)
            return all.error();
        ids = std::move(all).value();
        if (ids.empty())
            return Error{tr("no storm in this store has recorded outcomes or incidents; import "
                            "incidents or outcomes first"),
                         m_store.path(), 0, QStringLiteral("--storms")};
    }

    ModelComparison comparison;
    comparison.modelA = modelA;
    comparison.modelB = modelB;
    comparison.leadHours = options.leadHours;
    std::vector<HeldOutRow> rowsA;
    std::vector<HeldOutRow> rowsB;
    std::vector<Scores> perStormA;
    std::vector<Scores> perStormB;
    for (const qint64 id : ids) {
        auto actuals = reader.read(id);
        if (!actuals)
            return actuals.error();
        if (!actuals.value().hasOutcomes()) {
            comparison.skipped
                << tr("%1: no recorded outcomes or incidents").arg(actuals.value().code);
            continue;
        }
        FeatureRequest request;
        request.stormId = id;
        request.asOf = asOfFor(actuals.value(), options.leadHours);
        auto table = FeatureBuilder(m_store).build(request);
        if (!table)
            return table.error();
        if (!anyWindowWeather(table.value())) {
            comparison.skipped << tr("%1: nothing known of its weather as of %2")
                                      .arg(actuals.value().code, isoTime(*request.asOf));
            continue;
        }
        ComparedStorm storm;
        storm.stormId = id;
        storm.stormCode = actuals.value().code;
        storm.asOf = *request.asOf;
        const StormPrediction pa = Predictor(a.value()).predict(table.value(), options.prediction);
        const StormPrediction pb = Predictor(b.value()).predict(table.value(), options.prediction);
        Scored sa = score(a.value(), table.value(), pa);
        Scored sb = score(b.value(), table.value(), pb);
        for (const TerritoryReplay &t : sa.territories)
            storm.actualTotal += t.actual;
        storm.predictedA = pa.totals;
        storm.predictedB = pb.totals;
        storm.a = sa.scores;
        storm.b = sb.scores;
        comparison.aBetterMae += storm.a.mae < storm.b.mae;
        comparison.bBetterMae += storm.b.mae < storm.a.mae;
        rowsA.insert(rowsA.end(), sa.rows.begin(), sa.rows.end());
        rowsB.insert(rowsB.end(), sb.rows.begin(), sb.rows.end());
        perStormA.push_back(storm.a);
        perStormB.push_back(storm.b);
        comparison.storms.push_back(std::move(storm));
    }
    if (comparison.storms.empty())
        return Error{tr("none of the storms could be replayed %1 h before its first outage: %2")
                         .arg(options.leadHours)
                         .arg(comparison.skipped.join(QStringLiteral("; "))),
                     m_store.path(), 0, QStringLiteral("--storms")};
    comparison.overallA = EvaluationMetrics::overall(rowsA, perStormA);
    comparison.overallB = EvaluationMetrics::overall(rowsB, perStormB);
    return comparison;
}

} // namespace stormcrew::replay
