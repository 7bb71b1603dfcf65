#include "democsvfiles.h"

#include "demotime.h"

#include <QFile>

#include <charconv>
#include <cstdlib>

namespace stormcrew::demo {

namespace {

// Builds a CSV file in memory with locale-independent number formatting, then writes it once.
class CsvWriter {
public:
    explicit CsvWriter(const char *header) { m_data.append(header).append('\n'); }

    CsvWriter &text(const QString &value)
    {
        separate();
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))) {
            QString quoted = value;
            quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            m_data.append('"').append(quoted.toUtf8()).append('"');
        } else {
            m_data.append(value.toUtf8());
        }
        return *this;
    }
    CsvWriter &raw(const char *value, int size)
    {
        separate();
        m_data.append(value, size);
        return *this;
    }
    CsvWriter &empty()
    {
        separate();
        return *this;
    }
    CsvWriter &integer(qint64 value)
    {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        return raw(buffer, int(end - buffer));
    }
    // A value stored in tenths, written with one decimal: -23 -> "-2.3".
    CsvWriter &tenths(int value)
    {
        char buffer[16];
        char *p = buffer;
        if (value < 0) {
            *p++ = '-';
            value = -value;
        }
        p = std::to_chars(p, buffer + sizeof buffer, value / 10).ptr;
        *p++ = '.';
        *p++ = char('0' + value % 10);
        return raw(buffer, int(p - buffer));
    }
    CsvWriter &decimal(double value, int precision)
    {
        char buffer[40];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value,
                                       std::chars_format::fixed, precision)
                             .ptr;
        return raw(buffer, int(end - buffer));
    }
    CsvWriter &time(qint64 seconds)
    {
        char buffer[24];
        return raw(buffer, formatIsoUtc(seconds, buffer));
    }
    void endRow()
    {
        m_data.append('\n');
        m_first = true;
    }

    [[nodiscard]] Result<void> save(const QString &path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(m_data) != m_data.size())
            return Error{
                DemoCsvFiles::tr("cannot be written: %1").arg(file.errorString()), path, 0, {}};
        return {};
    }

    void reserve(qsizetype bytes) { m_data.reserve(bytes); }

private:
    void separate()
    {
        if (!m_first)
            m_data.append(',');
        m_first = false;
    }

    QByteArray m_data;
    bool m_first = true;
};

} // namespace

Result<void> DemoCsvFiles::writeAssets(const QString &path, const DemoUtility &utility)
{
    CsvWriter csv("code,customers,overhead_km,underground_km,poles,last_trimmed,depot");
    for (const DemoTerritory &t : utility.territories) {
        char date[12];
        csv.text(t.code)
            .integer(t.customers)
            .decimal(t.overheadKm, 1)
            .decimal(t.undergroundKm, 1)
            .integer(t.poles)
            .raw(date, formatIsoDate(t.lastTrimmed, date))
            .text(t.depotCode)
            .endRow();
    }
    return csv.save(path);
}

Result<void> DemoCsvFiles::writeHourlyWeather(const QString &path, const DemoUtility &utility,
                                              const DemoHistory &history)
{
    CsvWriter csv("territory,valid_time,issued_time,gust_ms,wind_ms,precip_mm,temp_c,ice_mm");
    qsizetype rows = 0;
    for (const HourlyWeather &w : history.hourly)
        rows += qsizetype(w.hours) * w.territories;
    csv.reserve(rows * 56);
    for (const HourlyWeather &w : history.hourly) {
        for (int t = 0; t < w.territories; ++t) {
            const QString &code = utility.territories[std::size_t(t)].code;
            for (int h = 0; h < w.hours; ++h) {
                const std::size_t i = w.at(t, h);
                csv.text(code)
                    .time(w.firstHour + h * SecondsPerHour)
                    .empty()
                    .tenths(w.gust[i])
                    .tenths(w.wind[i])
                    .tenths(w.precip[i])
                    .tenths(w.temp[i]);
                if (w.hasIce)
                    csv.tenths(w.ice[i]);
                else
                    csv.empty();
                csv.endRow();
            }
        }
    }
    return csv.save(path);
}

