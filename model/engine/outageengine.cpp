#include "outageengine.h"

#include "features/featurebuilder.h"
#include "modelregistry.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace stormcrew {

OutageEngine::OutageEngine(Store &store) : m_store(store)
{}

Result<qint64> OutageEngine::stormId(const QString &code) const
{
    auto id = FeatureBuilder(m_store).stormId(code);
    if (!id)
        return Error{
            tr("no storm '%1' in this store; `stormcrew-cli storms list` lists them").arg(code),
            m_store.path(), 0, QStringLiteral("--storm")};
    return id;
}

Result<OutageModel> OutageEngine::train(TrainOptions options, bool activate)
{
    auto history = FeatureBuilder(m_store).history();
    if (!history)
        return history.error();
    std::vector<Term> candidates;
    for (const TermInfo &info : ModelTerms::all())
        candidates.push_back(info.term);
    auto set = TrainingSetBuilder::build(history.value(), candidates);
    if (!set)
        return set.error();
    if (options.user.isEmpty())
        options.user = Store::currentUser();
    if (options.now == 0)
        options.now = QDateTime::currentSecsSinceEpoch();
    auto trained = Trainer::train(set.value(), options);
    if (!trained)
        return trained.error();
    OutageModel model = std::move(trained).value();
    ModelRegistry registry(m_store);
    auto saved = registry.save(model);
    if (!saved)
        return saved.error();
    if (activate && model.contract.passed()) {
        auto activated = registry.activate(model.id);
        if (!activated)
            return activated.error();
        model.status = QStringLiteral("active");
    }
    return model;
}

Result<OutageEngine::Run> OutageEngine::run(const PredictionRequest &request) const
{
    ModelRegistry registry(m_store);
    auto model = request.modelId ? registry.load(*request.modelId) : registry.active();
    if (!model)
        return model.error();
    FeatureRequest features;
    features.asOf = request.asOf;
    if (request.stormCode.isEmpty()) {
        features.target = FeatureRequest::Target::LatestForecast;
    } else {
        auto id = stormId(request.stormCode);
        if (!id)
            return id.error();
        features.stormId = id.value();
    }
    auto table = FeatureBuilder(m_store).build(features);
    if (!table)
        return table.error();
    Run run{std::move(model).value(), std::move(table).value(), {}};
    run.prediction = Predictor(run.model).predict(run.features, request.options);
    auto allClear = forecastAllClear(run.features);
    if (!allClear)
        return allClear.error();
    run.prediction.allClear = allClear.value();
    return run;
}

