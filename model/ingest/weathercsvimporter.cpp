#include "weathercsvimporter.h"

#include "gdalraster.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <charconv>
#include <cmath>
#include <memory>

namespace stormcrew {

namespace {

struct DatasetCloser {
    void operator()(void *dataset) const { GDALClose(dataset); }
};
struct FeatureDestroyer {
    void operator()(void *feature) const { OGR_F_Destroy(feature); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
using FeaturePtr = std::unique_ptr<void, FeatureDestroyer>;

// The CSV's columns that feed a weather row: -1 when the file lacks one.
struct Layout {
    int territory = -1;
    int validTime = -1;
    int issuedTime = -1;
    std::array<int, WeatherFieldCount> field{-1, -1, -1, -1, -1, -1};
    std::array<WeatherSchema::Conversion, WeatherFieldCount> conversion{};
};

} // namespace

namespace weatherimport {

Result<QHash<QByteArray, qint64>> territoryIds(const Store &store)
{
    QHash<QByteArray, qint64> ids;
    auto stmt = sqlite::prepare(store.handle(), QStringLiteral("SELECT code, id FROM territory"));
    if (!stmt)
        return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), 0));
        ids.insert(QByteArray(text, sqlite3_column_bytes(stmt.get(), 0)),
                   sqlite3_column_int64(stmt.get(), 1));
    }
    return ids;
}

std::optional<double> parseNumber(const char *text, qsizetype size)
{
    while (size > 0 && (*text == ' ' || *text == '\t')) {
        ++text;
        --size;
    }
    while (size > 0 && (text[size - 1] == ' ' || text[size - 1] == '\t'))
        --size;
    if (size > 0 && *text == '+') {
        ++text;
        --size;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(text, text + size, value);
    if (size == 0 || ec != std::errc() || end != text + size || !std::isfinite(value))
        return std::nullopt;
    return value;
}

qsizetype invalidUtf8At(const char *text, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = s[i];
        const int extra = c < 0x80           ? 0
                          : (c >> 5) == 0x6  ? 1
                          : (c >> 4) == 0xE  ? 2
                          : (c >> 3) == 0x1E ? 3
                                             : -1;
        if (extra < 0 || i + extra >= size + (extra == 0 ? 1 : 0))
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

LargeCache::LargeCache(Store &store) : m_store(store)
{
    auto query = sqlite::prepare(store.handle(), QStringLiteral("PRAGMA cache_size"));
    if (query && sqlite3_step(query.get()) == SQLITE_ROW)
        m_previous = sqlite3_column_int64(query.get(), 0);
    (void)sqlite3_exec(store.handle(), "PRAGMA cache_size=-524288", nullptr, nullptr, nullptr);
}

LargeCache::~LargeCache()
{
    const QByteArray restore = "PRAGMA cache_size=" + QByteArray::number(m_previous);
    (void)sqlite3_exec(m_store.handle(), restore.constData(), nullptr, nullptr, nullptr);
}

QString gdalPath(const QString &file)
{
    if (file.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) &&
        !file.startsWith(QLatin1String("/vsi")))
        return QStringLiteral("/vsigzip/") + file;
    return file;
}

} // namespace weatherimport

Result<QMap<WeatherField, QString>> WeatherCsvImporter::parseUnits(const QString &text)
{
    QMap<WeatherField, QString> units;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = entry.section(QLatin1Char('='), 0, 0).trimmed();
        const QString unit = entry.section(QLatin1Char('='), 1).trimmed();
        const auto field = WeatherSchema::fromShortName(name);
        if (!field || unit.isEmpty())
            return Error{tr("--units '%1': write field=unit, e.g. gust=mph,wind=kt,precip=in "
                            "(fields: gust, wind, precip, temp, snow, ice)")
                             .arg(entry),
                         {},
                         0,
                         {}};
        if (!WeatherSchema::conversion(*field, unit))
            return Error{tr("--units '%1': unknown unit for %2").arg(entry, name), {}, 0, {}};
        units.insert(*field, unit);
    }
    return units;
}

