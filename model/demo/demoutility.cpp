#include "demoutility.h"

#include "demorandom.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace stormcrew::demo {

namespace {

enum Stream : quint64 { UtilityStream = 1, CanopyStream = 2 };

// Counties with a city: customer density multipliers over the rural density (rough orders of
// magnitude of the real places, not their statistics).
const QHash<QString, double> &urbanWeights()
{
    static const QHash<QString, double> weights{
        {QStringLiteral("21111"), 28.0}, // Jefferson (Louisville)
        {QStringLiteral("21067"), 12.0}, // Fayette (Lexington)
        {QStringLiteral("21117"), 8.0},  // Kenton
        {QStringLiteral("21015"), 5.0},  // Boone
        {QStringLiteral("21037"), 5.0},  // Campbell
        {QStringLiteral("21185"), 3.0},  // Oldham
        {QStringLiteral("21029"), 3.0},  // Bullitt
        {QStringLiteral("21059"), 3.0},  // Daviess (Owensboro)
        {QStringLiteral("21145"), 3.0},  // McCracken (Paducah)
        {QStringLiteral("21227"), 2.5},  // Warren (Bowling Green)
        {QStringLiteral("21093"), 2.5},  // Hardin
        {QStringLiteral("21151"), 2.5},  // Madison
        {QStringLiteral("21047"), 2.0},  // Christian
        {QStringLiteral("21209"), 2.0},  // Scott
        {QStringLiteral("21239"), 2.0},  // Woodford
    };
    return weights;
}

struct DepotSite {
    const char *code;
    const char *county;
    const char *name;
};
constexpr DepotSite DepotSites[] = {
    {"LOU", "21111", "Louisville depot"},
    {"LEX", "21067", "Lexington depot"},
    {"NKY", "21117", "Northern Kentucky depot"},
    {"BGR", "21227", "Bowling Green depot"},
    {"OWB", "21059", "Owensboro depot"},
    {"PAH", "21145", "Paducah depot"},
    {"LON", "21125", "London depot"},
    {"PKV", "21195", "Pikeville depot"},
};

double distanceKm(GeoPoint a, GeoPoint b)
{
    const LocalKm p = toLocalKm(a.lon, a.lat);
    const LocalKm q = toLocalKm(b.lon, b.lat);
    return std::hypot(p.x - q.x, p.y - q.y);
}

} // namespace

