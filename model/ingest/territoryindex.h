#pragma once

#include "domain/result.h"
#include "domain/territory.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace stormcrew {

// Finds the territory that holds a point: a uniform grid over the territories' bounding boxes
// narrows the candidates, then GEOS prepared geometries answer exactly (boundary included).
class TerritoryIndex {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TerritoryIndex)

public:
    enum class Lookup {
        Grid,      // the grid, then prepared geometries: what importers use
        LinearScan // every bounding box in turn, then prepared geometries: the benchmark's peer
    };

    // An Error when a territory's WKB cannot be read.
    [[nodiscard]] static Result<std::unique_ptr<TerritoryIndex>>
    build(const std::vector<TerritoryShape> &territories, Lookup lookup = Lookup::Grid);
    ~TerritoryIndex();
    TerritoryIndex(const TerritoryIndex &) = delete;
    TerritoryIndex &operator=(const TerritoryIndex &) = delete;

    // Id of the territory holding the WGS 84 point; nullopt when it lies in none. Where
    // territories share a border, the first one in code order wins. Not thread-safe.
    [[nodiscard]] std::optional<qint64> locate(double lon, double lat) const;

    [[nodiscard]] std::size_t size() const;

private:
    struct Private;
    explicit TerritoryIndex(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace stormcrew
