#pragma once

// Shared by the three track readers (hurdat2reader, atcfreader, trackjsonreader): the checks
// every fix passes and the small parsers they have in common.

#include "domain/result.h"
#include "domain/tropicaltrack.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace stormcrew::trackread {

// Where a value came from, for reject messages: file, line (0 when unknown) and field prefix.
struct Where {
    QString file;
    qint64 line = 0;
    QString fieldPrefix; // "[3].data[12]." in JSON, empty in text files

    [[nodiscard]] Error at(const QString &field, const QString &message) const
    {
        return Error{message, file, line, fieldPrefix + field};
    }
};

// Sources write -999 (HURDAT2) or leave a field empty for "not given".
[[nodiscard]] bool isMissing(double value);

// "YYYYMMDDHH" or "YYYYMMDDHHMM" in UTC as Unix seconds; nullopt when it is not such a time.
[[nodiscard]] std::optional<qint64> parseUtc(const QString &stamp);

// "18.3N" / "83.3W" (HURDAT2, degrees) or "183N" / "833W" (ATCF, tenths): signed degrees.
[[nodiscard]] std::optional<double> parseCoordinate(QStringView text, bool tenths, bool latitude);

// Range and consistency checks every fix passes (position, wind, pressure, radii that grow
// outward); rejects into the report and returns false on the first problem.
[[nodiscard]] bool checkPoint(const TrackPoint &point, const Where &where, ImportReport &report);

// Appends the point to the track unless a fix with the same valid time is already there
// (rejected as a duplicate).
bool addPoint(TropicalTrack &track, TrackPoint point, const Where &where, ImportReport &report);

// The track's points in time order.
void sortPoints(TropicalTrack &track);

std::vector<TropicalTrack> readHurdat2(const QString &file, const QByteArray &data,
                                       ImportReport &report);
std::vector<TropicalTrack> readAtcf(const QString &file, const QByteArray &data,
                                    ImportReport &report);
// Structural problems (not JSON, not a list of storms) are an Error; bad values are rejects.
[[nodiscard]] Result<std::vector<TropicalTrack>>
readJson(const QString &file, const QByteArray &data, ImportReport &report);

} // namespace stormcrew::trackread
