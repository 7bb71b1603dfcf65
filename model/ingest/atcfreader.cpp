// ATCF a-deck and b-deck text (the "ATCF ABDECK" format of the Naval Research Laboratory, used by
// NHC): one line per time, technique and wind-radii threshold. BEST lines make the best track,
// OFCL lines (the official forecast) one forecast track per synoptic time; other techniques
// (models, CARQ) are skipped and counted.
#include "trackreaders_p.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace stormcrew::trackread {

namespace {
struct Atcf {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrackReader)
};

enum Column {
    Basin,
    Number,
    SynopticTime,
    Minutes,
    Technique,
    Tau,
    Lat,
    Lon,
    Vmax,
    Mslp,
    Type,
    RadiusKt,
    WindCode,
    Rad1,
    Rad2,
    Rad3,
    Rad4,
    Pouter,
    Router,
    Rmw,
    Gusts,
    Eye,
    Subregion,
    MaxSeas,
    Initials,
    Direction,
    Speed,
    StormName
};
constexpr int MinimumColumns = Lon + 1;

// An official forecast is released about three hours after its synoptic time (the 15 UTC
// advisory carries the 12 UTC forecast): that release is its issue time.
constexpr qint64 AdvisoryDelaySeconds = 3 * 3600;

struct Key {
    QString atcfId;
    qint64 issued = -1; // -1 for the best track
    bool operator<(const Key &other) const
    {
        return std::tie(atcfId, issued) < std::tie(other.atcfId, other.issued);
    }
};

std::optional<double> number(const QStringList &cells, int column, const Where &where,
                             const QString &field, ImportReport &report, bool &ok)
{
    if (column >= cells.size())
        return std::nullopt;
    const QString text = cells[column].trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool parsed = false;
    const double value = text.toDouble(&parsed);
    if (!parsed) {
        report.reject(RejectReason::NotANumber,
                      where.at(field, Atcf::tr("'%1' is not a number").arg(text)));
        ok = false;
        return std::nullopt;
    }
    if (isMissing(value))
        return std::nullopt;
    return value;
}
} // namespace

