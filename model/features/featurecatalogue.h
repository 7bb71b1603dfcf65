#pragma once

#include "featuretable.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stormcrew {

// What one raw feature is: its key in files and JSON, unit, where it comes from in the store, how
// the model uses it, and a definition a person can read.
struct FeatureInfo {
    Feature feature = Feature::PeakGust;
    QString key;            // snake_case, stable: CSV headers, JSON, model specs
    QString unit;           // translated ("m/s", "h", "mm", "days", ...)
    QString name;           // translated, sentence case ("Peak gust")
    QString source;         // tables and columns (SQL names, not translated)
    QString transformation; // how the model enters it (not translated: formulae)
    QString definition;     // translated, one or two sentences
};

// The catalogue of raw features, in the order of the Feature enum. docs/model.md holds the table
// markdownTable() writes (a test compares them).
class FeatureCatalogue {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::FeatureCatalogue)

public:
    [[nodiscard]] static FeatureInfo info(Feature feature);
    [[nodiscard]] static QString key(Feature feature);
    [[nodiscard]] static std::optional<Feature> fromKey(const QString &key);
    [[nodiscard]] static std::array<Feature, FeatureCount> all();

    // The docs' table (English): feature, unit, source, transformation in the model, definition.
    [[nodiscard]] static QString markdownTable();
};

} // namespace stormcrew
