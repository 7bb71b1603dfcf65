#include "predictionexport.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <cpl_conv.h>
#include <ogr_api.h>

#include <cmath>

namespace stormcrew {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonObject territoryJson(const TerritoryPrediction &t)
{
    QJsonObject factors;
    for (const ExplanationFactor &factor : t.factors)
        factors.insert(factor.key, number(factor.factor));
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("mean"), number(t.mean)},
            {QStringLiteral("p10"), number(t.p10)},
            {QStringLiteral("p50"), number(t.p50)},
            {QStringLiteral("p90"), number(t.p90)},
            {QStringLiteral("customers"), number(t.customers)},
            {QStringLiteral("capped"), t.capped},
            {QStringLiteral("baseline"), number(t.baseline)},
            {QStringLiteral("factors"), factors}};
}

QString csvText(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 10) : QString();
}

QByteArray csv(const StormPrediction &prediction)
{
    QStringList factorKeys;
    for (const TerritoryPrediction &t : prediction.territories)
        for (const ExplanationFactor &f : t.factors)
            if (!factorKeys.contains(f.key))
                factorKeys << f.key;
    QString text = QStringLiteral("code,name,mean,p10,p50,p90,customers,capped,baseline");
    for (const QString &key : factorKeys)
        text += QStringLiteral(",factor_") + key;
    text += QLatin1Char('\n');
    for (const TerritoryPrediction &t : prediction.territories) {
        QStringList cells{
            csvText(t.code),        csvText(t.name),
            csvNumber(t.mean),      csvNumber(t.p10),
            csvNumber(t.p50),       csvNumber(t.p90),
            csvNumber(t.customers), t.capped ? QStringLiteral("1") : QStringLiteral("0"),
            csvNumber(t.baseline)};
        QHash<QString, double> byKey;
        for (const ExplanationFactor &f : t.factors)
            byKey.insert(f.key, f.factor);
        for (const QString &key : factorKeys)
            cells << csvNumber(byKey.value(key, std::nan("")));
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

Result<QByteArray> geojson(const StormPrediction &prediction, const Store &store)
{
    auto stmt =
        sqlite::prepare(store.handle(), QStringLiteral("SELECT id, geometry FROM territory"));
    if (!stmt)
        return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
    QHash<qint64, QByteArray> geometries;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const auto *wkb = static_cast<const unsigned char *>(sqlite3_column_blob(stmt.get(), 1));
        OGRGeometryH geometry = nullptr;
        if (OGR_G_CreateFromWkb(wkb, nullptr, &geometry, sqlite3_column_bytes(stmt.get(), 1)) !=
            OGRERR_NONE)
            continue;
        char *json = OGR_G_ExportToJson(geometry);
        geometries.insert(sqlite3_column_int64(stmt.get(), 0), QByteArray(json));
        CPLFree(json);
        OGR_G_DestroyGeometry(geometry);
    }
    QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    bool first = true;
    for (const TerritoryPrediction &t : prediction.territories) {
        if (!first)
            out += ",\n";
        first = false;
        out += "{\"type\":\"Feature\",\"properties\":";
        out += QJsonDocument(territoryJson(t)).toJson(QJsonDocument::Compact);
        out += ",\"geometry\":";
        out += geometries.value(t.territoryId, QByteArrayLiteral("null"));
        out += '}';
    }
    out += "\n]}\n";
    return out;
}

} // namespace

QJsonObject PredictionExport::toJson(const StormPrediction &p)
{
    QJsonArray territories;
    for (const TerritoryPrediction &t : p.territories)
        territories.append(territoryJson(t));
    QJsonArray reasons = QJsonArray::fromStringList(p.distribution.reasons);
    QJsonArray nearest;
    for (const auto &n : p.distribution.nearest)
        nearest.append(QJsonObject{{QStringLiteral("code"), n.code},
                                   {QStringLiteral("kind"), n.kind},
                                   {QStringLiteral("start"), isoTime(n.start)},
                                   {QStringLiteral("distance"), n.distance},
                                   {QStringLiteral("outages"), n.outages}});
    return {{QStringLiteral("storm"), p.stormCode},
            {QStringLiteral("modelId"), p.modelId},
            {QStringLiteral("modelVersion"), p.modelVersion},
            {QStringLiteral("windowStart"), isoTime(p.windowStart)},
            {QStringLiteral("windowEnd"), isoTime(p.windowEnd)},
            {QStringLiteral("asOf"), p.asOf ? QJsonValue(isoTime(*p.asOf)) : QJsonValue()},
            {QStringLiteral("forecastIssued"),
             p.forecastIssued ? QJsonValue(isoTime(*p.forecastIssued)) : QJsonValue()},
            {QStringLiteral("total"), QJsonObject{{QStringLiteral("mean"), p.totals.mean},
                                                  {QStringLiteral("p10"), p.totals.p10},
                                                  {QStringLiteral("p50"), p.totals.p50},
                                                  {QStringLiteral("p90"), p.totals.p90},
                                                  {QStringLiteral("draws"), p.draws.draws}}},
            {QStringLiteral("outOfDistribution"),
             QJsonObject{{QStringLiteral("flagged"), p.distribution.outside},
                         {QStringLiteral("reasons"), reasons},
                         {QStringLiteral("nearestStorms"), nearest}}},
            {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)},
            {QStringLiteral("territories"), territories}};
}

Result<void> PredictionExport::write(const StormPrediction &prediction, const Store &store,
                                     const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("csv")) {
        bytes = csv(prediction);
    } else if (suffix == QLatin1String("json")) {
        bytes = QJsonDocument(toJson(prediction)).toJson(QJsonDocument::Indented);
    } else if (suffix == QLatin1String("geojson")) {
        auto text = geojson(prediction, store);
        if (!text)
            return text.error();
        bytes = std::move(text).value();
    } else {
        return Error{
            tr("unknown file type '.%1': name the file .csv, .json or .geojson").arg(suffix), path,
            0, QStringLiteral("--out")};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("cannot write the file: %1").arg(file.errorString()), path, 0, {}};
    return {};
}

} // namespace stormcrew
