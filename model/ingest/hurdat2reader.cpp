// HURDAT2 text (NHC, "The revised Atlantic hurricane database (HURDAT2)" format description):
// a header line per storm (ATCF id, name, number of entries), then that many data lines.
#include "trackreaders_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stormcrew::trackread {

namespace {
struct Hurdat2 {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrackReader)
};

// Data-line fields after splitting on commas (docs/data-formats.md has the column layout).
enum Column { Date, Time, Record, Status, Lat, Lon, Wind, Pressure, Radii, Rmw = Radii + 12 };
constexpr int MinimumColumns = Radii + 12; // RMW was added in 2021 and may be absent

const char *const RadiiFields[12] = {"34kt_ne", "34kt_se", "34kt_sw", "34kt_nw",
                                     "50kt_ne", "50kt_se", "50kt_sw", "50kt_nw",
                                     "64kt_ne", "64kt_se", "64kt_sw", "64kt_nw"};

// One data line as a fix; false (and a reject in the report) when a field is unusable.
bool parseLine(const QStringList &cells, const Where &where, ImportReport &report,
               TrackPoint &point)
{
    if (cells.size() < MinimumColumns) {
        report.reject(RejectReason::Missing,
                      where.at({}, Hurdat2::tr("has %1 fields, a HURDAT2 data line has at least "
                                               "%2 (date, time, record, status, latitude, "
                                               "longitude, wind, pressure, 12 wind radii)")
                                       .arg(cells.size())
                                       .arg(MinimumColumns)));
        return false;
    }
    const QString stamp = cells[Date].trimmed() + cells[Time].trimmed();
    const auto utc = parseUtc(stamp);
    if (!utc) {
        report.reject(RejectReason::BadTime,
                      where.at(QStringLiteral("date"),
                               Hurdat2::tr("'%1, %2' is not a date YYYYMMDD and a UTC time HHMM")
                                   .arg(cells[Date].trimmed(), cells[Time].trimmed())));
        return false;
    }
    point.validTime = *utc;
    point.record = cells[Record].trimmed();
    point.status = cells[Status].trimmed();
    const auto lat = parseCoordinate(cells[Lat], false, true);
    const auto lon = parseCoordinate(cells[Lon], false, false);
    if (!lat || !lon) {
        const bool badLat = !lat;
        report.reject(
            RejectReason::NotANumber,
            where.at(badLat ? QStringLiteral("lat") : QStringLiteral("lon"),
                     Hurdat2::tr("'%1' is not a %2 such as %3")
                         .arg(cells[badLat ? Lat : Lon].trimmed(),
                              badLat ? Hurdat2::tr("latitude") : Hurdat2::tr("longitude"),
                              badLat ? QStringLiteral("18.3N") : QStringLiteral("83.3W"))));
        return false;
    }
    point.lat = *lat;
    point.lon = *lon;
    auto number = [&](int column, const QString &field, std::optional<double> &out) {
        const QString text = cells[column].trimmed();
        if (text.isEmpty())
            return true;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok) {
            report.reject(RejectReason::NotANumber,
                          where.at(field, Hurdat2::tr("'%1' is not a number; write -999 when "
                                                      "unknown")
                                              .arg(text)));
            return false;
        }
        if (!isMissing(value))
            out = value;
        return true;
    };
    if (!number(Wind, QStringLiteral("max_wind_kt"), point.maxWindKt) ||
        !number(Pressure, QStringLiteral("min_pressure"), point.minPressureHpa))
        return false;
    for (int t = 0; t < 3; ++t) {
        std::array<double, 4> radii{};
        bool given = true;
        for (int q = 0; q < 4; ++q) {
            std::optional<double> value;
            if (!number(Radii + 4 * t + q, QString::fromLatin1(RadiiFields[4 * t + q]), value))
                return false;
            given = given && value.has_value();
            radii[q] = value.value_or(0);
        }
        if (given)
            point.radii[t] = radii;
    }
    if (cells.size() > Rmw && !number(Rmw, QStringLiteral("rmw"), point.rmwNm))
        return false;
    return checkPoint(point, where, report);
}
} // namespace

std::vector<TropicalTrack> readHurdat2(const QString &file, const QByteArray &data,
                                       ImportReport &report)
{
    static const QRegularExpression header(
        QStringLiteral("^([A-Z]{2}[0-9]{6})\\s*,\\s*([^,]*?)\\s*,\\s*([0-9]+)\\s*,?\\s*$"));
    std::vector<TropicalTrack> tracks;
    const QList<QByteArray> lines = data.split('\n');
    int expected = 0;
    qint64 headerLine = 0;
    qint64 lastLine = 0;
    auto closeStorm = [&](qint64 line) {
        if (expected > 0)
            report.reject(RejectReason::Missing,
                          Error{Hurdat2::tr("the header of %1 (line %2) announces %n more data "
                                            "line(s) than follow it; fix the count or add the "
                                            "lines",
                                            nullptr, expected)
                                    .arg(tracks.back().atcfId)
                                    .arg(headerLine),
                                file,
                                line,
                                {}});
        expected = 0;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 lineNumber = i + 1;
        const QString text = QString::fromUtf8(lines[i]).trimmed();
        if (text.isEmpty())
            continue;
        lastLine = lineNumber;
        const auto match = header.match(text);
        if (match.hasMatch()) {
            closeStorm(lineNumber);
            TropicalTrack track;
            track.atcfId = match.captured(1);
            track.name = match.captured(2);
            if (track.name.isEmpty())
                track.name = QStringLiteral("UNNAMED");
            expected = match.captured(3).toInt();
            headerLine = lineNumber;
            tracks.push_back(std::move(track));
            continue;
        }
        const Where where{file, lineNumber, {}};
        report.countRead();
        if (tracks.empty() || expected == 0) {
            report.reject(RejectReason::Missing,
                          where.at({}, Hurdat2::tr("a data line outside any storm: the storm's "
                                                   "header line (e.g. 'AL092024, HELENE, 25,') "
                                                   "is missing or announces fewer lines")));
            continue;
        }
        --expected;
        TrackPoint point;
        if (!parseLine(text.split(QLatin1Char(',')), where, report, point))
            continue;
        if (addPoint(tracks.back(), std::move(point), where, report))
            report.countAccepted();
    }
    closeStorm(lastLine);
    return tracks;
}

} // namespace stormcrew::trackread
