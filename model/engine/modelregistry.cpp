#include "modelregistry.h"
#include "features/featurecatalogue.h"

#include "modelcodec.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QJsonDocument>

namespace stormcrew {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(sqlite3_stmt *stmt, int column)
{
    return QJsonDocument::fromJson(sqlite::columnText(stmt, column).toUtf8()).object();
}

Error storeFailure(Store &store)
{
    return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
}

using sqlite::bindText;

constexpr auto SelectModel = "SELECT id, name, version, family, created_time, spec_json, "
                             "coefficients_json, metrics_json, data_fingerprint, "
                             "expectations_json, status FROM model";

} // namespace

ModelRegistry::ModelRegistry(Store &store) : m_store(store)
{}

Result<void> ModelRegistry::save(OutageModel &model)
{
    if (m_store.isReadOnly())
        return Error{tr("the store is open read-only (--read-only); the model cannot be saved"),
                     m_store.path(),
                     0,
                     {}};
    sqlite::Transaction transaction(m_store.handle());
    if (!transaction.isOpen())
        return storeFailure(m_store);
    auto next = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM model WHERE name = ?1"));
    bindText(next.get(), 1, model.name);
    if (sqlite3_step(next.get()) != SQLITE_ROW)
        return storeFailure(m_store);
    model.version = sqlite3_column_int(next.get(), 0);
    model.status =
        model.contract.passed() ? QStringLiteral("candidate") : QStringLiteral("rejected");
    const ModelDocuments docs = ModelCodec::encode(model);
    auto insert = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("INSERT INTO model(name, version, family, created_time, spec_json, "
                       "coefficients_json, metrics_json, data_fingerprint, expectations_json, "
                       "status) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!insert)
        return storeFailure(m_store);
    bindText(insert.get(), 1, model.name);
    sqlite3_bind_int(insert.get(), 2, model.version);
    bindText(insert.get(), 3,
             model.family == GlmFamily::Poisson ? QStringLiteral("poisson")
                                                : QStringLiteral("negbin"));
    sqlite3_bind_int64(insert.get(), 4, model.createdTime);
    bindText(insert.get(), 5, compact(docs.spec));
    bindText(insert.get(), 6, compact(docs.coefficients));
    bindText(insert.get(), 7, compact(docs.metrics));
    bindText(insert.get(), 8, model.fingerprint);
    bindText(insert.get(), 9, compact(docs.expectations));
    bindText(insert.get(), 10, model.status);
    if (sqlite3_step(insert.get()) != SQLITE_DONE)
        return storeFailure(m_store);
    model.id = sqlite3_last_insert_rowid(m_store.handle());
    auto audited = m_store.audit(
        QStringLiteral("model.train"),
        QStringLiteral("model %1 (%2 v%3) %4, contract %5, data %6")
            .arg(model.id)
            .arg(model.name)
            .arg(model.version)
            .arg(model.status,
                 model.contract.passed() ? QStringLiteral("passed") : QStringLiteral("failed"),
                 model.fingerprint.left(12)));
    if (!audited)
        return audited.error();
    if (!transaction.commit())
        return storeFailure(m_store);
    return {};
}

Result<std::vector<ModelListing>> ModelRegistry::list() const
{
    auto stmt = sqlite::prepare(m_store.handle(),
                                QString::fromLatin1(SelectModel) + QStringLiteral(" ORDER BY id"));
    if (!stmt)
        return storeFailure(m_store);
    std::vector<ModelListing> models;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        ModelListing listing;
        listing.id = sqlite3_column_int64(stmt.get(), 0);
        listing.name = sqlite::columnText(stmt.get(), 1);
        listing.version = sqlite3_column_int(stmt.get(), 2);
        listing.family = sqlite::columnText(stmt.get(), 3);
        listing.createdTime = sqlite3_column_int64(stmt.get(), 4);
        const QJsonObject spec = parse(stmt.get(), 5);
        const QJsonObject metrics = parse(stmt.get(), 7);
        listing.fingerprint = sqlite::columnText(stmt.get(), 8);
        listing.contractPassed = parse(stmt.get(), 9).value(QStringLiteral("passed")).toBool();
        listing.status = sqlite::columnText(stmt.get(), 10);
        listing.createdBy = spec.value(QStringLiteral("created_by")).toString();
        listing.trainingStorms =
            qsizetype(spec.value(QStringLiteral("training_storms")).toDouble());
        listing.chosen = metrics.value(QStringLiteral("chosen")).toString();
        listing.meanLogScore = metrics.value(listing.chosen)
                                   .toObject()
                                   .value(QStringLiteral("mean_log_score"))
                                   .toDouble(std::numeric_limits<double>::quiet_NaN());
        models.push_back(listing);
    }
    return models;
}

