#pragma once

#include "domain/result.h"
#include "domain/tropicaltrack.h"
#include "importreport.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

// The track formats `import track` reads, told apart by their content (docs/data-formats.md).
enum class TrackFormat {
    Hurdat2,    // NHC HURDAT2 text: a header line per storm, then its best-track lines
    HurdatJson, // the JSON form of HURDAT2 in shared/data/tracks
    Atcf,       // ATCF a-deck (official forecasts, OFCL) and b-deck (BEST) lines
};

// What a track file holds: its format and its tracks (best tracks and forecast advisories).
struct TrackFile {
    TrackFormat format = TrackFormat::Hurdat2;
    std::vector<TropicalTrack> tracks;
};

// Reads tropical-cyclone tracks from HURDAT2, HURDAT2-JSON or ATCF deck files. Bad lines are
// rejected into the report with file, line and field; a file that cannot be read at all, or whose
// format is none of these, is an Error.
class TrackReader {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrackReader)

public:
    [[nodiscard]] static Result<TrackFile> read(const QString &file, ImportReport &report);
    // The format of a file's content, or an Error saying what was expected.
    [[nodiscard]] static Result<TrackFormat> detect(const QString &file, const QByteArray &data);
    [[nodiscard]] static QString formatName(TrackFormat format);
};

} // namespace stormcrew
