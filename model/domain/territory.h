#pragma once

#include <QByteArray>
#include <QString>

namespace stormcrew {

// Longitude/latitude bounds in WGS 84 degrees.
struct GeoBounds {
    double minLon = 0;
    double minLat = 0;
    double maxLon = 0;
    double maxLat = 0;

    [[nodiscard]] bool contains(double lon, double lat) const
    {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }
};

// A service territory's identity and outline, as the store keeps it.
struct TerritoryShape {
    qint64 id = 0;
    QString code;
    QString name;
    QByteArray wkb; // (multi)polygon, WGS 84
    GeoBounds bounds;
};

} // namespace stormcrew