std::vector<TropicalTrack> readAtcf(const QString &file, const QByteArray &data,
                                    ImportReport &report)
{
    std::map<Key, TropicalTrack> tracks;
    // The line each (track, valid time, threshold) came from: a second one is a duplicate.
    QHash<QString, qint64> seen;
    qint64 skipped = 0;
    QStringList skippedTechniques;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines[i]).trimmed();
        if (text.isEmpty())
            continue;
        const Where where{file, i + 1, {}};
        const QStringList cells = text.split(QLatin1Char(','));
        const QString technique = cells.value(Technique).trimmed();
        if (cells.size() >= MinimumColumns && technique != QLatin1String("BEST") &&
            technique != QLatin1String("OFCL")) {
            ++skipped;
            if (!skippedTechniques.contains(technique) && skippedTechniques.size() < 8)
                skippedTechniques.append(technique);
            continue;
        }
        report.countRead();
        if (cells.size() < MinimumColumns) {
            report.reject(RejectReason::Missing,
                          where.at({}, Atcf::tr("has %1 fields; an ATCF line has at least basin, "
                                                "number, time, minutes, technique, tau, "
                                                "latitude and longitude")
                                           .arg(cells.size())));
            continue;
        }
        const bool best = technique == QLatin1String("BEST");
        const auto synoptic = parseUtc(cells[SynopticTime].trimmed());
        if (!synoptic) {
            report.reject(
                RejectReason::BadTime,
                where.at(QStringLiteral("time"), Atcf::tr("'%1' is not a UTC time YYYYMMDDHH")
                                                     .arg(cells[SynopticTime].trimmed())));
            continue;
        }
        bool ok = true;
        const double minutes =
            best ? number(cells, Minutes, where, QStringLiteral("minutes"), report, ok).value_or(0)
                 : 0;
        const auto tau = number(cells, Tau, where, QStringLiteral("tau"), report, ok);
        if (!ok)
            continue;
        const QString basin = cells[Basin].trimmed();
        bool numberOk = false;
        const int cyclone = cells[Number].trimmed().toInt(&numberOk);
        if (!numberOk || basin.size() != 2) {
            report.reject(RejectReason::NotANumber,
                          where.at(QStringLiteral("number"),
                                   Atcf::tr("'%1, %2' is not a basin and cyclone number such as "
                                            "'AL, 09'")
                                       .arg(basin, cells[Number].trimmed())));
            continue;
        }
        TrackPoint point;
        point.validTime = *synoptic + qint64(minutes) * 60 + qint64(tau.value_or(0)) * 3600;
        const auto lat = parseCoordinate(cells[Lat], true, true);
        const auto lon = parseCoordinate(cells[Lon], true, false);
        if (!lat || !lon) {
            report.reject(RejectReason::NotANumber,
                          where.at(!lat ? QStringLiteral("lat") : QStringLiteral("lon"),
                                   Atcf::tr("'%1' is not a position in tenths of a degree such "
                                            "as 272N or 841W")
                                       .arg(cells[!lat ? Lat : Lon].trimmed())));
            continue;
        }
        point.lat = *lat;
        point.lon = *lon;
        point.maxWindKt = number(cells, Vmax, where, QStringLiteral("vmax"), report, ok);
        point.minPressureHpa = number(cells, Mslp, where, QStringLiteral("mslp"), report, ok);
        if (point.minPressureHpa && *point.minPressureHpa <= 0)
            point.minPressureHpa.reset();
        point.status = cells.value(Type).trimmed();
        const auto threshold = number(cells, RadiusKt, where, QStringLiteral("rad"), report, ok);
        std::array<double, 4> radii{};
        for (int q = 0; q < 4; ++q)
            radii[q] =
                number(cells, Rad1 + q, where, QStringLiteral("rad%1").arg(q + 1), report, ok)
                    .value_or(0);
        point.rmwNm = number(cells, Rmw, where, QStringLiteral("rmw"), report, ok);
        if (point.rmwNm && *point.rmwNm <= 0)
            point.rmwNm.reset();
        if (!ok)
            continue;
        int thresholdIndex = -1;
        if (threshold && *threshold > 0) {
            for (int t = 0; t < 3; ++t)
                if (int(*threshold) == TrackPoint::RadiiThresholdsKt[t])
                    thresholdIndex = t;
            if (thresholdIndex < 0) {
                report.reject(RejectReason::Impossible,
                              where.at(QStringLiteral("rad"),
                                       Atcf::tr("wind radii of %1 kt: the thresholds are 34, 50 "
                                                "and 64 kt")
                                           .arg(*threshold)));
                continue;
            }
            // AAA: one radius for the full circle; NEQ: NE, SE, SW, NW.
            if (cells.value(WindCode).trimmed() == QLatin1String("AAA"))
                radii.fill(radii[0]);
            point.radii[thresholdIndex] = radii;
        }
        if (!checkPoint(point, where, report))
            continue;

        const Key key{basin + QStringLiteral("%1").arg(cyclone, 2, 10, QLatin1Char('0')) +
                          cells[SynopticTime].trimmed().left(4),
                      best ? -1 : *synoptic + AdvisoryDelaySeconds};
        const QString lineKey = QStringLiteral("%1/%2/%3/%4")
                                    .arg(key.atcfId)
                                    .arg(key.issued)
                                    .arg(point.validTime)
                                    .arg(thresholdIndex);
        if (seen.contains(lineKey)) {
            report.reject(RejectReason::Duplicate,
                          where.at(QStringLiteral("rad"),
                                   Atcf::tr("repeats line %1 (same storm, technique, time and "
                                            "wind-radii threshold)")
                                       .arg(seen.value(lineKey))));
            continue;
        }
        seen.insert(lineKey, where.line);
        TropicalTrack &track = tracks[key];
        track.atcfId = key.atcfId;
        if (!best)
            track.issuedTime = key.issued;
        const QString name = cells.value(StormName).trimmed();
        if (!name.isEmpty() && name != QLatin1String("INVEST"))
            track.name = name;
        // The lines of one time (one per threshold) make one fix.
        auto existing =
            std::find_if(track.points.begin(), track.points.end(),
                         [&](const TrackPoint &p) { return p.validTime == point.validTime; });
        if (existing == track.points.end()) {
            track.points.push_back(point);
        } else if (thresholdIndex >= 0) {
            existing->radii[thresholdIndex] = point.radii[thresholdIndex];
        }
        report.countAccepted();
    }
    std::vector<TropicalTrack> result;
    for (auto &[key, track] : tracks) {
        if (track.name.isEmpty())
            track.name = QStringLiteral("UNNAMED");
        // Thresholds the storm does not reach have no line: their radii are 0 when others are
        // given (NHC writes only the thresholds it reaches).
        for (TrackPoint &point : track.points) {
            const bool anyRadii = std::any_of(point.radii.begin(), point.radii.end(),
                                              [](const QuadrantRadii &r) { return r.has_value(); });
            for (int t = 0; t < 3; ++t) {
                if (anyRadii && !point.radii[t] && point.maxWindKt &&
                    *point.maxWindKt < TrackPoint::RadiiThresholdsKt[t])
                    point.radii[t] = std::array<double, 4>{};
            }
        }
        result.push_back(std::move(track));
    }
    if (skipped > 0)
        report.note(Atcf::tr("%n line(s) of other techniques skipped (%1); only BEST and OFCL "
                             "are imported.",
                             nullptr, int(skipped))
                        .arg(skippedTechniques.join(QStringLiteral(", "))));
    return result;
}

} // namespace stormcrew::trackread