Result<void> DemoCsvFiles::writeDailyWeather(const QString &path, const DemoUtility &utility,
                                             const std::vector<DailyWeather> &days)
{
    CsvWriter csv("territory,valid_time,issued_time,gust_ms,wind_ms,precip_mm,temp_c");
    csv.reserve(qsizetype(days.size() * utility.territories.size()) * 50);
    for (std::size_t t = 0; t < utility.territories.size(); ++t) {
        const QString &code = utility.territories[t].code;
        for (const DailyWeather &d : days) {
            csv.text(code)
                .time(d.day)
                .empty()
                .tenths(d.gust[t])
                .tenths(d.wind[t])
                .tenths(d.precip[t])
                .tenths(d.temp[t])
                .endRow();
        }
    }
    return csv.save(path);
}

Result<void> DemoCsvFiles::writeIssuedForecasts(const QString &hourlyPath, const QString &dailyPath,
                                                const DemoUtility &utility,
                                                const std::vector<IssuedForecast> &forecasts)
{
    CsvWriter hourly("territory,valid_time,issued_time,gust_ms,wind_ms,precip_mm,temp_c,ice_mm");
    CsvWriter daily("territory,valid_time,issued_time,gust_ms,wind_ms,precip_mm,temp_c");
    qsizetype hourlyRows = 0;
    qsizetype dailyRows = 0;
    for (const IssuedForecast &f : forecasts) {
        hourlyRows += qsizetype(f.hourly.hours) * f.hourly.territories;
        dailyRows += qsizetype(f.daily.size() * utility.territories.size());
    }
    hourly.reserve(hourlyRows * 76);
    daily.reserve(dailyRows * 70);
    for (const IssuedForecast &f : forecasts) {
        const HourlyWeather &w = f.hourly;
        for (int t = 0; t < w.territories; ++t) {
            const QString &code = utility.territories[std::size_t(t)].code;
            for (int h = 0; h < w.hours; ++h) {
                const std::size_t i = w.at(t, h);
                hourly.text(code)
                    .time(w.firstHour + h * SecondsPerHour)
                    .time(f.issued)
                    .tenths(w.gust[i])
                    .tenths(w.wind[i])
                    .tenths(w.precip[i])
                    .tenths(w.temp[i]);
                if (w.hasIce)
                    hourly.tenths(w.ice[i]);
                else
                    hourly.empty();
                hourly.endRow();
            }
        }
        for (std::size_t t = 0; t < utility.territories.size(); ++t) {
            for (const DailyWeather &d : f.daily) {
                daily.text(utility.territories[t].code)
                    .time(d.day)
                    .time(f.issued)
                    .tenths(d.gust[t])
                    .tenths(d.wind[t])
                    .tenths(d.precip[t])
                    .tenths(d.temp[t])
                    .endRow();
            }
        }
    }
    if (auto saved = hourly.save(hourlyPath); !saved)
        return saved;
    return daily.save(dailyPath);
}

QString DemoCsvFiles::incidentId(const DemoHistory &history, const DemoUtility &utility,
                                 const DemoIncident &incident)
{
    return QStringLiteral("%1-%2-%3")
        .arg(history.storms[std::size_t(incident.storm)].code,
             utility.territories[std::size_t(incident.territory)].code)
        .arg(incident.sequence);
}

Result<void> DemoCsvFiles::writeIncidents(const QString &path, const DemoUtility &utility,
                                          const DemoHistory &history, const DemoOutages &outages)
{
    CsvWriter csv("id,start,end,customers,cause,lat,lon");
    csv.reserve(qsizetype(outages.incidents.size()) * 110);
    for (const DemoIncident &incident : outages.incidents) {
        csv.text(incidentId(history, utility, incident))
            .time(incident.start)
            .time(incident.end)
            .integer(incident.customers)
            .text(incidentCauses().at(incident.cause))
            .decimal(incident.lat, 6)
            .decimal(incident.lon, 6)
            .endRow();
    }
    return csv.save(path);
}

Result<void> DemoCsvFiles::writeStorms(const QString &path, const DemoHistory &history)
{
    CsvWriter csv("code,name,kind,start,end");
    for (const DemoStorm &storm : history.storms) {
        csv.text(storm.code)
            .text(storm.name)
            .text(storeKind(storm.pattern))
            .time(storm.start)
            .time(storm.end)
            .endRow();
    }
    return csv.save(path);
}

} // namespace stormcrew::demo
