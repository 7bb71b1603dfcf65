#include "weathercsvimporter.h"

#include "csvsource.h"
#include "ingestlogging.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "weatherbulkload.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <charconv>
#include <cmath>
#include <memory>

namespace stormcrew {

namespace {

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

Result<TerritoryIds> territoryIds(const Store &store)
{
    TerritoryIds ids;
    auto stmt = sqlite::prepare(store.handle(), QStringLiteral("SELECT code, id FROM territory"));
    if (!stmt)
        return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
    while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), 0));
        ids.insert(QByteArrayView(text, sqlite3_column_bytes(stmt.get(), 0)),
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

namespace {

QString notUtf8Message()
{
    return WeatherCsvImporter::tr("is not UTF-8 text; convert it first, e.g. iconv -f "
                                  "WINDOWS-1252 -t UTF-8 in.csv > out.csv");
}

// Finds the columns of the file's header, or says which is missing.
Result<Layout> findColumns(const CsvSource &csv, const QString &file,
                           const WeatherCsvOptions &options)
{
    QStringList headers;
    for (const QByteArray &name : csv.header()) {
        if (!QByteArrayView(name).isValidUtf8())
            return Error{notUtf8Message(), file, 1, {}};
        headers.append(QString::fromUtf8(name));
    }
    auto columnOf = [&](const QString &name) {
        return csv.column(options.columns.value(name, name).toUtf8());
    };
    Layout layout;
    layout.territory = columnOf(QStringLiteral("territory"));
    layout.validTime = columnOf(QStringLiteral("valid_time"));
    layout.issuedTime = columnOf(QStringLiteral("issued_time"));
    for (const auto &[required, index] :
         {std::pair{QStringLiteral("territory"), layout.territory},
          std::pair{QStringLiteral("valid_time"), layout.validTime}}) {
        if (index < 0)
            return Error{WeatherCsvImporter::tr("has no column '%1' (columns: %2); name the right "
                                                "one with --map %1=COLUMN")
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
        return Error{WeatherCsvImporter::tr("has no weather column (gust_ms, wind_ms, precip_mm, "
                                            "temp_c, snow_mm, ice_mm); columns: %1; use --map to "
                                            "name them")
                         .arg(headers.join(QStringLiteral(", "))),
                     file,
                     1,
                     {}};
    return layout;
}

// About how many rows a file holds, from its size: a weather row takes 40 to 80
// bytes, and gzip shrinks such text about five times.
qint64 estimatedRows(const QString &file)
{
    const qint64 bytes = QFileInfo(file).size();
    return (file.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) ? bytes * 5 : bytes) / 64;
}

} // namespace

Result<ImportReport> WeatherCsvImporter::run(Store &store, const QString &file,
                                             const WeatherCsvOptions &options, RejectPolicy policy)
{
    auto opened = openCsv(file);
    if (!opened)
        return opened.error();
    CsvSource &csv = *opened.value();
    auto columns = findColumns(csv, file, options);
    if (!columns)
        return columns.error();
    const Layout &layout = columns.value();

    QElapsedTimer timer;
    timer.start();
    ImportReport report(QStringLiteral("weather"), file);
    const weatherimport::LargeCache cache(store);
    const qint64 expected = estimatedRows(file);
    const bool inBulk = options.bulk == WeatherCsvOptions::Bulk::Always ||
                        (options.bulk == WeatherCsvOptions::Bulk::Auto &&
                         WeatherBulkLoad::pays(expected, WeatherBulkLoad::storedRows(store)));
    // Before the transaction: SQLite ignores the pragma inside one.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (inBulk)
        foreignKeysOff.emplace(store);
    ImportTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    // Read inside the transaction: no territory can go while the rows that name it go in.
    auto territories = weatherimport::territoryIds(store);
    if (!territories)
        return territories.error();
    const QByteArray source = options.source.toUtf8();
    std::optional<WeatherBulkLoad> bulk;
    if (inBulk) {
        auto begun = WeatherBulkLoad::begin(store, source, expected);
        if (!begun)
            return begun.error();
        bulk.emplace(std::move(begun).value());
    }
    auto writer = WeatherWriter::prepare(store);
    if (!writer)
        return writer.error();
    WeatherTimeParser times(options.zone);

    CsvRecord record;
    for (;;) {
        auto more = csv.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const qint64 line = record.line;
        report.countRead();
        auto reject = [&](RejectReason reason, const QString &field, const QString &message) {
            report.reject(reason, Error{message, file, line, field});
        };

        const QByteArrayView code = record.field(layout.territory);
        if (code.isEmpty()) {
            reject(RejectReason::Missing, QStringLiteral("territory"), tr("no territory"));
            continue;
        }
        const qint64 *id = territories.value().find(code);
        if (!id) {
            if (!code.isValidUtf8())
                return Error{notUtf8Message(), file, line, QStringLiteral("territory")};
            reject(RejectReason::UnknownTerritory, QStringLiteral("territory"),
                   tr("'%1' is not a territory in the store").arg(QString::fromUtf8(code)));
            continue;
        }
        const QByteArrayView valid = record.field(layout.validTime);
        if (valid.isEmpty()) {
            reject(RejectReason::Missing, QStringLiteral("valid_time"), tr("no valid time"));
            continue;
        }
        const Result<qint64> validTime = times.parse(valid.data(), valid.size());
        if (!validTime) {
            reject(RejectReason::BadTime, QStringLiteral("valid_time"), validTime.error().message);
            continue;
        }
        std::optional<qint64> issuedTime;
        if (const QByteArrayView issued = record.field(layout.issuedTime); !issued.isEmpty()) {
            const Result<qint64> parsed = times.parse(issued.data(), issued.size());
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
            const QByteArrayView raw = record.field(layout.field[size_t(i)]);
            if (raw.isEmpty())
                continue;
            const auto number = weatherimport::parseNumber(raw.data(), raw.size());
            if (!number) {
                reject(RejectReason::NotANumber, WeatherSchema::column(WeatherField(i)),
                       tr("'%1' is not a number").arg(QString::fromUtf8(raw)));
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
        auto outcome = WeatherWriter::Outcome::Duplicate;
        if (!bulk) {
            outcome = writer.value().write(*id, validTime.value(), issuedTime, source, values);
        } else if (bulk->claim(*id, validTime.value(), issuedTime)) {
            if (auto written = bulk->write(*id, validTime.value(), issuedTime, values); !written)
                return written.error();
            outcome = WeatherWriter::Outcome::Written;
        }
        switch (outcome) {
        case WeatherWriter::Outcome::Written:
            report.countAccepted();
            break;
        case WeatherWriter::Outcome::Duplicate:
            reject(RejectReason::Duplicate, QStringLiteral("valid_time"),
                   tr("territory %1 already has %2 weather for this valid and issued "
                      "time "
                      "(earlier in the file or in the store)")
                       .arg(QString::fromUtf8(code), options.source));
            break;
        case WeatherWriter::Outcome::Failed:
            return writer.value().lastError();
        }
    }
    if (report.read() == 0)
        return Error{tr("has a header but no rows"), file, 0, {}};
    qCDebug(lcIngest) << "read and wrote" << report.read() << "rows with" << csv.readerName()
                      << (bulk ? "in bulk" : "with the index kept") << "in" << timer.elapsed()
                      << "ms";
    auto rebuildIndex = [&]() -> Result<void> { return bulk ? bulk->finish() : Result<void>(); };
    if (auto finished = transaction.finish(report, policy, rebuildIndex); !finished)
        return finished.error();
    return report;
}

} // namespace stormcrew
