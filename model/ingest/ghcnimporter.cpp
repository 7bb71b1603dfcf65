#include "ghcnimporter.h"

#include "csvsource.h"
#include "stationassignment.h"
#include "store/store.h"
#include "store/territoryrepository.h"
#include "weatherrow.h"

#include <QDateTime>

#include <algorithm>
#include <set>

namespace stormcrew {

namespace {

// Notes list at most this many territories by name; a larger list ends with "and N more".
constexpr int kListedTerritories = 20;

QString dayText(qint64 day)
{
    return QDateTime::fromSecsSinceEpoch(day, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString km(double distance)
{
    return QString::number(distance, 'f', 1);
}

// One territory's share of the stations: those within reach, nearest first.
struct Served {
    const TerritoryShape *territory = nullptr;
    std::vector<ServingStation> stations;
};

// A territory's values for one day from the stations serving it (nearest first), field by
// field over the stations whose row of that day has the field: the nearest one's value, or the
// 1/d^2-weighted mean of all of them. line: the row of the nearest station that contributed.
WeatherValues territoryDay(const Served &served, const GhcnStations &stations, qint64 day,
                           bool inverseDistance, qint64 &line)
{
    std::array<std::vector<std::pair<double, double>>, WeatherFieldCount> samples;
    line = 0;
    for (const ServingStation &serving : served.stations) {
        const auto found = stations.dayIndex.constFind({serving.station, day});
        if (found == stations.dayIndex.cend())
            continue;
        const StationDay &row = stations.days[size_t(found.value())];
        if (line == 0)
            line = row.line;
        for (int f = 0; f < WeatherFieldCount; ++f) {
            if (row.values.has(WeatherField(f)))
                samples[size_t(f)].emplace_back(row.values.get(WeatherField(f)),
                                                serving.distanceKm);
        }
    }
    WeatherValues values;
    for (int f = 0; f < WeatherFieldCount; ++f) {
        const auto &field = samples[size_t(f)];
        if (field.empty())
            continue;
        values.put(WeatherField(f), inverseDistance ? StationAssignment::inverseDistanceMean(field)
                                                    : field.front().first);
    }
    return values;
}

QString listed(const QStringList &items)
{
    if (items.size() <= kListedTerritories)
        return items.join(QStringLiteral(", "));
    return items.mid(0, kListedTerritories).join(QStringLiteral(", ")) +
           GhcnImporter::tr(" and %n more", nullptr, int(items.size() - kListedTerritories));
}

} // namespace

Result<GhcnUnits> GhcnImporter::parseUnits(const QString &text)
{
    const QString units = text.trimmed().toLower();
    if (units.isEmpty() || units == QLatin1String("standard"))
        return GhcnUnits::Standard;
    if (units == QLatin1String("metric"))
        return GhcnUnits::Metric;
    if (units == QLatin1String("tenths"))
        return GhcnUnits::Tenths;
    return Error{tr("--units '%1': a GHCN-Daily CSV is in standard (mph, in, F), metric (m/s, mm, "
                    "C) or tenths (raw GHCN-Daily values) units")
                     .arg(text),
                 {},
                 0,
                 {}};
}

Result<ImportReport> GhcnImporter::run(Store &store, const QString &file,
                                       const GhcnOptions &options, RejectPolicy policy)
{
    if (!(options.maxDistanceKm > 0))
        return Error{tr("--max-distance-km must be a positive number"), file, 0, {}};
    auto opened = openCsv(file);
    if (!opened)
        return opened.error();
    CsvSource &csv = *opened.value();
    for (const QByteArray &name : csv.header()) {
        if (!QByteArrayView(name).isValidUtf8())
            return Error{tr("is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t "
                            "UTF-8 in.csv > out.csv"),
                         file,
                         1,
                         {}};
    }
    auto rows = GhcnRows::prepare(csv, file, options.units);
    if (!rows)
        return rows.error();
    auto territories = TerritoryRepository(store).shapes();
    if (!territories)
        return territories.error();
    if (territories.value().empty())
        return Error{tr("the store holds no territories; import them first"), store.path(), 0, {}};

    ImportReport report(QStringLiteral("weather"), file);
    GhcnStations stations;
    if (auto read = rows.value().read(csv, report, stations); !read)
        return read.error();
    if (report.read() == 0)
        return Error{tr("has a header but no rows"), file, 0, {}};

    // Which stations serve each territory.
    std::vector<Served> served;
    QStringList unserved;
    QStringList assignments;
    for (const TerritoryShape &territory : territories.value()) {
        auto point = StationAssignment::representativePoint(territory.wkb);
        if (!point)
            return Error{tr("territory %1: %2").arg(territory.code, point.error().message),
                         store.path(),
                         0,
                         {}};
        Served s{&territory,
                 StationAssignment::within(point.value(), stations.points, options.maxDistanceKm)};
        if (s.stations.empty()) {
            unserved.append(territory.code);
            continue;
        }
        const ServingStation &nearest = s.stations.front();
        const QString station = QString::fromUtf8(stations.ids[size_t(nearest.station)]);
        assignments.append(
            options.inverseDistance
                ? tr("%1 (%n station(s), nearest %2 at %3 km)", nullptr, int(s.stations.size()))
                      .arg(territory.code, station, km(nearest.distanceKm))
                : tr("%1 (%2 %3, %4 km)")
                      .arg(territory.code, station, stations.names[size_t(nearest.station)],
                           km(nearest.distanceKm)));
        served.push_back(std::move(s));
    }

    ImportTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto writer = WeatherWriter::prepare(store);
    if (!writer)
        return writer.error();
    const QByteArray source = options.source.toUtf8();
    std::set<qint64> days;
    for (const StationDay &row : stations.days)
        days.insert(row.day);
    qint64 written = 0;
    qint64 windDropped = 0;
    for (const qint64 day : days) {
        for (const Served &s : served) {
            qint64 line = 0;
            WeatherValues values = territoryDay(s, stations, day, options.inverseDistance, line);
            if (values.isEmpty())
                continue;
            // Means over different stations may put the gust below the wind; the gust matters
            // more for outages, so the wind goes.
            if (!WeatherSchema::inconsistent(values).isEmpty()) {
                values.set[size_t(WeatherField::Wind)] = false;
                ++windDropped;
            }
            switch (writer.value().write(s.territory->id, day, std::nullopt, source, values)) {
            case WeatherWriter::Outcome::Written:
                ++written;
                break;
            case WeatherWriter::Outcome::Duplicate:
                report.reject(RejectReason::Duplicate,
                              Error{tr("territory %1 already has %2 weather for %3 in the store")
                                        .arg(s.territory->code, options.source, dayText(day)),
                                    file, line, QStringLiteral("DATE")});
                break;
            case WeatherWriter::Outcome::Failed:
                return writer.value().lastError();
            }
        }
    }

    report.note(tr("%n territory-day(s) stored from %1 station(s)", nullptr, int(written))
                    .arg(stations.ids.size()));
    if (!assignments.isEmpty())
        report.note((options.inverseDistance
                         ? tr("Stations within %1 km, weighted by 1/distance^2: %2")
                         : tr("Each value from the nearest station within %1 km that reported it; "
                              "nearest stations: %2"))
                        .arg(km(options.maxDistanceKm), listed(assignments)));
    if (!unserved.isEmpty())
        report.note(tr("No station within %1 km, nothing stored for: %2")
                        .arg(km(options.maxDistanceKm), listed(unserved)));
    if (stations.qualityFlagged > 0)
        report.note(tr("%n value(s) failed NOAA's quality checks (quality flag set) and were left "
                       "out",
                       nullptr, int(stations.qualityFlagged)));
    if (stations.halfTemperature > 0)
        report.note(tr("temp_c is the mean of TMAX and TMIN; %n station-day(s) with only one of "
                       "them have no temp_c",
                       nullptr, int(stations.halfTemperature)));
    if (windDropped > 0)
        report.note(tr("%n territory-day(s) without wind_ms: the weighted gust came out below "
                       "the weighted wind (different stations reported them)",
                       nullptr, int(windDropped)));
    // Nothing written: say why, unless the default policy refuses the rejects anyway.
    if (written == 0 && !(report.rejected() > 0 && policy == RejectPolicy::RollBackOnAnyReject)) {
        QString why;
        if (served.empty())
            why = tr("no station lies within %1 km of any territory; raise --max-distance-km or "
                     "check the stations' coordinates")
                      .arg(km(options.maxDistanceKm));
        else if (report.rejected(RejectReason::Duplicate) > 0)
            why = tr("nothing new: the store already holds %1 weather for every territory and "
                     "day of this file")
                      .arg(options.source);
        else
            why = tr("the stations in reach reported none of AWND, WSF2, WSF5, PRCP, SNOW, TMAX "
                     "and TMIN");
        return Error{why, file, 0, {}};
    }
    if (auto finished = transaction.finish(report, policy); !finished)
        return finished.error();
    return report;
}

} // namespace stormcrew
