#pragma once

#include "domain/stormevent.h"

#include <vector>

namespace stormcrew {

// Finds storm events in daily incident counts. For each day, the usual count is the median of
// the previous `window` days that have data, its spread the scaled MAD (never below the Poisson
// noise sqrt(median), nor 1); a day is a storm day when its robust z-score reaches `threshold`
// and its count is at least `minRatio` times the median. Consecutive storm days, also across
// days without any incident (a feed that was down), merge into one event.
class StormDetector {
public:
    struct Settings {
        int window = 28;        // days of history for the median and MAD
        int minHistory = 7;     // fewer days with data before a day: no verdict for it
        double threshold = 6.0; // robust z-score a storm day reaches
        double minRatio = 2.0;  // and its count is at least this many times the median
        int maxGapDays = 2;     // days without data that may sit inside one event
    };

    StormDetector() = default;
    explicit StormDetector(Settings settings) : m_settings(settings) {}

    // days: in ascending order, days without any incident left out.
    [[nodiscard]] std::vector<StormEvent> detect(const std::vector<DailyIncidents> &days) const;

    // The robust z-score of each day (0 where there is too little history), same order.
    [[nodiscard]] std::vector<double> scores(const std::vector<DailyIncidents> &days) const;

    [[nodiscard]] const Settings &settings() const { return m_settings; }

private:
    struct Baseline {
        bool known = false;
        double median = 0;
        double spread = 1;
    };
    // The usual count before day i and its spread; unknown with too little history.
    [[nodiscard]] Baseline baseline(const std::vector<DailyIncidents> &days, std::size_t i) const;

    Settings m_settings;
};

} // namespace stormcrew
