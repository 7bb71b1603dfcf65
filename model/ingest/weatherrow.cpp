#include "weatherrow.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>

#include <cmath>

namespace stormcrew {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads n digits at p; false when any is not a digit.
bool digits(const char *p, int n, int &out)
{
    out = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        out = out * 10 + (p[i] - '0');
    }
    return true;
}

constexpr const char *kColumns[] = {"gust_ms", "wind_ms", "precip_mm",
                                    "temp_c",  "snow_mm", "ice_mm"};

} // namespace

bool WeatherValues::isEmpty() const
{
    for (bool s : set) {
        if (s)
            return false;
    }
    return true;
}

QString WeatherSchema::column(WeatherField field)
{
    return QString::fromLatin1(kColumns[int(field)]);
}

QString WeatherSchema::shortName(WeatherField field)
{
    switch (field) {
    case WeatherField::Gust:
        return QStringLiteral("gust");
    case WeatherField::Wind:
        return QStringLiteral("wind");
    case WeatherField::Precip:
        return QStringLiteral("precip");
    case WeatherField::Temp:
        return QStringLiteral("temp");
    case WeatherField::Snow:
        return QStringLiteral("snow");
    case WeatherField::Ice:
        return QStringLiteral("ice");
    }
    return {};
}

std::optional<WeatherField> WeatherSchema::fromShortName(const QString &name)
{
    for (int i = 0; i < WeatherFieldCount; ++i) {
        const auto field = WeatherField(i);
        if (name == shortName(field) || name == column(field))
            return field;
    }
    return std::nullopt;
}

std::optional<WeatherSchema::Conversion> WeatherSchema::conversion(WeatherField field,
                                                                   const QString &unitText)
{
    const QString unit = unitText.trimmed().toLower();
    switch (field) {
    case WeatherField::Gust:
    case WeatherField::Wind:
        if (unit.isEmpty() || unit == QLatin1String("m/s") || unit == QLatin1String("m s-1") ||
            unit == QLatin1String("m s**-1") || unit == QLatin1String("ms-1") ||
            unit == QLatin1String("mps"))
            return Conversion{1, 0};
        if (unit == QLatin1String("mph"))
            return Conversion{0.44704, 0};
        if (unit == QLatin1String("kt") || unit == QLatin1String("kn") ||
            unit == QLatin1String("knots") || unit == QLatin1String("knot"))
            return Conversion{1852.0 / 3600.0, 0};
        if (unit == QLatin1String("km/h") || unit == QLatin1String("kph") ||
            unit == QLatin1String("km h-1"))
            return Conversion{1 / 3.6, 0};
        return std::nullopt;
    case WeatherField::Precip:
    case WeatherField::Snow:
    case WeatherField::Ice:
        if (unit.isEmpty() || unit == QLatin1String("mm") || unit == QLatin1String("kg/m2") ||
            unit == QLatin1String("kg m-2") || unit == QLatin1String("kg/(m^2)") ||
            unit == QLatin1String("kg m**-2"))
            return Conversion{1, 0};
        if (unit == QLatin1String("cm"))
            return Conversion{10, 0};
        if (unit == QLatin1String("in") || unit == QLatin1String("inch") ||
            unit == QLatin1String("inches"))
            return Conversion{25.4, 0};
        if (unit == QLatin1String("m"))
            return Conversion{1000, 0};
        return std::nullopt;
    case WeatherField::Temp:
        if (unit.isEmpty() || unit == QLatin1String("c") || unit == QLatin1String("degc") ||
            unit == QStringLiteral("\u00b0c") || unit == QLatin1String("celsius"))
            return Conversion{1, 0};
        if (unit == QLatin1String("f") || unit == QLatin1String("degf") ||
            unit == QStringLiteral("\u00b0f") || unit == QLatin1String("fahrenheit"))
            return Conversion{5.0 / 9.0, -32.0 * 5.0 / 9.0};
        if (unit == QLatin1String("k") || unit == QLatin1String("kelvin"))
            return Conversion{1, -273.15};
        return std::nullopt;
    }
    return std::nullopt;
}

