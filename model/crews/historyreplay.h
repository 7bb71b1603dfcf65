#pragma once

#include "crewinputs.h"

#include "demo/restorationfit.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <map>
#include <vector>

namespace stormcrew::crews {

// One incident of an outage log, in hours from the local midnight of the day it was first seen.
struct ReplayIncident {
    double firstSeen = 0;
    double lastSeen = 0;
};

// An outage log read for replay: incidents by local day, the storm days found in it, and the
// durations of incidents on ordinary days (the repair-time estimator's input).
struct IncidentLog {
    std::map<QDate, std::vector<ReplayIncident>> days;
    std::vector<QDate> stormDays;
    std::vector<demo::DurationInterval> quietDurations;
    qint64 rows = 0;
};

// A simulated restoration of a real storm day set against what happened: the share of the
// day's incidents cleared by each hour, real and simulated (P10/P50/P90).
struct ReplayResult {
    int crews = 0;
    int incidents = 0;
    std::vector<double> actual;
    std::vector<double> p10;
    std::vector<double> p50;
    std::vector<double> p90;
    double maxGap = 0;   // largest |actual - simulated P50| over the hours
    double coverage = 0; // share of hours whose actual lies within P10..P90
    double actualHalf = 0;
    double simulatedHalf = 0; // hours until half the incidents were cleared (P50 curve)
    double actualNinety = 0;
    double simulatedNinety = 0;
};

// Replays real storm days: their incidents appear when the outage feed first showed them, and
// `crews` crews clear them in that order with repair times from the ordinary days of the same
// log (docs/crews.md, "Against real history").
class HistoryReplay {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::crews::HistoryReplay)

public:
    // Snapshots of the LG&E/KU feed are about 20 minutes apart: an incident was restored
    // between its last sighting and the next one.
    static constexpr double SnapshotHours = 1.0 / 3.0;

    // Reads a log with first_seen_utc and last_seen_utc columns (ISO 8601), days in zone.
    [[nodiscard]] static Result<IncidentLog> read(const QString &file, const QTimeZone &zone);

    [[nodiscard]] static ReplayResult replay(const std::vector<ReplayIncident> &incidents,
                                             int crews, const RepairTime &repair,
                                             const ShiftPattern &shift, int simulations,
                                             quint64 seed, int hours = 96);
};

} // namespace stormcrew::crews
