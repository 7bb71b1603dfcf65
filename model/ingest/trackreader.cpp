#include "trackreader.h"

#include "trackreaders_p.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace trackread {

namespace {
struct Checks {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrackReader)
};
const char *const QuadrantNames[4] = {"ne", "se", "sw", "nw"};
} // namespace

bool isMissing(double value)
{
    return value <= -999 || std::isnan(value);
}

std::optional<qint64> parseUtc(const QString &stamp)
{
    if (stamp.size() != 10 && stamp.size() != 12)
        return std::nullopt;
    const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(stamp.mid(8), stamp.size() == 10 ? QStringLiteral("HH")
                                                                          : QStringLiteral("HHmm"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

std::optional<double> parseCoordinate(QStringView text, bool tenths, bool latitude)
{
    text = text.trimmed();
    if (text.size() < 2)
        return std::nullopt;
    const QChar hemisphere = text.back().toUpper();
    const bool positive =
        latitude ? hemisphere == QLatin1Char('N') : hemisphere == QLatin1Char('E');
    const bool negative =
        latitude ? hemisphere == QLatin1Char('S') : hemisphere == QLatin1Char('W');
    if (!positive && !negative)
        return std::nullopt;
    bool ok = false;
    double value = text.chopped(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (tenths)
        value /= 10.0;
    return negative ? -value : value;
}

bool checkPoint(const TrackPoint &point, const Where &where, ImportReport &report)
{
    auto impossible = [&](const QString &field, const QString &message) {
        report.reject(RejectReason::Impossible, where.at(field, message));
        return false;
    };
    if (point.lat < -90 || point.lat > 90)
        return impossible(QStringLiteral("lat"),
                          Checks::tr("latitude %1 is outside -90..90").arg(point.lat));
    if (point.lon < -180 || point.lon > 180)
        return impossible(QStringLiteral("lon"),
                          Checks::tr("longitude %1 is outside -180..180").arg(point.lon));
    if (point.maxWindKt && (*point.maxWindKt < 0 || *point.maxWindKt > 250))
        return impossible(QStringLiteral("max_wind_kt"),
                          Checks::tr("maximum wind %1 kt is outside 0..250 kt; write -999 when "
                                     "unknown")
                              .arg(*point.maxWindKt));
    if (point.minPressureHpa && (*point.minPressureHpa < 850 || *point.minPressureHpa > 1100))
        return impossible(QStringLiteral("min_pressure"),
                          Checks::tr("central pressure %1 hPa is outside 850..1100 hPa; write "
                                     "-999 when unknown")
                              .arg(*point.minPressureHpa));
    if (point.rmwNm && *point.rmwNm <= 0)
        return impossible(
            QStringLiteral("rmw"),
            Checks::tr("radius of maximum wind %1 n mi is not positive").arg(*point.rmwNm));
    for (size_t t = 0; t < point.radii.size(); ++t) {
        if (!point.radii[t])
            continue;
        const int kt = TrackPoint::RadiiThresholdsKt[t];
        for (int q = 0; q < 4; ++q) {
            const double radius = (*point.radii[t])[q];
            const QString field =
                QStringLiteral("%1kt_%2").arg(kt).arg(QLatin1String(QuadrantNames[q]));
            if (radius < 0)
                return impossible(
                    field, Checks::tr("the %1-kt radius %2 n mi is negative").arg(kt).arg(radius));
            if (t > 0 && point.radii[t - 1] && radius > (*point.radii[t - 1])[q])
                return impossible(
                    field, Checks::tr("the %1-kt radius (%2 n mi) reaches beyond the %3-kt "
                                      "radius (%4 n mi) in the %5 quadrant; stronger winds lie "
                                      "inside weaker ones")
                               .arg(kt)
                               .arg(radius)
                               .arg(TrackPoint::RadiiThresholdsKt[t - 1])
                               .arg((*point.radii[t - 1])[q])
                               .arg(QString::fromLatin1(QuadrantNames[q]).toUpper()));
        }
    }
    return true;
}

bool addPoint(TropicalTrack &track, TrackPoint point, const Where &where, ImportReport &report)
{
    const bool duplicate =
        std::any_of(track.points.begin(), track.points.end(),
                    [&](const TrackPoint &other) { return other.validTime == point.validTime; });
    if (duplicate) {
        report.reject(
            RejectReason::Duplicate,
            where.at(QStringLiteral("time"),
                     Checks::tr("%1 has a second fix at %2; keep one line per time")
                         .arg(track.atcfId, QDateTime::fromSecsSinceEpoch(point.validTime, Qt::UTC)
                                                .toString(Qt::ISODate))));
        return false;
    }
    track.points.push_back(std::move(point));
    return true;
}

void sortPoints(TropicalTrack &track)
{
    std::stable_sort(
        track.points.begin(), track.points.end(),
        [](const TrackPoint &a, const TrackPoint &b) { return a.validTime < b.validTime; });
}

} // namespace trackread

Result<TrackFormat> TrackReader::detect(const QString &file, const QByteArray &data)
{
    const QByteArray head = data.left(4096).trimmed();
    if (head.startsWith('[') || head.startsWith('{'))
        return TrackFormat::HurdatJson;
    const qsizetype newline = head.indexOf('\n');
    const QString firstLine = QString::fromUtf8(newline < 0 ? head : head.left(newline)).trimmed();
    static const QRegularExpression hurdatHeader(
        QStringLiteral("^[A-Z]{2}[0-9]{6}\\s*,[^,]*,\\s*[0-9]+\\s*,"));
    static const QRegularExpression atcfLine(
        QStringLiteral("^[A-Z]{2}\\s*,\\s*[0-9]{1,2}\\s*,\\s*[0-9]{10}\\s*,"));
    if (hurdatHeader.match(firstLine).hasMatch())
        return TrackFormat::Hurdat2;
    if (atcfLine.match(firstLine).hasMatch())
        return TrackFormat::Atcf;
    return Error{tr("is not a track file this version reads: expected HURDAT2 text (a header "
                    "such as 'AL092024, HELENE, 25,'), ATCF a-deck or b-deck lines ('AL, 09, "
                    "2024092612, ...') or the HURDAT2 JSON form (a list of storms); the first "
                    "line is '%1'")
                     .arg(firstLine.left(60)),
                 file,
                 1,
                 {}};
}

QString TrackReader::formatName(TrackFormat format)
{
    switch (format) {
    case TrackFormat::Hurdat2:
        return QStringLiteral("HURDAT2");
    case TrackFormat::HurdatJson:
        return QStringLiteral("HURDAT2 JSON");
    case TrackFormat::Atcf:
        return QStringLiteral("ATCF");
    }
    return {};
}

Result<TrackFile> TrackReader::read(const QString &file, ImportReport &report)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return Error{tr("cannot be read: %1").arg(input.errorString()), file, 0, {}};
    const QByteArray data = input.readAll();
    if (data.trimmed().isEmpty())
        return Error{
            tr("is empty; expected a HURDAT2, ATCF or HURDAT2 JSON track file"), file, 0, {}};
    auto format = detect(file, data);
    if (!format)
        return format.error();
    TrackFile result;
    result.format = format.value();
    switch (result.format) {
    case TrackFormat::Hurdat2:
        result.tracks = trackread::readHurdat2(file, data, report);
        break;
    case TrackFormat::Atcf:
        result.tracks = trackread::readAtcf(file, data, report);
        break;
    case TrackFormat::HurdatJson: {
        auto tracks = trackread::readJson(file, data, report);
        if (!tracks)
            return tracks.error();
        result.tracks = std::move(tracks.value());
        break;
    }
    }
    for (TropicalTrack &track : result.tracks)
        trackread::sortPoints(track);
    return result;
}

} // namespace stormcrew
