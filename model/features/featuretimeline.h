#pragma once

#include "domain/result.h"
#include "featuretable.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

class Store;

// The features of a storm or forecast hour by hour: at hour h, those of the weather valid up to
// the cut-off origin + h hours (peak gust so far, hours of damaging gusts so far, rain so far,
// ...), so that the timeline can show the outages the weather up to then brings. The origin is a
// forecast's issue time (T+0), or a past storm's start (its observed window). All hours come
// from one read of the weather rows (WeatherReader reads many targets in one pass).
class FeatureTimeline {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::FeatureTimeline)

public:
    static constexpr qint64 HourSeconds = 3600;
    static constexpr int MaxForecastHours = 72;
    // A past storm runs through its whole window, at most this long.
    static constexpr int MaxObservedHours = 240;

    struct Hours {
        bool forecast = false;            // false: a past storm's observed window
        qint64 origin = 0;                // Unix seconds of hour 0
        std::vector<qint64> cutoffs;      // origin + h hours, h = 0 .. last
        std::vector<FeatureTable> tables; // tables[h]: rows valid up to cutoffs[h]
    };

    explicit FeatureTimeline(Store &store);

    // Every hour from 0 to the end of the window (a forecast: at most MaxForecastHours). The
    // last hour's cut-off is the window's end when the window fits, so its table equals
    // FeatureBuilder::build's for the same request.
    [[nodiscard]] Result<Hours> build(const FeatureRequest &request) const;

    // The cut-off of each hour, for a window from origin to end: 0 .. ceil((end - origin) / 1 h)
    // capped at maxHours; the last is min(end, origin + last hours).
    [[nodiscard]] static std::vector<qint64> cutoffs(qint64 origin, qint64 end, int maxHours);

private:
    Store &m_store;
};

} // namespace stormcrew
