#pragma once

#include "domain/result.h"
#include "predictor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace stormcrew {

class Store;

// A prediction as files: CSV (one row per territory with its factors), JSON (everything), or
// GeoJSON (the territories' outlines with the prediction as properties, for any GIS).
class PredictionExport {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::PredictionExport)

public:
    [[nodiscard]] static QJsonObject toJson(const StormPrediction &prediction);
    // The format follows the extension (.csv, .json, .geojson); the file is replaced whole or
    // not at all.
    [[nodiscard]] static Result<void> write(const StormPrediction &prediction, const Store &store,
                                            const QString &path);
};

} // namespace stormcrew
