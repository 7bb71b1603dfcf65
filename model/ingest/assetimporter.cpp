#include "assetimporter.h"

#include "assetcolumns.h"
#include "assetwriter.h"
#include "geodesy.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/territoryrepository.h"
#include "vectorsource.h"

#include <QSet>

#include <map>

namespace stormcrew {

namespace {

Error storeError(const Store &store)
{
    return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
}

bool isLinear(OGRGeometryH geometry)
{
    const auto type = wkbFlatten(OGR_G_GetGeometryType(geometry));
    return type == wkbLineString || type == wkbMultiLineString;
}

} // namespace

AssetImporter::AssetImporter(Store &store) : m_store(store)
{}

Result<ImportReport> AssetImporter::run(const QString &file, const AssetImportOptions &options,
                                        RejectPolicy policy)
{
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
        if (!AssetColumns::names().contains(it.key()))
            return Error{
                tr("--map %1=%2: '%1' is not an asset attribute; they are: %3")
                    .arg(it.key(), it.value(), AssetColumns::names().join(QStringLiteral(", "))),
                {},
                0,
                {}};
    }
    gdal::QuietErrors quiet;
    return options.lines ? importLines(file, options, policy) : importTable(file, options, policy);
}

Result<ImportReport> AssetImporter::importTable(const QString &file,
                                                const AssetImportOptions &options,
                                                RejectPolicy policy)
{
    auto opened = VectorSource::open(file, {options.layer, options.where, {}, false});
    if (!opened)
        return opened.error();
    VectorSource &source = *opened.value();
    const QString idField = options.idField.isEmpty() ? QStringLiteral("code") : options.idField;
    const int idIndex = source.fieldIndex(idField);
    const QString available = source.fieldNames().join(QStringLiteral(", "));
    if (idIndex < 0)
        return Error{tr("has no column '%1' with the territory code; name it with --id-field "
                        "(its columns are: %2)")
                         .arg(idField, available),
                     file,
                     0,
                     {}};
    const AssetColumns columns = AssetColumns::find(source, options.mapping);
    if (!columns.any())
        return Error{tr("has none of the asset columns %1; map yours with --map "
                        "attribute=column (its columns are: %2)")
                         .arg(AssetColumns::names().join(QStringLiteral(", ")), available),
                     file,
                     0,
                     {}};

    QHash<QString, qint64> territoryByCode;
    {
        auto stmt = sqlite::prepare(m_store.handle(), QStringLiteral("SELECT code, id FROM "
                                                                     "territory"));
        while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW)
            territoryByCode.insert(sqlite::columnText(stmt.get(), 0),
                                   sqlite3_column_int64(stmt.get(), 1));
    }
    ImportReport report(QStringLiteral("assets"), file);
    report.note(tr("Asset columns read: %1.").arg(columns.found().join(QStringLiteral(", "))));
    ImportTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    AssetWriter writer(m_store);
    QSet<QString> seen;
    while (gdal::FeaturePtr feature = source.next()) {
        report.countRead();
        const Error where{{}, file, source.line(), idField};
        auto code = source.text(feature.get(), idIndex);
        if (!code)
            return code.error();
        if (code.value().isEmpty()) {
            report.reject(RejectReason::Missing,
                          Error{tr("the territory code is empty"), file, source.line(), idField});
            continue;
        }
        const auto territory = territoryByCode.constFind(code.value());
        if (territory == territoryByCode.cend()) {
            report.reject(RejectReason::UnknownTerritory,
                          Error{tr("territory '%1' is not in the store").arg(code.value()), file,
                                source.line(), idField});
            continue;
        }
        if (seen.contains(code.value())) {
            report.reject(RejectReason::Duplicate,
                          Error{tr("territory %1 appears more than once").arg(code.value()), file,
                                source.line(), idField});
            continue;
        }
        seen.insert(code.value());
        auto values = columns.read(source, feature.get(), report);
        if (!values)
            return values.error();
        if (!values.value())
            continue;
        auto written = writer.write(territory.value(), *values.value(), where, report);
        if (!written)
            return written.error();
        if (written.value())
            report.countAccepted();
    }
    if (auto finished = transaction.finish(report, policy);
        !finished && ImportTransaction::accepts(report, policy))
        return finished.error();
    return report;
}

