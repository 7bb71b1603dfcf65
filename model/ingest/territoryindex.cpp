#include "territoryindex.h"

#include <geos_c.h>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

// GEOS's reentrant API needs its context to free what it made; these deleters carry it.
struct ContextDestroyer {
    void operator()(GEOSContextHandle_t context) const { GEOS_finish_r(context); }
};
using ContextPtr = std::unique_ptr<std::remove_pointer_t<GEOSContextHandle_t>, ContextDestroyer>;

struct GeometryDestroyer {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry *geometry) const { GEOSGeom_destroy_r(context, geometry); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDestroyer>;

struct PreparedDestroyer {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry *prepared) const
    {
        GEOSPreparedGeom_destroy_r(context, prepared);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDestroyer>;

struct ReaderDestroyer {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSWKBReader *reader) const { GEOSWKBReader_destroy_r(context, reader); }
};
using ReaderPtr = std::unique_ptr<GEOSWKBReader, ReaderDestroyer>;

} // namespace

struct TerritoryIndex::Private {
    struct Entry {
        qint64 id;
        GeoBounds bounds;
        GeometryPtr geometry;
        PreparedPtr prepared;
    };

    ContextPtr context;
    TerritoryIndex::Lookup lookup = TerritoryIndex::Lookup::Grid;
    std::vector<Entry> entries;
    // The grid: cells of cellSize degrees from (originLon, originLat), each listing the entries
    // whose bounding box touches it, in code order.
    GeoBounds extent;
    double cellSize = 1;
    int columns = 0;
    int rows = 0;
    std::vector<std::vector<int>> cells;

    [[nodiscard]] int column(double lon) const
    {
        return std::clamp(int(std::floor((lon - extent.minLon) / cellSize)), 0, columns - 1);
    }
    [[nodiscard]] int row(double lat) const
    {
        return std::clamp(int(std::floor((lat - extent.minLat) / cellSize)), 0, rows - 1);
    }
    [[nodiscard]] bool contains(const Entry &entry, const GEOSGeometry *point) const
    {
        return GEOSPreparedIntersects_r(context.get(), entry.prepared.get(), point) == 1;
    }
};

TerritoryIndex::TerritoryIndex(std::unique_ptr<Private> d) : d(std::move(d))
{}

TerritoryIndex::~TerritoryIndex() = default;

Result<std::unique_ptr<TerritoryIndex>>
TerritoryIndex::build(const std::vector<TerritoryShape> &territories, Lookup lookup)
{
    auto d = std::make_unique<Private>();
    d->lookup = lookup;
    d->context.reset(GEOS_init_r());
    GEOSContextHandle_t context = d->context.get();
    ReaderPtr reader(GEOSWKBReader_create_r(context), ReaderDestroyer{context});
    d->entries.reserve(territories.size());
    for (const TerritoryShape &shape : territories) {
        GeometryPtr geometry(
            GEOSWKBReader_read_r(context, reader.get(),
                                 reinterpret_cast<const unsigned char *>(shape.wkb.constData()),
                                 std::size_t(shape.wkb.size())),
            GeometryDestroyer{context});
        if (!geometry)
            return Error{tr("the outline of territory %1 in the store cannot be read; import the "
                            "territories again")
                             .arg(shape.code),
                         {},
                         0,
                         {}};
        PreparedPtr prepared(GEOSPrepare_r(context, geometry.get()), PreparedDestroyer{context});
        d->entries.push_back({shape.id, shape.bounds, std::move(geometry), std::move(prepared)});
    }

    if (!d->entries.empty()) {
        GeoBounds extent = d->entries.front().bounds;
        double meanSide = 0;
        for (const auto &entry : d->entries) {
            extent.minLon = std::min(extent.minLon, entry.bounds.minLon);
            extent.minLat = std::min(extent.minLat, entry.bounds.minLat);
            extent.maxLon = std::max(extent.maxLon, entry.bounds.maxLon);
            extent.maxLat = std::max(extent.maxLat, entry.bounds.maxLat);
            meanSide += std::max(entry.bounds.maxLon - entry.bounds.minLon,
                                 entry.bounds.maxLat - entry.bounds.minLat);
        }
        meanSide /= double(d->entries.size());
        // Cells about half a territory wide keep the candidates per point to one or two, while
        // the grid stays small (at most 1024 x 1024 cells).
        const double span = std::max(extent.maxLon - extent.minLon, extent.maxLat - extent.minLat);
        d->cellSize = std::max({meanSide / 2, span / 1024, 1e-9});
        d->extent = extent;
        d->columns = std::max(1, int(std::ceil((extent.maxLon - extent.minLon) / d->cellSize)));
        d->rows = std::max(1, int(std::ceil((extent.maxLat - extent.minLat) / d->cellSize)));
        d->cells.resize(std::size_t(d->columns) * std::size_t(d->rows));
        for (int i = 0; i < int(d->entries.size()); ++i) {
            const GeoBounds &b = d->entries[i].bounds;
            for (int r = d->row(b.minLat); r <= d->row(b.maxLat); ++r) {
                for (int c = d->column(b.minLon); c <= d->column(b.maxLon); ++c)
                    d->cells[std::size_t(r) * std::size_t(d->columns) + std::size_t(c)].push_back(
                        i);
            }
        }
    }
    return std::unique_ptr<TerritoryIndex>(new TerritoryIndex(std::move(d)));
}

std::optional<qint64> TerritoryIndex::locate(double lon, double lat) const
{
    if (d->entries.empty() || !std::isfinite(lon) || !std::isfinite(lat))
        return std::nullopt;
    GEOSContextHandle_t context = d->context.get();
    GeometryPtr point(GEOSGeom_createPointFromXY_r(context, lon, lat), GeometryDestroyer{context});
    if (d->lookup == Lookup::LinearScan) {
        for (const auto &entry : d->entries) {
            if (entry.bounds.contains(lon, lat) && d->contains(entry, point.get()))
                return entry.id;
        }
        return std::nullopt;
    }
    if (!d->extent.contains(lon, lat))
        return std::nullopt;
    const auto &cell =
        d->cells[std::size_t(d->row(lat)) * std::size_t(d->columns) + std::size_t(d->column(lon))];
    for (const int i : cell) {
        const auto &entry = d->entries[std::size_t(i)];
        if (entry.bounds.contains(lon, lat) && d->contains(entry, point.get()))
            return entry.id;
    }
    return std::nullopt;
}

std::size_t TerritoryIndex::size() const
{
    return d->entries.size();
}

} // namespace stormcrew