QString WeatherSchema::implausible(WeatherField field, double v)
{
    switch (field) {
    case WeatherField::Gust:
    case WeatherField::Wind:
        if (v < 0)
            return tr("%1 m/s is negative").arg(v);
        if (v > 120)
            return tr("%1 m/s is beyond any wind ever measured (113 m/s)").arg(v);
        return {};
    case WeatherField::Precip:
    case WeatherField::Snow:
    case WeatherField::Ice: {
        const double limit = field == WeatherField::Precip ? 2000
                             : field == WeatherField::Snow ? 5000
                                                           : 500;
        if (v < 0)
            return tr("%1 mm is negative").arg(v);
        if (v > limit)
            return tr("%1 mm is more than %2 mm in one row").arg(v).arg(limit);
        return {};
    }
    case WeatherField::Temp:
        if (v < -95 || v > 65)
            return tr("%1 degrees C is outside the range ever measured").arg(v);
        return {};
    }
    return {};
}

QString WeatherSchema::inconsistent(const WeatherValues &values)
{
    if (values.has(WeatherField::Gust) && values.has(WeatherField::Wind) &&
        values.get(WeatherField::Gust) < values.get(WeatherField::Wind))
        return tr("gust %1 m/s is below the sustained wind %2 m/s")
            .arg(values.get(WeatherField::Gust))
            .arg(values.get(WeatherField::Wind));
    return {};
}

WeatherTimeParser::WeatherTimeParser(QTimeZone zone) : m_zone(std::move(zone))
{}

Result<qint64> WeatherTimeParser::parse(const char *text, qsizetype size)
{
    while (size > 0 && (*text == ' ' || *text == '\t')) {
        ++text;
        --size;
    }
    while (size > 0 && (text[size - 1] == ' ' || text[size - 1] == '\t'))
        --size;
    // Messages are built only on failure: this runs for every row of million-row files.
    auto bad = [&] {
        return Error{tr("'%1' is not a time; write ISO 8601 such as 2023-03-03T14:00:00Z")
                         .arg(QString::fromUtf8(text, size)),
                     {},
                     0,
                     {}};
    };
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (size < 10 || text[4] != '-' || text[7] != '-' || !digits(text, 4, year) ||
        !digits(text + 5, 2, month) || !digits(text + 8, 2, day))
        return bad();
    qsizetype i = 10;
    if (size > 10) {
        if ((text[10] != 'T' && text[10] != ' ') || size < 16 || text[13] != ':' ||
            !digits(text + 11, 2, hour) || !digits(text + 14, 2, minute))
            return bad();
        i = 16;
        if (i < size && text[i] == ':') {
            if (size < i + 3 || !digits(text + i + 1, 2, second))
                return bad();
            i += 3;
            if (i < size && (text[i] == '.' || text[i] == ',')) {
                ++i;
                while (i < size && text[i] >= '0' && text[i] <= '9')
                    ++i;
            }
        }
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 59)
        return bad();
    const qint64 local = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 +
                         minute * 60 + second;
    if (i == size) {
        if (!m_zone.isValid())
            return Error{tr("'%1' has no UTC offset; add Z or +hh:mm, or give --timezone "
                            "(e.g. America/New_York)")
                             .arg(QString::fromUtf8(text, size)),
                         {},
                         0,
                         {}};
        return localToUtc(local);
    }
    if (size - i == 1 && (text[i] == 'Z' || text[i] == 'z'))
        return local;
    if (text[i] != '+' && text[i] != '-')
        return bad();
    const int sign = text[i] == '-' ? -1 : 1;
    int oh = 0, om = 0;
    const qsizetype rest = size - i - 1;
    const char *o = text + i + 1;
    if (!(rest == 2 && digits(o, 2, oh)) &&
        !(rest == 4 && digits(o, 2, oh) && digits(o + 2, 2, om)) &&
        !(rest == 5 && o[2] == ':' && digits(o, 2, oh) && digits(o + 3, 2, om)))
        return bad();
    if (oh > 14 || om > 59)
        return bad();
    return local - sign * (oh * 3600 + om * 60);
}