Result<QMap<QString, QString>> WeatherCsvImporter::parseMap(const QStringList &entries)
{
    static const QStringList known = {
        QStringLiteral("territory"), QStringLiteral("valid_time"), QStringLiteral("issued_time"),
        QStringLiteral("gust_ms"),   QStringLiteral("wind_ms"),    QStringLiteral("precip_mm"),
        QStringLiteral("temp_c"),    QStringLiteral("snow_mm"),    QStringLiteral("ice_mm")};
    QMap<QString, QString> map;
    for (const QString &list : entries) {
        for (const QString &entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = entry.section(QLatin1Char('='), 0, 0).trimmed();
            const QString column = entry.section(QLatin1Char('='), 1).trimmed();
            QString canonical = name;
            if (const auto field = WeatherSchema::fromShortName(name))
                canonical = WeatherSchema::column(*field);
            if (!known.contains(canonical) || column.isEmpty())
                return Error{tr("--map '%1': write name=column with a name among %2")
                                 .arg(entry, known.join(QStringLiteral(", "))),
                             {},
                             0,
                             {}};
            map.insert(canonical, column);
        }
    }
    return map;
}

Result<ImportReport> WeatherCsvImporter::run(Store &store, const QString &file,
                                             const WeatherCsvOptions &options, RejectPolicy policy)
{
    ensureGdalRegistered();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    const QString gdalFile = weatherimport::gdalPath(file);
    const char *drivers[] = {"CSV", nullptr};
    // Every field as text: we parse numbers and times ourselves, with messages per field.
    const char *openOptions[] = {"AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", nullptr};
    DatasetPtr dataset(GDALOpenEx(gdalFile.toUtf8().constData(),
                                  GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                  drivers, openOptions, nullptr));
    const QString openError = lastGdalError();
    CPLPopErrorHandler();
    if (!dataset)
        return Error{QFileInfo::exists(file) ? tr("cannot be read as CSV: %1").arg(openError)
                                             : tr("does not exist"),
                     file,
                     0,
                     {}};
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);

    auto columnOf = [&](const QString &name) {
        const QString header = options.columns.value(name, name);
        return OGR_FD_GetFieldIndex(definition, header.toUtf8().constData());
    };
    QStringList headers;
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
        const char *name = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i));
        if (weatherimport::invalidUtf8At(name, qsizetype(strlen(name))) >= 0)
            return Error{tr("is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t "
                            "UTF-8 in.csv > out.csv"),
                         file,
                         1,
                         {}};
        headers.append(QString::fromUtf8(name));
    }
    Layout layout;
    layout.territory = columnOf(QStringLiteral("territory"));
    layout.validTime = columnOf(QStringLiteral("valid_time"));
    layout.issuedTime = columnOf(QStringLiteral("issued_time"));
    for (const auto &[required, index] :
         {std::pair{QStringLiteral("territory"), layout.territory},
          std::pair{QStringLiteral("valid_time"), layout.validTime}}) {
        if (index < 0)
            return Error{tr("has no column '%1' (columns: %2); name the right one with --map "
                            "%1=COLUMN")
                             .arg(options.columns.value(required, required),
                                  headers.join(QStringLiteral(", "))),
                         file,
                         1,
                         {}};
    }
    bool anyValue = false;
    for (int i = 0; i < WeatherFieldCount; ++i) {
        const auto field = WeatherField(i);
        layout.field[size_t(i)] = columnOf(WeatherSchema::column(field));
        anyValue = anyValue || layout.field[size_t(i)] >= 0;
        layout.conversion[size_t(i)] =
            *WeatherSchema::conversion(field, options.units.value(field));
    }
    if (!anyValue)
        return Error{tr("has no weather column (gust_ms, wind_ms, precip_mm, temp_c, snow_mm, "
                        "ice_mm); columns: %1; use --map to name them")
                         .arg(headers.join(QStringLiteral(", "))),
                     file,
                     1,
                     {}};

    auto territories = weatherimport::territoryIds(store);
    if (!territories)
        return territories.error();

    ImportReport report(QStringLiteral("weather"), file);
    const weatherimport::LargeCache cache(store);
    ImportTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto writer = WeatherWriter::prepare(store);
    if (!writer)
        return writer.error();
    const QByteArray source = options.source.toUtf8();
    WeatherTimeParser times(options.zone);

    auto text = [](OGRFeatureH feature, int index, qsizetype &size) -> const char * {
        if (index < 0 || !OGR_F_IsFieldSetAndNotNull(feature, index)) {
            size = 0;
            return "";
        }
        const char *value = OGR_F_GetFieldAsString(feature, index);
        size = qsizetype(strlen(value));
        return value;
    };
    OGR_L_ResetReading(layer);
    qint64 line = 1;
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        OGRFeatureH f = feature.get();
        // OGR numbers CSV records from 1 after the header (multi-line quoted fields aside).
        line = OGR_F_GetFID(f) + 1;
        report.countRead();
        auto reject = [&](RejectReason reason, const QString &field, const QString &message) {
            report.reject(reason, Error{message, file, line, field});
        };

        qsizetype size = 0;
        const char *code = text(f, layout.territory, size);
        const qsizetype codeSize = size;
        if (size == 0) {
            reject(RejectReason::Missing, QStringLiteral("territory"), tr("no territory"));
            continue;
        }
        const auto id = territories.value().constFind(QByteArray::fromRawData(code, size));
        if (id == territories.value().cend()) {
            if (weatherimport::invalidUtf8At(code, size) >= 0)
                return Error{tr("is not UTF-8 text; convert it first, e.g. iconv -f "
                                "WINDOWS-1252 -t UTF-8 in.csv > out.csv"),
                             file, line, QStringLiteral("territory")};
            reject(RejectReason::UnknownTerritory, QStringLiteral("territory"),
                   tr("'%1' is not a territory in the store").arg(QString::fromUtf8(code, size)));
            continue;
        }
        const char *valid = text(f, layout.validTime, size);
        if (size == 0) {
            reject(RejectReason::Missing, QStringLiteral("valid_time"), tr("no valid time"));
            continue;
        }
        const Result<qint64> validTime = times.parse(valid, size);
        if (!validTime) {
            reject(RejectReason::BadTime, QStringLiteral("valid_time"), validTime.error().message);
            continue;
        }
        std::optional<qint64> issuedTime;
        const char *issued = text(f, layout.issuedTime, size);
        if (size > 0) {
            const Result<qint64> parsed = times.parse(issued, size);
            if (!parsed) {
                reject(RejectReason::BadTime, QStringLiteral("issued_time"),
                       parsed.error().message);
                continue;
            }
            issuedTime = parsed.value();
        }
        WeatherValues values;
        bool rejected = false;
        for (int i = 0; i < WeatherFieldCount && !rejected; ++i) {
            const char *raw = text(f, layout.field[size_t(i)], size);
            if (size == 0)
                continue;
            const auto number = weatherimport::parseNumber(raw, size);
            if (!number) {
                reject(RejectReason::NotANumber, WeatherSchema::column(WeatherField(i)),
                       tr("'%1' is not a number").arg(QString::fromUtf8(raw, size)));
                rejected = true;
                break;
            }
            const double value = layout.conversion[size_t(i)].apply(*number);
            if (const QString why = WeatherSchema::implausible(WeatherField(i), value);
                !why.isEmpty()) {
                reject(RejectReason::Impossible, WeatherSchema::column(WeatherField(i)), why);
                rejected = true;
                break;
            }
            values.put(WeatherField(i), value);
        }
        if (rejected)
            continue;
        if (values.isEmpty()) {
            reject(RejectReason::Missing, {}, tr("no weather value in the row"));
            continue;
        }
        if (const QString why = WeatherSchema::inconsistent(values); !why.isEmpty()) {
            reject(RejectReason::Impossible, QStringLiteral("gust_ms"), why);
            continue;
        }
        switch (writer.value().write(id.value(), validTime.value(), issuedTime, source, values)) {
        case WeatherWriter::Outcome::Written:
            report.countAccepted();
            break;
        case WeatherWriter::Outcome::Duplicate:
            reject(RejectReason::Duplicate, QStringLiteral("valid_time"),
                   tr("territory %1 already has %2 weather for this valid and issued time "
                      "(earlier in the file or in the store)")
                       .arg(QString::fromUtf8(code, codeSize), options.source));
            break;
        case WeatherWriter::Outcome::Failed:
            return writer.value().lastError();
        }
    }
    if (report.read() == 0)
        return Error{tr("has a header but no rows"), file, 0, {}};
    if (auto finished = transaction.finish(report, policy); !finished)
        return finished.error();
    return report;
}

} // namespace stormcrew
