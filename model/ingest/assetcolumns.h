#pragma once

#include "domain/result.h"
#include "gdalhandles.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <optional>

namespace stormcrew {

class VectorSource;

// A territory's asset attributes as one input row gives them; an unset one keeps what the store
// holds.
struct AssetValues {
    std::optional<qint64> customers;
    std::optional<double> overheadKm;
    std::optional<double> undergroundKm;
    std::optional<qint64> poles;
    std::optional<QString> lastTrimmed; // YYYY-MM-DD
    std::optional<QString> depotCode;
};

// Internal to the importers (includes GDAL). Finds the asset columns of a layer (customers,
// overhead_km, underground_km, poles, last_trimmed, depot, or other names through a mapping) and
// validates their values.
class AssetColumns {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::AssetColumns)

public:
    // Largest believable values for one territory; beyond them a value is Impossible.
    static constexpr qint64 MaxCustomers = 100'000'000;
    static constexpr double MaxLineKm = 10'000'000;
    static constexpr qint64 MaxPoles = 1'000'000'000;

    // The attribute names (keys of mapping) in the order they are read.
    [[nodiscard]] static QStringList names();

    // mapping: attribute name -> the layer's column, for columns not named as the attributes.
    [[nodiscard]] static AssetColumns find(const VectorSource &source,
                                           const QHash<QString, QString> &mapping);

    // Whether the layer gives any asset attribute at all.
    [[nodiscard]] bool any() const;
    // The layer's columns that were recognised, e.g. "customers, overhead_km".
    [[nodiscard]] QStringList found() const;

    // The values of one feature; rejects (reason, line, field) go into the report and give
    // nullopt. An empty cell is simply unset. An Error (text that is not UTF-8) stops the import.
    [[nodiscard]] Result<std::optional<AssetValues>>
    read(const VectorSource &source, OGRFeatureH feature, ImportReport &report) const;

private:
    // Column index per attribute, -1 when absent; same order as names().
    std::array<int, 6> m_index{-1, -1, -1, -1, -1, -1};
    std::array<QString, 6> m_column;
};

} // namespace stormcrew
