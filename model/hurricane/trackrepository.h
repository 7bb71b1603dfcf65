#pragma once

#include "domain/result.h"
#include "domain/tropicaltrack.h"
#include "windfield.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::hurricane {

// A tropical storm as the store knows it.
struct TropicalStormInfo {
    qint64 stormId = 0; // storm.id
    QString atcfId;
    QString name;
    qint64 start = 0;
    qint64 end = 0;
    bool hasBestTrack = false;
    std::vector<qint64> forecastIssues; // issue times of its forecast tracks, oldest first
};

// Reads tracks and the territories' sample points from the store.
class TrackRepository {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::hurricane::TrackRepository)

public:
    explicit TrackRepository(const Store &store);

    // The storm by ATCF id (AL092024), storm code or name (Helene), any case; an Error lists the
    // tropical storms the store holds.
    [[nodiscard]] Result<TropicalStormInfo> find(const QString &storm) const;
    [[nodiscard]] Result<std::vector<TropicalStormInfo>> all() const;
    // The best track (issued empty) or the forecast track of that issue.
    [[nodiscard]] Result<TropicalTrack> track(const TropicalStormInfo &storm,
                                              std::optional<qint64> issued) const;
    // Every territory's centroid, ordered by code.
    [[nodiscard]] Result<std::vector<SamplePoint>> samplePoints() const;

private:
    const Store &m_store;
};

} // namespace stormcrew::hurricane
