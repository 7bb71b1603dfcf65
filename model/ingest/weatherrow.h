#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <array>
#include <limits>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace stormcrew {

class Store;

// The weather table's value columns, in its order.
enum class WeatherField { Gust, Wind, Precip, Temp, Snow, Ice };
inline constexpr int WeatherFieldCount = 6;

// One weather row's values in store units (m/s, mm, degrees C); unset fields are NULL.
struct WeatherValues {
    std::array<double, WeatherFieldCount> value{};
    std::array<bool, WeatherFieldCount> set{};

    void put(WeatherField field, double v)
    {
        value[size_t(field)] = v;
        set[size_t(field)] = true;
    }
    [[nodiscard]] bool has(WeatherField field) const { return set[size_t(field)]; }
    [[nodiscard]] double get(WeatherField field) const { return value[size_t(field)]; }
    [[nodiscard]] bool isEmpty() const;
};

// Names, units and plausibility limits of the weather fields, and the checks every weather
// importer applies before a row reaches the store.
class WeatherSchema {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::WeatherSchema)

public:
    // Column names in the store and in CSV headers: gust_ms, wind_ms, ...
    [[nodiscard]] static QString column(WeatherField field);
    // Short names for --units and --variable: gust, wind, precip, temp, snow, ice.
    [[nodiscard]] static QString shortName(WeatherField field);
    [[nodiscard]] static std::optional<WeatherField> fromShortName(const QString &name);

    // The factor and offset that turn a value in unit into store units (value * a + b), for
    // the units people meet in weather files: m/s, mph, kt, km/h; mm, cm, in, m, kg/m2;
    // C, F, K. Empty when the unit does not fit the field.
    struct Conversion {
        double factor = 1;
        double offset = 0;
        [[nodiscard]] double apply(double v) const { return v * factor + offset; }
    };
    [[nodiscard]] static std::optional<Conversion> conversion(WeatherField field,
                                                              const QString &unit);

    // Why a value in store units is physically impossible, or empty when it is plausible:
    // negative wind, gust or precipitation; beyond the records (gust 120 m/s, temperature
    // -95..65 C, 2000 mm of rain, 5000 mm of snow, 500 mm of ice in one row).
    [[nodiscard]] static QString implausible(WeatherField field, double value);
    // Gust below sustained wind is impossible; empty when the row is consistent.
    [[nodiscard]] static QString inconsistent(const WeatherValues &values);
};

// Parses times as weather files write them: ISO 8601 with Z or an offset, or naive local
// times read in a time zone. Naive times with no zone, times in a DST gap, and times a DST
// change makes ambiguous are errors, never guesses.
class WeatherTimeParser {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::WeatherTimeParser)

public:
    // zone may be invalid: then naive times are refused.
    explicit WeatherTimeParser(QTimeZone zone = {});

    // Unix seconds UTC, or the reason the text is not a time (for the report).
    [[nodiscard]] Result<qint64> parse(const char *text, qsizetype size);

private:
    Result<qint64> localToUtc(qint64 localSeconds);

    QTimeZone m_zone;
    // Offsets of the last local hour converted: the usual file repeats hours a lot.
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    std::optional<qint64> m_cachedOffset;
    QString m_cachedError;
};

// Writes weather rows with one prepared statement inside the import's transaction.
class WeatherWriter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::WeatherWriter)

public:
    enum class Outcome { Written, Duplicate, Failed };

    // Plain inserts: a key the store (or the file) already holds comes back as Duplicate.
    // With mergeField, an existing row gets that one field set instead (gridded imports fill
    // gust from one file and precipitation from another into the same rows).
    static Result<WeatherWriter> prepare(Store &store,
                                         std::optional<WeatherField> mergeField = std::nullopt);

    WeatherWriter(WeatherWriter &&) noexcept;
    ~WeatherWriter();

    Outcome write(qint64 territory, qint64 validTime, std::optional<qint64> issuedTime,
                  const QByteArray &source, const WeatherValues &values);
    [[nodiscard]] Error lastError() const;

private:
    WeatherWriter(Store &store, sqlite3_stmt *statement);
    Store *m_store;
    sqlite3_stmt *m_statement; // owned
};

} // namespace stormcrew