DemoUtility generateUtility(const std::vector<DemoCounty> &counties, quint64 seed)
{
    DemoRandom random = DemoRandom::stream(seed, UtilityStream);
    DemoUtility utility;

    for (const DepotSite &site : DepotSites) {
        const auto county = std::find_if(counties.begin(), counties.end(), [&](const auto &c) {
            return c.code == QLatin1String(site.county);
        });
        if (county == counties.end())
            continue;
        utility.depots.push_back({QString::fromLatin1(site.code), QString::fromLatin1(site.name),
                                  county->centroid.lon, county->centroid.lat, 0});
    }

    const qint64 firstTrim = daysFromCivil(2013, 1, 1);
    const qint64 lastTrim = daysFromCivil(2018, 12, 31);
    std::vector<double> depotKm(utility.depots.size(), 0.0);
    for (const DemoCounty &county : counties) {
        DemoTerritory t;
        t.code = county.code;
        t.name = county.name;
        const double density =
            random.lognormal(std::log(12.0), 0.45) * urbanWeights().value(county.code, 1.0);
        t.customers = std::max<qint64>(500, std::llround(county.areaKm2 * density));
        t.overheadKm = county.areaKm2 * random.uniform(0.8, 1.5) + t.customers * 0.006;
        t.undergroundKm = t.customers * random.uniform(0.002, 0.006) + county.areaKm2 * 0.02;
        t.overheadKm = std::round(t.overheadKm * 10) / 10;
        t.undergroundKm = std::round(t.undergroundKm * 10) / 10;
        t.poles = std::llround(t.overheadKm * random.uniform(17, 23));
        t.lastTrimmed = civilFromDays(random.integer(firstTrim, lastTrim));
        std::size_t nearest = 0;
        for (std::size_t d = 1; d < utility.depots.size(); ++d) {
            const GeoPoint depot{utility.depots[d].lon, utility.depots[d].lat};
            const GeoPoint best{utility.depots[nearest].lon, utility.depots[nearest].lat};
            if (distanceKm(county.centroid, depot) < distanceKm(county.centroid, best))
                nearest = d;
        }
        if (!utility.depots.empty()) {
            t.depotCode = utility.depots[nearest].code;
            depotKm[nearest] += t.overheadKm;
        }
        utility.territories.push_back(t);
    }

    // One own crew per 400 km of overhead line the depot looks after, and its pool.
    for (std::size_t d = 0; d < utility.depots.size(); ++d) {
        DemoDepot &depot = utility.depots[d];
        depot.ownCrews = std::max(4, int(std::lround(depotKm[d] / 400)));
        utility.pools.push_back({depot.name.chopped(6) + QStringLiteral(" crews"),
                                 QStringLiteral("own"), depot.code, depot.ownCrews, 0, 2600, 0});
    }
    utility.pools.push_back({QStringLiteral("Bluegrass Line Contractors"),
                             QStringLiteral("contractor"), QString(), 60, 8, 4200, 2});
    utility.pools.push_back({QStringLiteral("Ohio Valley mutual aid"), QStringLiteral("mutual_aid"),
                             QString(), 150, 18, 5200, 3});
    utility.pools.push_back({QStringLiteral("Tennessee Valley mutual aid"),
                             QStringLiteral("mutual_aid"), QString(), 120, 24, 5600, 3});
    utility.pools.push_back({QStringLiteral("Mid-South mutual aid group"),
                             QStringLiteral("mutual_aid"), QString(), 250, 36, 6100, 4});
    return utility;
}

CanopyRaster generateCanopy(double minX, double minY, double maxX, double maxY, double pixel,
                            quint64 seed)
{
    DemoRandom random = DemoRandom::stream(seed, CanopyStream);
    CanopyRaster raster;
    raster.pixel = pixel;
    raster.originX = std::floor(minX / pixel) * pixel;
    raster.originY = std::ceil(maxY / pixel) * pixel;
    raster.width = int(std::ceil((maxX - raster.originX) / pixel));
    raster.height = int(std::ceil((raster.originY - minY) / pixel));

    struct Patch {
        double x, y, radius, amplitude;
    };
    std::vector<Patch> patches(40);
    for (Patch &p : patches) {
        p.x = random.uniform(minX, maxX);
        p.y = random.uniform(minY, maxY);
        p.radius = random.uniform(15'000, 60'000);
        p.amplitude = random.normal(0, 0.12);
    }
    // The Appalachian plateau begins about 70 % of the way east across Kentucky.
    const double plateauX = minX + 0.7 * (maxX - minX);
    const double plateauWidth = 0.05 * (maxX - minX);

    raster.percent.resize(std::size_t(raster.width) * std::size_t(raster.height));
    for (int row = 0; row < raster.height; ++row) {
        const double y = raster.originY - (row + 0.5) * pixel;
        for (int col = 0; col < raster.width; ++col) {
            const double x = raster.originX + (col + 0.5) * pixel;
            double canopy = 0.28 + 0.5 / (1 + std::exp(-(x - plateauX) / plateauWidth));
            for (const Patch &p : patches) {
                const double d2 =
                    ((x - p.x) * (x - p.x) + (y - p.y) * (y - p.y)) / (p.radius * p.radius);
                if (d2 < 9)
                    canopy += p.amplitude * std::exp(-d2);
            }
            canopy += random.uniform(-0.1, 0.1);
            raster.percent[std::size_t(row) * std::size_t(raster.width) + std::size_t(col)] =
                quint8(std::lround(100 * std::clamp(canopy, 0.02, 0.95)));
        }
    }
    return raster;
}

} // namespace stormcrew::demo
