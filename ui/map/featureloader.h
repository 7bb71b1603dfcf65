#pragma once

#include "featurelayer.h"

#include "domain/result.h"

#include <QCoreApplication>

namespace stormcrew::map {

// Reads the features the map draws: the territories of a store and the basemap's outlines.
// Blocking; the map calls these on a worker thread.
class FeatureLoader {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::map::FeatureLoader)

public:
    // Every territory of the store at storePath (opened read-only beside the session's own
    // connection), projected. A territory whose outline cannot be read is reported, not skipped.
    [[nodiscard]] static Result<std::vector<MapFeature>> territories(const QString &storePath);

    // Polygons of any vector file OGR reads (the shipped outlines are Qt resources: ":/...").
    [[nodiscard]] static Result<std::vector<MapFeature>> vectorFile(const QString &path);
};

} // namespace stormcrew::map
