#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace stormcrew {
class Store;
}

// Helpers the ingest tests share: real tools for fixtures, territories from a GeoPackage, and
// the SHA-256 of a store file to prove a failed import left it byte-identical.
namespace stormcrew::test {

// Runs a command-line tool (gdal_translate, ogr2ogr, ...); empty on success, else what failed.
[[nodiscard]] QString runTool(const QString &program, const QStringList &arguments);

// The file's SHA-256 in hex.
[[nodiscard]] QByteArray sha256(const QString &path);

// Writes a GeoJSON file of polygons in WGS 84 from (code, name, WKT-free ring) triples and turns
// it into a GeoPackage with ogr2ogr; returns an error message or empty.
struct TestTerritory {
    QString code;
    QString name;
    std::vector<std::pair<double, double>> ring; // lon, lat; closed or not
};
[[nodiscard]] QString writeTerritoriesGeoPackage(const QString &gpkgPath,
                                                 const std::vector<TestTerritory> &territories);

// Inserts every feature of the GeoPackage's layer into the store's territory table: code, name,
// the geometry as WKB (GeoPackage header stripped), its bounding box and imported_time. Stands
// in for the territory importer; returns an error message or empty.
[[nodiscard]] QString insertTerritories(Store &store, const QString &gpkgPath,
                                        const QString &layer = QStringLiteral("territories"));

// Writes a float32 raster in ESRI .hdr/.bil form, north up: pixel (c, r) holds
// field(x, y) at its centre, x = originX + (c + 0.5) * size, y = originY - (r + 0.5) * size,
// then converts it to GeoTIFF in the given CRS with gdal_translate. Returns an error or empty.
[[nodiscard]] QString writeFieldGeoTiff(const QString &tifPath, int width, int height,
                                        double originX, double originY, double size,
                                        const QString &crs,
                                        const std::function<double(double, double)> &field);

} // namespace stormcrew::test