Result<ImportReport> AssetImporter::importLines(const QString &file,
                                                const AssetImportOptions &options,
                                                RejectPolicy policy)
{
    if (options.linesAttribute != QLatin1String("overhead_km") &&
        options.linesAttribute != QLatin1String("underground_km"))
        return Error{tr("lines can be summed into overhead_km or underground_km, not '%1'")
                         .arg(options.linesAttribute),
                     {},
                     0,
                     {}};
    auto opened = VectorSource::open(file, {options.layer, options.where, options.crs, true});
    if (!opened)
        return opened.error();
    VectorSource &source = *opened.value();
    auto shapes = TerritoryRepository(m_store).shapes();
    if (!shapes)
        return shapes.error();
    if (shapes.value().empty())
        return Error{tr("the store holds no territory yet; import territories first"),
                     m_store.path(),
                     0,
                     {}};

    struct Outline {
        qint64 id;
        GeoBounds bounds;
        gdal::GeometryPtr geometry;
    };
    std::vector<Outline> outlines;
    for (const TerritoryShape &shape : shapes.value()) {
        OGRGeometryH raw = nullptr;
        if (OGR_G_CreateFromWkb(shape.wkb.constData(), nullptr, &raw, int(shape.wkb.size())) !=
            OGRERR_NONE)
            return Error{
                tr("the outline of territory %1 in the store cannot be read").arg(shape.code),
                m_store.path(),
                0,
                {}};
        outlines.push_back({shape.id, shape.bounds, gdal::GeometryPtr(raw)});
    }

    ImportReport report(QStringLiteral("assets"), file);
    std::map<qint64, double> kmByTerritory;
    double totalKm = 0;
    double insideKm = 0;
    while (gdal::FeaturePtr feature = source.next()) {
        report.countRead();
        auto taken = source.takeGeometry(feature.get());
        if (!taken) {
            report.reject(RejectReason::BadGeometry, taken.error());
            continue;
        }
        const gdal::GeometryPtr line = std::move(taken).value();
        if (!line || !isLinear(line.get())) {
            report.reject(RejectReason::BadGeometry,
                          Error{line
                                    ? tr("is a %1, not a line")
                                          .arg(QString::fromUtf8(OGR_G_GetGeometryName(line.get())))
                                    : tr("has no geometry"),
                                file,
                                source.line(),
                                {}});
            continue;
        }
        OGREnvelope box;
        OGR_G_GetEnvelope(line.get(), &box);
        totalKm += geodesy::lengthKm(line.get());
        double lineInside = 0;
        for (const Outline &outline : outlines) {
            const GeoBounds &b = outline.bounds;
            if (box.MaxX < b.minLon || box.MinX > b.maxLon || box.MaxY < b.minLat ||
                box.MinY > b.maxLat || !OGR_G_Intersects(line.get(), outline.geometry.get()))
                continue;
            const gdal::GeometryPtr part(OGR_G_Intersection(line.get(), outline.geometry.get()));
            const double km = part ? geodesy::lengthKm(part.get()) : 0;
            if (km > 0) {
                kmByTerritory[outline.id] += km;
                lineInside += km;
            }
        }
        if (lineInside <= 0) {
            report.reject(RejectReason::OutsideTerritories,
                          Error{tr("the line lies in no territory"), file, source.line(), {}});
            continue;
        }
        insideKm += lineInside;
        report.countAccepted();
    }

    ImportTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto update = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("UPDATE territory SET %1 = ?2 WHERE id = ?1").arg(options.linesAttribute));
    if (!update)
        return storeError(m_store);
    for (const auto &[territory, km] : kmByTerritory) {
        sqlite3_reset(update.get());
        sqlite3_bind_int64(update.get(), 1, territory);
        sqlite3_bind_double(update.get(), 2, km);
        if (sqlite3_step(update.get()) != SQLITE_DONE)
            return storeError(m_store);
    }
    report.note(tr("%1 km of lines, %2 km inside territories, summed into %3 of %4 territories "
                   "(%5); the others keep their value.")
                    .arg(totalKm, 0, 'f', 1)
                    .arg(insideKm, 0, 'f', 1)
                    .arg(kmByTerritory.size())
                    .arg(outlines.size())
                    .arg(options.linesAttribute));
    if (auto finished = transaction.finish(report, policy);
        !finished && ImportTransaction::accepts(report, policy))
        return finished.error();
    return report;
}

} // namespace stormcrew
