#include "territoryimporter.h"

#include "assetcolumns.h"
#include "assetwriter.h"
#include "geodesy.h"
#include "ingestlogging.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "vectorsource.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

namespace stormcrew {

namespace {

bool isPolygonal(OGRGeometryH geometry)
{
    const auto type = wkbFlatten(OGR_G_GetGeometryType(geometry));
    return type == wkbPolygon || type == wkbMultiPolygon;
}

// The polygons inside whatever MakeValid returned (it may add lines or points where a ring
// collapsed), as one multipolygon; null when nothing polygonal is left.
gdal::GeometryPtr polygonalPart(OGRGeometryH geometry)
{
    const auto type = wkbFlatten(OGR_G_GetGeometryType(geometry));
    if (type == wkbPolygon || type == wkbMultiPolygon)
        return gdal::GeometryPtr(OGR_G_Clone(geometry));
    if (type != wkbGeometryCollection)
        return {};
    gdal::GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i) {
        OGRGeometryH part = OGR_G_GetGeometryRef(geometry, i);
        const auto partType = wkbFlatten(OGR_G_GetGeometryType(part));
        if (partType == wkbPolygon) {
            (void)OGR_G_AddGeometry(multi.get(), part);
        } else if (partType == wkbMultiPolygon) {
            for (int j = 0; j < OGR_G_GetGeometryCount(part); ++j)
                (void)OGR_G_AddGeometry(multi.get(), OGR_G_GetGeometryRef(part, j));
        }
    }
    if (OGR_G_GetGeometryCount(multi.get()) == 0)
        return {};
    return multi;
}

QString firstPresent(const VectorSource &source, const QStringList &candidates)
{
    for (const QString &name : candidates) {
        if (source.fieldIndex(name) >= 0)
            return name;
    }
    return {};
}

} // namespace

TerritoryImporter::TerritoryImporter(Store &store) : m_store(store)
{}

