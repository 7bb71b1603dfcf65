-- Schema v3: vegetation greenness by date and forecast fields kept as grids.

-- Mean vegetation index (NDVI, -1..1) per territory for a dated composite (a 16-day MODIS
-- composite, a Sentinel-2 monthly mean, ...). When a store has these, leaf-on for a storm comes
-- from the territory's greenness at that date instead of the calendar-and-latitude rule.
CREATE TABLE territory_ndvi (
    territory_id  INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    observed_date TEXT NOT NULL CHECK (observed_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    value         REAL CHECK (value BETWEEN -1 AND 1), -- NULL when no valid pixel covers it
    coverage      REAL NOT NULL CHECK (coverage BETWEEN 0 AND 1),
    source        TEXT NOT NULL,
    imported_time INTEGER NOT NULL,
    PRIMARY KEY (territory_id, observed_date)
) STRICT;

-- A gridded weather field as imported (one variable at one valid hour of one forecast issue, or
-- of an analysis when issued_time is NULL), so the map can draw the forecast gust field offline
-- after the original file is gone. Values are little-endian float32, row-major from the
-- north-west corner, NaN where the source had no data; the grid is placed by a GDAL geotransform
-- (gt0..gt5) in the coordinate system `crs` (WKT).
CREATE TABLE weather_grid (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    variable      TEXT NOT NULL CHECK (variable IN ('gust_ms', 'wind_ms', 'precip_mm', 'temp_c',
                                                    'snow_mm', 'ice_mm')),
    issued_time   INTEGER,
    valid_time    INTEGER NOT NULL,
    crs           TEXT NOT NULL,
    gt0 REAL NOT NULL, gt1 REAL NOT NULL, gt2 REAL NOT NULL,
    gt3 REAL NOT NULL, gt4 REAL NOT NULL, gt5 REAL NOT NULL,
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    data          BLOB NOT NULL CHECK (length(data) = 4 * width * height),
    imported_time INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX weather_grid_key
    ON weather_grid(source, variable, valid_time, coalesce(issued_time, -1));
