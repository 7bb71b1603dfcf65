#pragma once

#include "stormreplay.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace stormcrew::replay {

// The review report of a replay as a PDF (docs/replay.md, "The review report"): the storm and
// the model as of then, predicted against actual with the metrics, the hindsight outcome, and
// vector charts (predicted against actual per territory with P10-P90 bars, the storm's outages
// over time against the predicted total, restoration against the planned ETR), then the
// territories. Drawn with cairo (PdfCanvas), so the headless CLI and the control centre write
// the same file.
class ReviewPdf {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::replay::ReviewPdf)

public:
    [[nodiscard]] static Result<void> write(const StormReplay &replay, const QString &path);
};

} // namespace stormcrew::replay
