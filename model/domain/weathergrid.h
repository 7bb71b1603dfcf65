#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <array>
#include <cstddef>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace stormcrew {

// One gridded weather field at one valid hour (a weather_grid row): float values row-major from
// the north-west corner, NaN where the source had no data, placed by a GDAL geotransform in a
// coordinate system given as WKT. Values are in store units (m/s, mm, degrees C).
struct WeatherGrid {
    QString source;
    QString variable; // the weather column: gust_ms, wind_ms, precip_mm, ...
    std::optional<qint64> issued;
    qint64 valid = 0;
    QString crs; // WKT
    std::array<double, 6> geoTransform{};
    int width = 0;
    int height = 0;
    std::vector<float> values; // width * height

    [[nodiscard]] float at(int column, int row) const
    {
        return values[std::size_t(row) * std::size_t(width) + std::size_t(column)];
    }
    [[nodiscard]] bool isValid() const
    {
        return width > 0 && height > 0 && values.size() == std::size_t(width) * height &&
               !crs.isEmpty();
    }
};

// Grids are large and immutable once read: the UI hands them around shared.
using SharedWeatherGrid = std::shared_ptr<const WeatherGrid>;

} // namespace stormcrew

Q_DECLARE_METATYPE(stormcrew::SharedWeatherGrid)
