#pragma once

#include "csvsource.h"
#include "domain/result.h"
#include "importreport.h"
#include "stationassignment.h"
#include "weatherrow.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <vector>

namespace stormcrew {

// The units of a GHCN-Daily CSV: what NOAA's Climate Data Online order asked for ("standard":
// mph, inches, degrees F; "metric": m/s, mm, degrees C) or raw GHCN-Daily values ("tenths":
// tenths of m/s, tenths of mm for PRCP, mm for SNOW, tenths of degrees C).
enum class GhcnUnits { Standard, Metric, Tenths };

// The GHCN-Daily elements Stormcrew reads, in the order of GhcnRows::ElementNames.
enum class GhcnElement { Awnd, Wsf2, Wsf5, Prcp, Snow, Tmax, Tmin };
inline constexpr int GhcnElementCount = 7;

// One station's validated day, in store units: wind_ms from AWND, gust_ms from WSF5 (WSF2 when
// the row has no WSF5), precip_mm from PRCP, snow_mm from SNOW, temp_c the mean of TMAX and TMIN
// (only when both are there).
struct StationDay {
    int station = -1;
    qint64 day = 0; // 00:00 UTC of DATE, Unix seconds
    qint64 line = 0;
    WeatherValues values;
};

// What a GHCN-Daily CSV holds once read and validated: the stations and their days.
struct GhcnStations {
    std::vector<QByteArray> ids;
    std::vector<QString> names;
    std::vector<GeoPoint> points;
    std::vector<StationDay> days;
    QHash<std::pair<int, qint64>, int> dayIndex; // (station, day) -> index in days
    qint64 qualityFlagged = 0;                   // values NOAA's checks flagged, left out
    qint64 halfTemperature = 0;                  // days with only one of TMAX and TMIN
};

// Reads the rows of NOAA's Climate Data Online GHCN-Daily CSV: finds the columns, checks every
// row (file, line and field in each reject) and converts its values to store units.
class GhcnRows {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::GhcnRows)

public:
    static constexpr std::array<const char *, GhcnElementCount> ElementNames = {
        "AWND", "WSF2", "WSF5", "PRCP", "SNOW", "TMAX", "TMIN"};

    // Finds the columns; an error names the missing one.
    [[nodiscard]] static Result<GhcnRows> prepare(const CsvSource &csv, const QString &file,
                                                  GhcnUnits units);

    // Reads every row into stations, rejects into report.
    [[nodiscard]] Result<void> read(CsvSource &csv, ImportReport &report, GhcnStations &stations);

    // The unit label of an element's values in the file ("mph", "in", "F", ...).
    [[nodiscard]] QString unitLabel(GhcnElement element) const;

private:
    GhcnRows() = default;

    QString m_file;
    GhcnUnits m_units = GhcnUnits::Standard;
    int m_station = -1;
    int m_name = -1;
    int m_latitude = -1;
    int m_longitude = -1;
    int m_date = -1;
    std::array<int, GhcnElementCount> m_value{};
    std::array<int, GhcnElementCount> m_attributes{};
    std::array<WeatherSchema::Conversion, GhcnElementCount> m_conversion{};
};

} // namespace stormcrew
