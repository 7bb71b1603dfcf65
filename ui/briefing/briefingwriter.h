#pragma once

#include "briefingdata.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QPageSize>

namespace stormcrew::briefing {

class BriefingMap;

// Writes the briefing a director takes into the storm meeting as a PDF (QPdfWriter): the
// storm and forecast, the map, the summary figures, the crew plan with its requests, the model
// and its contract, the territories hit hardest; landscape, in the user's language.
class BriefingWriter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::briefing::BriefingWriter)

public:
    struct Options {
        // Letter where the locale measures in inches, A4 elsewhere.
        QPageSize::PageSizeId pageSize = defaultPageSize();
        int topTerritories = 25; // rows of the territory table (it runs on as pages need)
    };

    [[nodiscard]] static QPageSize::PageSizeId defaultPageSize();

    // Writes the PDF; the file is replaced whole or not at all. Returns the number of pages.
    [[nodiscard]] static Result<int> write(const BriefingData &data, const BriefingMap &map,
                                           const QString &path, const Options &options);
    [[nodiscard]] static Result<int> write(const BriefingData &data, const BriefingMap &map,
                                           const QString &path)
    {
        return write(data, map, path, Options{});
    }
};

} // namespace stormcrew::briefing
