#pragma once

#include "demogeography.h"
#include "demotime.h"

#include <QString>

#include <vector>

namespace stormcrew::demo {

// A service territory's assets as the fictional utility's asset register gives them.
struct DemoTerritory {
    QString code;
    QString name;
    qint64 customers = 0;
    double overheadKm = 0;
    double undergroundKm = 0;
    qint64 poles = 0;
    CivilDate lastTrimmed;
    QString depotCode;
};

struct DemoDepot {
    QString code;
    QString name;
    double lon = 0;
    double lat = 0;
    int ownCrews = 0;
};

struct DemoCrewPool {
    QString name;
    QString kind; // own, mutual_aid, contractor
    QString depotCode;
    int crews = 0;
    double leadTimeH = 0;
    double costPerCrewDay = 0;
    double minDays = 0;
};

// The fictional utility: one territory per county (same order as the counties), its depots and
// its crew pools.
struct DemoUtility {
    std::vector<DemoTerritory> territories;
    std::vector<DemoDepot> depots;
    std::vector<DemoCrewPool> pools;
};

// Draws customers, line lengths, poles and trimming dates for every county, places depots in
// eight county seats' counties and assigns each territory to its nearest depot. Pure: the same
// counties and seed give the same utility.
[[nodiscard]] DemoUtility generateUtility(const std::vector<DemoCounty> &counties, quint64 seed);

// A canopy raster in percent (0-100, 255 = nodata) on a north-up grid in any projected CRS.
struct CanopyRaster {
    double originX = 0; // upper-left corner, metres
    double originY = 0;
    double pixel = 500; // metres
    int width = 0;
    int height = 0;
    std::vector<quint8> percent; // row-major from the top
};

// Draws a tree-canopy field over the rectangle [minX, maxX] x [minY, maxY] (metres of a projected
// CRS whose x grows eastwards): sparse in the west and the Bluegrass, dense on the Appalachian
// plateau in the east, with forests and farmland as random patches and pixel-scale texture.
[[nodiscard]] CanopyRaster generateCanopy(double minX, double minY, double maxX, double maxY,
                                          double pixel, quint64 seed);

} // namespace stormcrew::demo