Result<ImportReport> TerritoryImporter::run(const QString &file,
                                            const TerritoryImportOptions &options,
                                            RejectPolicy policy)
{
    gdal::QuietErrors quiet; // GDAL's warnings become notes and rejects, not stderr noise
    auto opened = VectorSource::open(file, {options.layer, options.where, options.crs, true});
    if (!opened)
        return opened.error();
    VectorSource &source = *opened.value();

    const QString idField =
        options.idField.isEmpty()
            ? firstPresent(source, {QStringLiteral("code"), QStringLiteral("id")})
            : options.idField;
    const QString nameField = options.nameField.isEmpty()
                                  ? firstPresent(source, {QStringLiteral("name")})
                                  : options.nameField;
    const QString fields = source.fieldNames().join(QStringLiteral(", "));
    const int idIndex = idField.isEmpty() ? -1 : source.fieldIndex(idField);
    const int nameIndex = nameField.isEmpty() ? -1 : source.fieldIndex(nameField);
    if (!idField.isEmpty() && idIndex < 0)
        return Error{
            tr("has no field '%1' for --id-field; its fields are: %2").arg(idField, fields),
            file,
            0,
            {}};
    if (!nameField.isEmpty() && nameIndex < 0)
        return Error{
            tr("has no field '%1' for --name-field; its fields are: %2").arg(nameField, fields),
            file,
            0,
            {}};
    const AssetColumns assets = AssetColumns::find(source, {});

    ImportReport report(QStringLiteral("territories"), file);
    for (const QString &note : source.notes())
        report.note(note);
    if (idIndex < 0)
        report.note(tr("No --id-field given and no 'code' or 'id' field: the feature ids are the "
                       "territory codes."));
    if (assets.any())
        report.note(tr("Asset columns taken from the layer: %1.")
                        .arg(assets.found().join(QStringLiteral(", "))));

    ImportTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();

    sqlite3 *db = m_store.handle();
    auto upsert = sqlite::prepare(
        db, QStringLiteral(
                "INSERT INTO territory(code, name, geometry, min_lon, min_lat, max_lon, max_lat, "
                "area_km2, source, imported_time) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10) "
                "ON CONFLICT(code) DO UPDATE SET name=excluded.name, geometry=excluded.geometry, "
                "min_lon=excluded.min_lon, min_lat=excluded.min_lat, max_lon=excluded.max_lon, "
                "max_lat=excluded.max_lat, area_km2=excluded.area_km2, source=excluded.source, "
                "imported_time=excluded.imported_time RETURNING id"));
    if (!upsert)
        return Error{sqlite::lastError(db), m_store.path(), 0, {}};
    AssetWriter assetWriter(m_store);

    const QByteArray sourceName = QFileInfo(file).fileName().toUtf8();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSet<QString> seen;
    QStringList repaired;
    qint64 repairedCount = 0;
    qint64 unnamed = 0;

    while (gdal::FeaturePtr feature = source.next()) {
        report.countRead();
        auto where = [&](const QString &field, const QString &message) {
            return Error{message, file, source.line(), field};
        };
        QString code;
        if (idIndex >= 0) {
            auto text = source.text(feature.get(), idIndex);
            if (!text)
                return text.error();
            code = text.value();
        } else {
            code = QString::number(OGR_F_GetFID(feature.get()));
        }
        if (code.isEmpty()) {
            report.reject(RejectReason::Missing, where(idField, tr("the territory code is empty")));
            continue;
        }
        if (seen.contains(code)) {
            report.reject(RejectReason::Duplicate,
                          where(idField, tr("territory %1 appears more than once").arg(code)));
            continue;
        }
        seen.insert(code);
        QString name;
        if (nameIndex >= 0) {
            auto text = source.text(feature.get(), nameIndex);
            if (!text)
                return text.error();
            name = text.value();
        }
        if (name.isEmpty()) {
            name = code;
            ++unnamed;
        }

        auto taken = source.takeGeometry(feature.get());
        if (!taken) {
            report.reject(RejectReason::BadGeometry, taken.error());
            continue;
        }
        gdal::GeometryPtr geometry = std::move(taken).value();
        if (!geometry) {
            report.reject(RejectReason::BadGeometry,
                          where({}, tr("territory %1 has no geometry").arg(code)));
            continue;
        }
        if (!isPolygonal(geometry.get())) {
            report.reject(RejectReason::BadGeometry,
                          where({}, tr("territory %1 is a %2, not a polygon")
                                        .arg(code, QString::fromUtf8(
                                                       OGR_G_GetGeometryName(geometry.get())))));
            continue;
        }
        if (!OGR_G_IsValid(geometry.get())) {
            gdal::GeometryPtr valid(OGR_G_MakeValid(geometry.get()));
            gdal::GeometryPtr polygons = valid ? polygonalPart(valid.get()) : gdal::GeometryPtr();
            if (!polygons || !OGR_G_IsValid(polygons.get())) {
                report.reject(RejectReason::BadGeometry,
                              where({}, tr("the outline of territory %1 is invalid and could "
                                           "not be repaired")
                                            .arg(code)));
                continue;
            }
            geometry = std::move(polygons);
            ++repairedCount;
            if (repaired.size() < ImportReport::SamplesPerReason)
                repaired.append(code);
        }

        auto assetValues = assets.read(source, feature.get(), report);
        if (!assetValues)
            return assetValues.error();
        if (!assetValues.value())
            continue;

        OGREnvelope box;
        OGR_G_GetEnvelope(geometry.get(), &box);
        QByteArray wkb(OGR_G_WkbSize(geometry.get()), Qt::Uninitialized);
        OGR_G_ExportToWkb(geometry.get(), wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
        // A row whose asset values are rejected after its outline was written must leave no trace.
        if (assets.any() &&
            sqlite3_exec(db, "SAVEPOINT territory_row", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error{sqlite::lastError(db), m_store.path(), 0, {}};
        const QByteArray codeUtf8 = code.toUtf8();
        const QByteArray nameUtf8 = name.toUtf8();
        sqlite3_stmt *stmt = upsert.get();
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, codeUtf8.constData(), int(codeUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_blob(stmt, 3, wkb.constData(), int(wkb.size()), SQLITE_STATIC);
        sqlite3_bind_double(stmt, 4, box.MinX);
        sqlite3_bind_double(stmt, 5, box.MinY);
        sqlite3_bind_double(stmt, 6, box.MaxX);
        sqlite3_bind_double(stmt, 7, box.MaxY);
        sqlite3_bind_double(stmt, 8, geodesy::areaKm2(geometry.get()));
        sqlite3_bind_text(stmt, 9, sourceName.constData(), int(sourceName.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 10, now);
        if (sqlite3_step(stmt) != SQLITE_ROW)
            return Error{
                tr("territory %1 could not be written: %2").arg(code, sqlite::lastError(db)),
                m_store.path(),
                0,
                {}};
        const qint64 territoryId = sqlite3_column_int64(stmt, 0);
        sqlite3_reset(stmt);
        if (assets.any()) {
            auto written =
                assetWriter.write(territoryId, *assetValues.value(), where({}, {}), report);
            if (!written)
                return written.error();
            if (!written.value())
                (void)sqlite3_exec(db, "ROLLBACK TO territory_row", nullptr, nullptr, nullptr);
            (void)sqlite3_exec(db, "RELEASE territory_row", nullptr, nullptr, nullptr);
            if (!written.value())
                continue;
        }
        report.countAccepted();
    }
    if (report.read() == 0)
        return Error{options.where.isEmpty()
                         ? tr("layer '%1' holds no feature").arg(source.layerName())
                         : tr("no feature of layer '%1' matches --where \"%2\"")
                               .arg(source.layerName(), options.where),
                     file,
                     0,
                     {}};
    if (repairedCount > 0)
        report.note(
            tr("%n invalid outline(s) repaired with MakeValid: %1", nullptr, int(repairedCount))
                .arg(repaired.join(QStringLiteral(", ")) +
                     (repairedCount > repaired.size() ? QStringLiteral(", ...") : QString())));
    if (unnamed > 0)
        report.note(tr("%n territory(ies) without a name: the code is used as the name.", nullptr,
                       int(unnamed)));
    qCDebug(lcIngest) << "territories" << file << report.accepted() << "accepted of"
                      << report.read();

    if (auto finished = transaction.finish(report, policy);
        !finished && ImportTransaction::accepts(report, policy))
        return finished.error();
    return report;
}

} // namespace stormcrew