Result<OutageModel> ModelRegistry::load(qint64 id) const
{
    auto stmt = sqlite::prepare(m_store.handle(), QString::fromLatin1(SelectModel) +
                                                      QStringLiteral(" WHERE id = ?1"));
    if (!stmt)
        return storeFailure(m_store);
    sqlite3_bind_int64(stmt.get(), 1, id);
    if (sqlite3_step(stmt.get()) != SQLITE_ROW)
        return Error{
            tr("no model %1 in this store; `stormcrew-cli models list` shows the models").arg(id),
            m_store.path(),
            0,
            {}};
    auto decoded = ModelCodec::decode(
        {parse(stmt.get(), 5), parse(stmt.get(), 6), parse(stmt.get(), 7), parse(stmt.get(), 9)});
    if (!decoded)
        return Error{
            tr("model %1: %2").arg(id).arg(decoded.error().message), m_store.path(), 0, {}};
    OutageModel model = std::move(decoded).value();
    model.id = id;
    model.name = sqlite::columnText(stmt.get(), 1);
    model.version = sqlite3_column_int(stmt.get(), 2);
    model.createdTime = sqlite3_column_int64(stmt.get(), 4);
    model.fingerprint = sqlite::columnText(stmt.get(), 8);
    model.status = sqlite::columnText(stmt.get(), 10);
    return model;
}

Result<OutageModel> ModelRegistry::active() const
{
    auto stmt = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("SELECT id FROM model WHERE status = 'active' ORDER BY id DESC LIMIT 1"));
    if (!stmt)
        return storeFailure(m_store);
    if (sqlite3_step(stmt.get()) != SQLITE_ROW)
        return Error{tr("no active model in this store; train one with `stormcrew-cli train "
                        "--activate`"),
                     m_store.path(),
                     0,
                     {}};
    return load(sqlite3_column_int64(stmt.get(), 0));
}

Result<void> ModelRegistry::activate(qint64 id)
{
    auto model = load(id);
    if (!model)
        return model.error();
    if (!model.value().contract.passed() || model.value().status == QLatin1String("rejected")) {
        QStringList failed;
        for (const ContractCheck &check : model.value().contract.checks)
            if (check.expectation == Expectation::NeverLowers && !check.passed())
                failed << FeatureCatalogue::info(check.feature).name;
        return Error{tr("model %1 failed its contract (%2 lowered predictions) and cannot be "
                        "activated; retrain it, or look at `stormcrew-cli models show %1`")
                         .arg(id)
                         .arg(failed.join(QStringLiteral(", "))),
                     m_store.path(),
                     0,
                     {}};
    }
    if (m_store.isReadOnly())
        return Error{tr("the store is open read-only (--read-only); no model can be activated"),
                     m_store.path(),
                     0,
                     {}};
    sqlite::Transaction transaction(m_store.handle());
    if (!transaction.isOpen())
        return storeFailure(m_store);
    auto previous = sqlite::prepare(m_store.handle(),
                                    QStringLiteral("SELECT id FROM model WHERE status = 'active'"));
    QStringList retired;
    while (previous && sqlite3_step(previous.get()) == SQLITE_ROW)
        if (sqlite3_column_int64(previous.get(), 0) != id)
            retired << QString::number(sqlite3_column_int64(previous.get(), 0));
    for (const auto &sql : {QStringLiteral("UPDATE model SET status = 'retired' WHERE status = "
                                           "'active' AND id <> ?1"),
                            QStringLiteral("UPDATE model SET status = 'active' WHERE id = ?1")}) {
        auto stmt = sqlite::prepare(m_store.handle(), sql);
        if (!stmt)
            return storeFailure(m_store);
        sqlite3_bind_int64(stmt.get(), 1, id);
        if (sqlite3_step(stmt.get()) != SQLITE_DONE)
            return storeFailure(m_store);
    }
    auto audited = m_store.audit(
        QStringLiteral("model.activate"),
        QStringLiteral("model %1 (%2 v%3) active%4")
            .arg(id)
            .arg(model.value().name)
            .arg(model.value().version)
            .arg(retired.isEmpty() ? QString()
                                   : QStringLiteral("; retired %1").arg(retired.join(u','))));
    if (!audited)
        return audited.error();
    if (!transaction.commit())
        return storeFailure(m_store);
    return {};
}

} // namespace stormcrew