Result<qint64> WeatherTimeParser::localToUtc(qint64 local)
{
    const qint64 hourKey = local >= 0 ? local / 3600 : (local - 3599) / 3600;
    if (hourKey != m_cachedHour) {
        m_cachedHour = hourKey;
        m_cachedOffset.reset();
        m_cachedError.clear();
        // Try the offsets in force a day before and a day after: one fits unless the local
        // time falls in a DST gap (none fits) or a fall-back hour (both fit).
        auto offsetAt = [this](qint64 utc) {
            return qint64(m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)));
        };
        const qint64 probe = hourKey * 3600;
        const qint64 candidates[] = {offsetAt(probe - 86400), offsetAt(probe + 86400)};
        std::optional<qint64> fits[2];
        for (int c = 0; c < 2; ++c) {
            if (offsetAt(probe - candidates[c]) == candidates[c])
                fits[c] = candidates[c];
        }
        const int count = int(fits[0].has_value()) +
                          int(fits[1].has_value() && (!fits[0] || *fits[1] != *fits[0]));
        const QString zone = QString::fromUtf8(m_zone.id());
        if (count == 1)
            m_cachedOffset = fits[0] ? *fits[0] : *fits[1];
        else if (count == 0)
            m_cachedError = tr("does not exist in %1 (the clocks skip that hour)").arg(zone);
        else
            m_cachedError = tr("is ambiguous in %1 (the clocks repeat that hour); give the UTC "
                               "offset")
                                .arg(zone);
    }
    if (!m_cachedOffset) {
        const QDateTime shown = QDateTime::fromSecsSinceEpoch(local, Qt::UTC);
        return Error{
            QStringLiteral("'%1' ").arg(shown.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
                m_cachedError,
            {},
            0,
            {}};
    }
    return local - *m_cachedOffset;
}

WeatherWriter::WeatherWriter(Store &store, sqlite3_stmt *statement)
    : m_store(&store), m_statement(statement)
{}

WeatherWriter::WeatherWriter(WeatherWriter &&other) noexcept
    : m_store(other.m_store), m_statement(std::exchange(other.m_statement, nullptr))
{}

WeatherWriter::~WeatherWriter()
{
    sqlite3_finalize(m_statement);
}

Result<WeatherWriter> WeatherWriter::prepare(Store &store, std::optional<WeatherField> mergeField)
{
    QString sql = QStringLiteral(
        "INSERT INTO weather(territory_id, valid_time, issued_time, source, gust_ms, wind_ms, "
        "precip_mm, temp_c, snow_mm, ice_mm) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
    if (mergeField)
        sql += QStringLiteral(" ON CONFLICT(territory_id, source, valid_time, "
                              "coalesce(issued_time, -1)) DO UPDATE SET %1=excluded.%1")
                   .arg(WeatherSchema::column(*mergeField));
    auto statement = sqlite::prepare(store.handle(), sql);
    if (!statement)
        return Error{sqlite::lastError(store.handle()), store.path(), 0, {}};
    return WeatherWriter(store, statement.release());
}

WeatherWriter::Outcome WeatherWriter::write(qint64 territory, qint64 validTime,
                                            std::optional<qint64> issuedTime,
                                            const QByteArray &source, const WeatherValues &values)
{
    sqlite3_stmt *s = m_statement;
    sqlite3_bind_int64(s, 1, territory);
    sqlite3_bind_int64(s, 2, validTime);
    if (issuedTime)
        sqlite3_bind_int64(s, 3, *issuedTime);
    else
        sqlite3_bind_null(s, 3);
    sqlite3_bind_text(s, 4, source.constData(), int(source.size()), SQLITE_STATIC);
    for (int i = 0; i < WeatherFieldCount; ++i) {
        if (values.set[size_t(i)])
            sqlite3_bind_double(s, 5 + i, values.value[size_t(i)]);
        else
            sqlite3_bind_null(s, 5 + i);
    }
    const int rc = sqlite3_step(s);
    const int extended = sqlite3_extended_errcode(m_store->handle());
    sqlite3_reset(s);
    if (rc == SQLITE_DONE)
        return Outcome::Written;
    return extended == SQLITE_CONSTRAINT_UNIQUE ? Outcome::Duplicate : Outcome::Failed;
}

Error WeatherWriter::lastError() const
{
    return Error{sqlite::lastError(m_store->handle()), m_store->path(), 0, {}};
}

} // namespace stormcrew
