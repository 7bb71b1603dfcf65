// The JSON form of HURDAT2 in shared/data/tracks: a list of storms {id: "AL092024_Helene",
// data: [{date, time_utc, record, status, lat, lng, max_wind_kt, min_pressure_mb,
// "34kt_wind_nm": {ne, se, sw, nw}, "50kt_wind_nm": ..., "64kt_wind_nm": ...}]}.
#include "trackreaders_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace stormcrew::trackread {

namespace {
struct TrackJson {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrackReader)
};

// The 1-based line of a byte offset, for JSON syntax errors.
qint64 lineOf(const QByteArray &data, qsizetype offset)
{
    return data.left(offset).count('\n') + 1;
}

// One fix; false (and a reject) when a value is unusable.
bool parseFix(const QJsonObject &fix, const Where &where, ImportReport &report, TrackPoint &point)
{
    const QString stamp = fix.value(QStringLiteral("date")).toString() +
                          fix.value(QStringLiteral("time_utc")).toString();
    const auto utc = parseUtc(stamp);
    if (!utc) {
        report.reject(
            RejectReason::BadTime,
            where.at(QStringLiteral("date"),
                     TrackJson::tr("'%1' is not a date YYYYMMDD with a time_utc HHMM").arg(stamp)));
        return false;
    }
    point.validTime = *utc;
    point.record = fix.value(QStringLiteral("record")).toString();
    point.status = fix.value(QStringLiteral("status")).toString();
    auto number = [&](const QString &field, bool required, std::optional<double> &out) {
        const QJsonValue value = fix.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (!required)
                return true;
            report.reject(RejectReason::Missing,
                          where.at(field, TrackJson::tr("is missing; every fix needs it")));
            return false;
        }
        if (!value.isDouble()) {
            report.reject(
                RejectReason::NotANumber,
                where.at(field,
                         TrackJson::tr("'%1' is not a number").arg(value.toVariant().toString())));
            return false;
        }
        if (!isMissing(value.toDouble()))
            out = value.toDouble();
        return true;
    };
    std::optional<double> lat;
    std::optional<double> lon;
    if (!number(QStringLiteral("lat"), true, lat) || !number(QStringLiteral("lng"), true, lon) ||
        !number(QStringLiteral("max_wind_kt"), false, point.maxWindKt) ||
        !number(QStringLiteral("min_pressure_mb"), false, point.minPressureHpa))
        return false;
    if (!lat || !lon) {
        report.reject(RejectReason::Missing,
                      where.at(!lat ? QStringLiteral("lat") : QStringLiteral("lng"),
                               TrackJson::tr("is -999; every fix needs a position")));
        return false;
    }
    point.lat = *lat;
    point.lon = *lon;
    for (int t = 0; t < 3; ++t) {
        const QString key = QStringLiteral("%1kt_wind_nm").arg(TrackPoint::RadiiThresholdsKt[t]);
        const QJsonObject quadrants = fix.value(key).toObject();
        if (quadrants.isEmpty())
            continue;
        std::array<double, 4> radii{};
        bool given = true;
        const char *const names[4] = {"ne", "se", "sw", "nw"};
        for (int q = 0; q < 4; ++q) {
            const QJsonValue value = quadrants.value(QLatin1String(names[q]));
            if (!value.isDouble()) {
                report.reject(
                    RejectReason::NotANumber,
                    where.at(
                        key + QLatin1Char('.') + QLatin1String(names[q]),
                        TrackJson::tr("'%1' is not a number").arg(value.toVariant().toString())));
                return false;
            }
            given = given && !isMissing(value.toDouble());
            radii[q] = value.toDouble();
        }
        if (given)
            point.radii[t] = radii;
    }
    return checkPoint(point, where, report);
}
} // namespace

Result<std::vector<TropicalTrack>> readJson(const QString &file, const QByteArray &data,
                                            ImportReport &report)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (document.isNull())
        return Error{TrackJson::tr("is not valid JSON: %1").arg(parseError.errorString()),
                     file,
                     lineOf(data, parseError.offset),
                     {}};
    QJsonArray storms;
    if (document.isArray())
        storms = document.array();
    else
        storms.append(document.object());
    static const QRegularExpression idPattern(QStringLiteral("^([A-Z]{2}[0-9]{6})(?:_(.*))?$"));
    std::vector<TropicalTrack> tracks;
    for (qsizetype s = 0; s < storms.size(); ++s) {
        const QJsonObject storm = storms.at(s).toObject();
        const QString id = storm.value(QStringLiteral("id")).toString();
        const auto match = idPattern.match(id);
        const QJsonValue data = storm.value(QStringLiteral("data"));
        if (!match.hasMatch() || !data.isArray())
            return Error{TrackJson::tr("storm %1 has no id such as 'AL092024_Helene' or no "
                                       "'data' list of fixes; the file must be a list of "
                                       "{id, data} storms")
                             .arg(s + 1),
                         file, 0, QStringLiteral("[%1]").arg(s)};
        TropicalTrack track;
        track.atcfId = match.captured(1);
        track.name =
            match.captured(2).isEmpty() ? QStringLiteral("UNNAMED") : match.captured(2).toUpper();
        const QJsonArray fixes = data.toArray();
        for (qsizetype f = 0; f < fixes.size(); ++f) {
            const Where where{file, 0, QStringLiteral("[%1].data[%2].").arg(s).arg(f)};
            report.countRead();
            TrackPoint point;
            if (!parseFix(fixes.at(f).toObject(), where, report, point))
                continue;
            if (addPoint(track, std::move(point), where, report))
                report.countAccepted();
        }
        tracks.push_back(std::move(track));
    }
    return tracks;
}

} // namespace stormcrew::trackread