Result<qint64> OutageEngine::forecastAllClear(const FeatureTable &features) const
{
    if (features.stormId != 0 || !features.forecastIssued)
        return features.windowEnd;
    // The same threshold as the hours_gust_20 feature: crews do not go up in bucket trucks
    // while the gusts are damaging, so restoration starts when the last such hour is over.
    constexpr double DamagingGustMs = 20.0;
    auto stmt = sqlite::prepare(m_store.handle(),
                                QStringLiteral("SELECT max(valid_time) FROM weather "
                                               "WHERE issued_time = ?1 AND valid_time BETWEEN ?2 "
                                               "AND ?3 AND gust_ms >= ?4"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    sqlite3_bind_int64(stmt.get(), 1, *features.forecastIssued);
    sqlite3_bind_int64(stmt.get(), 2, features.windowStart);
    sqlite3_bind_int64(stmt.get(), 3, features.windowEnd);
    sqlite3_bind_double(stmt.get(), 4, DamagingGustMs);
    if (sqlite3_step(stmt.get()) != SQLITE_ROW)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    if (sqlite3_column_type(stmt.get(), 0) == SQLITE_NULL)
        return features.windowStart;
    return std::min(features.windowEnd, sqlite3_column_int64(stmt.get(), 0));
}

Result<StormPrediction> OutageEngine::predict(const PredictionRequest &request) const
{
    auto result = run(request);
    if (!result)
        return result.error();
    return std::move(result.value().prediction);
}

Result<qint64> OutageEngine::record(const StormPrediction &prediction)
{
    if (m_store.isReadOnly())
        return Error{tr("the store is open read-only (--read-only); the prediction is not "
                        "recorded"),
                     m_store.path(),
                     0,
                     {}};
    sqlite3 *db = m_store.handle();
    sqlite::Transaction transaction(db);
    const auto fail = [&]() -> Error {
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    };
    if (!transaction.isOpen())
        return fail();
    auto runStmt = sqlite::prepare(
        db, QStringLiteral("INSERT INTO prediction_run(model_id, storm_id, as_of_time, "
                           "created_time, parameters_json) VALUES(?1, ?2, ?3, ?4, ?5)"));
    if (!runStmt)
        return fail();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    sqlite3_bind_int64(runStmt.get(), 1, prediction.modelId);
    if (prediction.stormId > 0)
        sqlite3_bind_int64(runStmt.get(), 2, prediction.stormId);
    sqlite3_bind_int64(runStmt.get(), 3, prediction.asOf.value_or(now));
    sqlite3_bind_int64(runStmt.get(), 4, now);
    const QJsonObject parameters{
        {QStringLiteral("storm"), prediction.stormCode},
        {QStringLiteral("forecast_issued"),
         prediction.forecastIssued ? QJsonValue(double(*prediction.forecastIssued)) : QJsonValue()},
        {QStringLiteral("draws"), prediction.draws.draws},
        {QStringLiteral("total_mean"), prediction.totals.mean},
        {QStringLiteral("total_p10"), prediction.totals.p10},
        {QStringLiteral("total_p50"), prediction.totals.p50},
        {QStringLiteral("total_p90"), prediction.totals.p90},
        {QStringLiteral("out_of_distribution"), prediction.distribution.outside}};
    const QByteArray json = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    sqlite3_bind_text(runStmt.get(), 5, json.constData(), int(json.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(runStmt.get()) != SQLITE_DONE)
        return fail();
    const qint64 runId = sqlite3_last_insert_rowid(db);
    auto row = sqlite::prepare(db, QStringLiteral("INSERT INTO prediction(run_id, territory_id, "
                                                  "mean, p10, p50, p90, explanation_json) "
                                                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!row)
        return fail();
    for (const TerritoryPrediction &t : prediction.territories) {
        if (t.missing)
            continue;
        QJsonObject factors;
        for (const ExplanationFactor &factor : t.factors)
            factors.insert(factor.key, factor.factor);
        const QByteArray explanation =
            QJsonDocument(QJsonObject{{QStringLiteral("baseline"), t.baseline},
                                      {QStringLiteral("factors"), factors}})
                .toJson(QJsonDocument::Compact);
        sqlite3_reset(row.get());
        sqlite3_bind_int64(row.get(), 1, runId);
        sqlite3_bind_int64(row.get(), 2, t.territoryId);
        sqlite3_bind_double(row.get(), 3, t.mean);
        sqlite3_bind_double(row.get(), 4, t.p10);
        sqlite3_bind_double(row.get(), 5, t.p50);
        sqlite3_bind_double(row.get(), 6, t.p90);
        sqlite3_bind_text(row.get(), 7, explanation.constData(), int(explanation.size()),
                          SQLITE_TRANSIENT);
        if (sqlite3_step(row.get()) != SQLITE_DONE)
            return fail();
    }
    auto audited = m_store.audit(QStringLiteral("prediction.record"),
                                 QStringLiteral("run %1: model %2, storm %3")
                                     .arg(runId)
                                     .arg(prediction.modelId)
                                     .arg(prediction.stormCode));
    if (!audited)
        return audited.error();
    if (!transaction.commit())
        return fail();
    return runId;
}

} // namespace stormcrew
