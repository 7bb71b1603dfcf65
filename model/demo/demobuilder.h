#pragma once

#include "domain/result.h"
#include "ingest/importreport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace stormcrew::demo {

// What `demo create` is asked for.
struct DemoOptions {
    quint64 seed = 1;
    // Issue time of the incoming storm's forecast, Unix seconds UTC (rounded down to the hour);
    // 0 for the current time. It must lie after the history (2026-01-15 or later).
    qint64 now = 0;
    // Where the demo's files are written and kept; empty: a temporary folder, removed after.
    QString filesFolder;
    // Replace a store that already exists at the path (otherwise that is an error).
    bool replace = false;
};

// Where a build is: `step` of `steps` steps are done, and `message` says, in words for a person,
// what it does now (the last report, step == steps, says the store is ready).
struct DemoProgress {
    int step = 0;
    int steps = 0;
    QString message;

    // For a progress bar: 0 before the first step, 1 when the store is in place.
    [[nodiscard]] double fraction() const { return steps > 0 ? double(step) / steps : 0; }
};

// What a build made.
struct DemoSummary {
    QString storePath;
    QString filesFolder; // empty when the files were temporary
    quint64 seed = 0;
    qint64 forecastIssued = 0; // Unix seconds UTC
    qint64 territories = 0;
    qint64 storms = 0;
    qint64 incidents = 0;
    qint64 weatherRows = 0;
    qint64 modelId = 0; // the first outage model, active
    double seconds = 0;
    std::vector<ImportReport> reports; // every import, in the order they ran
};

// Builds the demo store: generates the fictional utility, its storm history and the incoming
// forecast, writes them as real files (GeoPackage, GeoTIFF, GRIB2, CSV), loads them through the
// importers the user would run, and moves the finished store into place; a failed or cancelled
// build leaves any earlier store untouched. Blocking: the GUI runs it on a worker thread.
class DemoBuilder {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::demo::DemoBuilder)

public:
    // Told before each step and once when the store is in place, on the thread build() runs
    // on; returning false before a step cancels the build.
    using ProgressCallback = std::function<bool(const DemoProgress &)>;

    explicit DemoBuilder(DemoOptions options);

    [[nodiscard]] Result<DemoSummary> build(const QString &storePath,
                                            const ProgressCallback &progress = {});

    // The first issue time the forecast may have: fourteen days after the history ends.
    [[nodiscard]] static qint64 earliestForecast();

private:
    DemoOptions m_options;
};

} // namespace stormcrew::demo
