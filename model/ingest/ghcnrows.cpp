#include "ghcnrows.h"

#include "weathercsvimporter.h"

#include <QStringList>

#include <optional>

namespace stormcrew {

namespace {

WeatherField fieldOf(GhcnElement element)
{
    switch (element) {
    case GhcnElement::Awnd:
        return WeatherField::Wind;
    case GhcnElement::Wsf2:
    case GhcnElement::Wsf5:
        return WeatherField::Gust;
    case GhcnElement::Prcp:
        return WeatherField::Precip;
    case GhcnElement::Snow:
        return WeatherField::Snow;
    case GhcnElement::Tmax:
    case GhcnElement::Tmin:
        return WeatherField::Temp;
    }
    return WeatherField::Gust;
}

// The file's unit of an element as WeatherSchema names it, and a factor for raw tenths.
std::pair<QString, double> unitOf(GhcnUnits units, GhcnElement element)
{
    const WeatherField field = fieldOf(element);
    const bool speed = field == WeatherField::Wind || field == WeatherField::Gust;
    switch (units) {
    case GhcnUnits::Standard:
        return {speed                         ? QStringLiteral("mph")
                : field == WeatherField::Temp ? QStringLiteral("F")
                                              : QStringLiteral("in"),
                1};
    case GhcnUnits::Metric:
        break;
    case GhcnUnits::Tenths:
        // ghcn/daily/readme.txt: PRCP in tenths of mm, SNOW in mm, TMAX/TMIN in tenths of
        // degrees C, AWND/WSF2/WSF5 in tenths of m/s.
        return {speed ? QStringLiteral("m/s") : QString(), element == GhcnElement::Snow ? 1 : 0.1};
    }
    return {speed ? QStringLiteral("m/s") : QString(), 1};
}

QString trimmedText(QByteArrayView raw)
{
    return QString::fromUtf8(raw).trimmed();
}

// NOAA's attributes "M,Q,S,T": a quality flag Q that is not blank means the value failed one
// of NOAA's quality checks (ghcn/daily/readme.txt, III).
bool failedQuality(QByteArrayView attributes)
{
    const qsizetype first = attributes.indexOf(',');
    if (first < 0)
        return false;
    QByteArrayView quality = attributes.sliced(first + 1);
    if (const qsizetype second = quality.indexOf(','); second >= 0)
        quality = quality.first(second);
    return !quality.trimmed().isEmpty();
}

} // namespace

QString GhcnRows::unitLabel(GhcnElement element) const
{
    const WeatherField field = fieldOf(element);
    const bool speed = field == WeatherField::Wind || field == WeatherField::Gust;
    switch (m_units) {
    case GhcnUnits::Standard:
        return speed ? QStringLiteral("mph") : field == WeatherField::Temp ? tr("F") : tr("in");
    case GhcnUnits::Metric:
        return speed ? QStringLiteral("m/s") : field == WeatherField::Temp ? tr("C") : tr("mm");
    case GhcnUnits::Tenths:
        return speed                          ? tr("tenths of m/s")
               : field == WeatherField::Temp  ? tr("tenths of C")
               : element == GhcnElement::Snow ? tr("mm")
                                              : tr("tenths of mm");
    }
    return {};
}

Result<GhcnRows> GhcnRows::prepare(const CsvSource &csv, const QString &file, GhcnUnits units)
{
    GhcnRows rows;
    rows.m_file = file;
    rows.m_units = units;
    QStringList headers;
    for (const QByteArray &name : csv.header())
        headers.append(QString::fromUtf8(name));
    rows.m_station = csv.column("STATION");
    rows.m_name = csv.column("NAME");
    rows.m_latitude = csv.column("LATITUDE");
    rows.m_longitude = csv.column("LONGITUDE");
    rows.m_date = csv.column("DATE");
    for (const auto &[name, index] :
         {std::pair{"STATION", rows.m_station}, std::pair{"DATE", rows.m_date},
          std::pair{"LATITUDE", rows.m_latitude}, std::pair{"LONGITUDE", rows.m_longitude}}) {
        if (index < 0)
            return Error{tr("has no column '%1' (columns: %2); order NOAA's GHCN-Daily CSV with "
                            "the station name and the geographic location included")
                             .arg(QString::fromLatin1(name), headers.join(QStringLiteral(", "))),
                         file,
                         1,
                         {}};
    }
    bool any = false;
    for (int i = 0; i < GhcnElementCount; ++i) {
        const QByteArray name = ElementNames[size_t(i)];
        rows.m_value[size_t(i)] = csv.column(name);
        rows.m_attributes[size_t(i)] = csv.column(QByteArray(name + "_ATTRIBUTES"));
        any = any || rows.m_value[size_t(i)] >= 0;
        const auto [unit, factor] = unitOf(units, GhcnElement(i));
        WeatherSchema::Conversion conversion =
            *WeatherSchema::conversion(fieldOf(GhcnElement(i)), unit);
        conversion.factor *= factor;
        rows.m_conversion[size_t(i)] = conversion;
    }
    if (!any)
        return Error{tr("has none of the GHCN-Daily elements AWND, WSF2, WSF5, PRCP, SNOW, TMAX, "
                        "TMIN (columns: %1)")
                         .arg(headers.join(QStringLiteral(", "))),
                     file,
                     1,
                     {}};
    return rows;
}

Result<void> GhcnRows::read(CsvSource &csv, ImportReport &report, GhcnStations &stations)
{
    QHash<QByteArray, int> stationIndex;
    WeatherTimeParser dates(QTimeZone::utc());
    CsvRecord record;
    for (;;) {
        auto more = csv.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            return {};
        const qint64 line = record.line;
        report.countRead();
        auto reject = [&](RejectReason reason, const QString &field, const QString &message) {
            report.reject(reason, Error{message, m_file, line, field});
        };

        const QByteArrayView station = record.field(m_station).trimmed();
        if (station.isEmpty()) {
            reject(RejectReason::Missing, QStringLiteral("STATION"), tr("no station"));
            continue;
        }
        const QByteArrayView date = record.field(m_date).trimmed();
        if (date.isEmpty()) {
            reject(RejectReason::Missing, QStringLiteral("DATE"), tr("no date"));
            continue;
        }
        const Result<qint64> day =
            date.size() == 10 ? dates.parse(date.data(), date.size()) : Result<qint64>(Error{});
        if (!day) {
            reject(
                RejectReason::BadTime, QStringLiteral("DATE"),
                tr("'%1' is not a date; NOAA writes dates as yyyy-mm-dd").arg(trimmedText(date)));
            continue;
        }
        GeoPoint point;
        bool placed = true;
        for (const auto &[column, name, limit, target] :
             {std::tuple{m_latitude, "LATITUDE", 90.0, &point.lat},
              std::tuple{m_longitude, "LONGITUDE", 180.0, &point.lon}}) {
            const QByteArrayView raw = record.field(column);
            const QString field = QString::fromLatin1(name);
            const bool latitude = column == m_latitude;
            if (raw.trimmed().isEmpty()) {
                reject(RejectReason::Missing, field,
                       latitude ? tr("no latitude") : tr("no longitude"));
            } else if (const auto value = weatherimport::parseNumber(raw.data(), raw.size());
                       !value) {
                reject(RejectReason::NotANumber, field,
                       tr("'%1' is not a number").arg(trimmedText(raw)));
            } else if (std::abs(*value) > limit) {
                reject(RejectReason::BadGeometry, field,
                       latitude ? tr("latitude %1 is outside -90..90").arg(trimmedText(raw))
                                : tr("longitude %1 is outside -180..180").arg(trimmedText(raw)));
            } else {
                *target = *value;
                continue;
            }
            placed = false;
            break;
        }
        if (!placed)
            continue;

        // Every element: empty is missing, a flagged value is left out, the rest must parse
        // and be physically possible once converted.
        std::array<std::optional<double>, GhcnElementCount> value;
        std::array<QByteArrayView, GhcnElementCount> rawValue;
        bool rejected = false;
        for (int i = 0; i < GhcnElementCount && !rejected; ++i) {
            const QByteArrayView raw = record.field(m_value[size_t(i)]).trimmed();
            if (raw.isEmpty())
                continue;
            if (failedQuality(record.field(m_attributes[size_t(i)]))) {
                ++stations.qualityFlagged;
                continue;
            }
            const QString field = QString::fromLatin1(ElementNames[size_t(i)]);
            const auto number = weatherimport::parseNumber(raw.data(), raw.size());
            if (!number) {
                reject(RejectReason::NotANumber, field,
                       tr("'%1' is not a number").arg(trimmedText(raw)));
                rejected = true;
                break;
            }
            const double converted = m_conversion[size_t(i)].apply(*number);
            if (const QString why = WeatherSchema::implausible(fieldOf(GhcnElement(i)), converted);
                !why.isEmpty()) {
                reject(
                    RejectReason::Impossible, field,
                    m_units == GhcnUnits::Metric
                        ? why
                        : tr("%1 %2 = %3").arg(trimmedText(raw), unitLabel(GhcnElement(i)), why));
                rejected = true;
                break;
            }
            value[size_t(i)] = converted;
            rawValue[size_t(i)] = raw;
        }
        if (rejected)
            continue;
        const auto at = [&](GhcnElement e) -> const std::optional<double> & {
            return value[size_t(e)];
        };
        const auto rawAt = [&](GhcnElement e) { return trimmedText(rawValue[size_t(e)]); };
        const GhcnElement gust = at(GhcnElement::Wsf5) ? GhcnElement::Wsf5 : GhcnElement::Wsf2;
        if (at(gust) && at(GhcnElement::Awnd) && *at(gust) < *at(GhcnElement::Awnd)) {
            reject(RejectReason::Impossible, QString::fromLatin1(ElementNames[size_t(gust)]),
                   tr("%1 %2 %3 is below the average wind AWND %4 %3")
                       .arg(QString::fromLatin1(ElementNames[size_t(gust)]), rawAt(gust),
                            unitLabel(gust), rawAt(GhcnElement::Awnd)));
            continue;
        }
        if (at(GhcnElement::Tmax) && at(GhcnElement::Tmin) &&
            *at(GhcnElement::Tmax) < *at(GhcnElement::Tmin)) {
            reject(RejectReason::Impossible, QStringLiteral("TMAX"),
                   tr("TMAX %1 %3 is below TMIN %2 %3")
                       .arg(rawAt(GhcnElement::Tmax), rawAt(GhcnElement::Tmin),
                            unitLabel(GhcnElement::Tmax)));
            continue;
        }

        const QByteArray id = station.toByteArray();
        auto found = stationIndex.constFind(id);
        if (found == stationIndex.cend()) {
            found = stationIndex.insert(id, int(stations.ids.size()));
            stations.ids.push_back(id);
            stations.names.push_back(trimmedText(record.field(m_name)));
            stations.points.push_back(point);
        }
        const auto key = std::pair{found.value(), day.value()};
        if (const auto earlier = stations.dayIndex.constFind(key);
            earlier != stations.dayIndex.cend()) {
            reject(RejectReason::Duplicate, QStringLiteral("DATE"),
                   tr("station %1 already has a row for %2 (line %3)")
                       .arg(QString::fromUtf8(id), trimmedText(date))
                       .arg(stations.days[size_t(earlier.value())].line));
            continue;
        }
        StationDay stationDay{found.value(), day.value(), line, {}};
        WeatherValues &values = stationDay.values;
        if (at(GhcnElement::Awnd))
            values.put(WeatherField::Wind, *at(GhcnElement::Awnd));
        if (at(gust))
            values.put(WeatherField::Gust, *at(gust));
        if (at(GhcnElement::Prcp))
            values.put(WeatherField::Precip, *at(GhcnElement::Prcp));
        if (at(GhcnElement::Snow))
            values.put(WeatherField::Snow, *at(GhcnElement::Snow));
        if (at(GhcnElement::Tmax) && at(GhcnElement::Tmin))
            values.put(WeatherField::Temp, (*at(GhcnElement::Tmax) + *at(GhcnElement::Tmin)) / 2);
        else if (at(GhcnElement::Tmax) || at(GhcnElement::Tmin))
            ++stations.halfTemperature;
        stations.dayIndex.insert(key, int(stations.days.size()));
        stations.days.push_back(stationDay);
        report.countAccepted();
    }
}

} // namespace stormcrew
