-- Schema version 2: the operational entities (DESIGN §3).
-- Times are Unix seconds in UTC (INTEGER): compact, fast to compare, and free of time-zone
-- ambiguity; read them with datetime(x, 'unixepoch'). Geometry is WKB in WGS 84 (EPSG:4326)
-- with its bounding box beside it for fast spatial pre-filtering.

CREATE TABLE depot (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    lon         REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat         REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    own_crews   INTEGER NOT NULL DEFAULT 0 CHECK (own_crews >= 0)
) STRICT;

CREATE TABLE territory (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,          -- the source's id, e.g. a county FIPS code
    name            TEXT NOT NULL,
    geometry        BLOB NOT NULL,                 -- WKB (multi)polygon, WGS 84
    min_lon         REAL NOT NULL,
    min_lat         REAL NOT NULL,
    max_lon         REAL NOT NULL,
    max_lat         REAL NOT NULL,
    area_km2        REAL CHECK (area_km2 >= 0),    -- on the ellipsoid
    customers       INTEGER CHECK (customers >= 0),
    overhead_km     REAL CHECK (overhead_km >= 0),
    underground_km  REAL CHECK (underground_km >= 0),
    poles           INTEGER CHECK (poles >= 0),
    canopy_fraction REAL CHECK (canopy_fraction BETWEEN 0 AND 1),
    last_trimmed    TEXT,                          -- ISO date (YYYY-MM-DD) of the last trimming cycle
    depot_id        INTEGER REFERENCES depot(id) ON DELETE SET NULL,
    source          TEXT NOT NULL DEFAULT '',
    imported_time   INTEGER NOT NULL
) STRICT;
CREATE INDEX territory_bbox ON territory(min_lon, max_lon, min_lat, max_lat);

-- Named per-territory figures from rasters and other sources: canopy, ndvi, elevation, ...
CREATE TABLE territory_stat (
    territory_id  INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,                   -- canopy, ndvi, elevation, or a user's name
    statistic     TEXT NOT NULL,                   -- mean, or fraction_above:<threshold>
    value         REAL,                            -- NULL when no valid pixel covers the territory
    coverage      REAL NOT NULL CHECK (coverage BETWEEN 0 AND 1), -- share of area with valid pixels
    source        TEXT NOT NULL,
    imported_time INTEGER NOT NULL,
    PRIMARY KEY (territory_id, name, statistic)
) STRICT;

CREATE TABLE crew_pool (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('own', 'mutual_aid', 'contractor')),
    depot_id          INTEGER REFERENCES depot(id) ON DELETE SET NULL,
    crews             INTEGER NOT NULL CHECK (crews >= 0),
    lead_time_h       REAL NOT NULL DEFAULT 0 CHECK (lead_time_h >= 0),  -- request to arrival
    cost_per_crew_day REAL NOT NULL DEFAULT 0 CHECK (cost_per_crew_day >= 0),
    min_days          REAL NOT NULL DEFAULT 0 CHECK (min_days >= 0)
) STRICT;

CREATE TABLE storm (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('derecho', 'thunderstorm', 'winter_wind', 'ice',
                                              'tropical', 'other')),
    start_time  INTEGER NOT NULL,
    end_time    INTEGER NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    CHECK (end_time >= start_time)
) STRICT;

-- Observations (issued_time NULL) and forecasts (issued_time = when the forecast was issued).
-- Point-in-time rule: a prediction as of T reads only rows with issued_time <= T.
CREATE TABLE weather (
    id            INTEGER PRIMARY KEY,
    territory_id  INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    valid_time    INTEGER NOT NULL,
    issued_time   INTEGER,
    source        TEXT NOT NULL,
    gust_ms       REAL CHECK (gust_ms >= 0),
    wind_ms       REAL CHECK (wind_ms >= 0),
    precip_mm     REAL CHECK (precip_mm >= 0),
    temp_c        REAL,
    snow_mm       REAL CHECK (snow_mm >= 0),
    ice_mm        REAL CHECK (ice_mm >= 0)
) STRICT;
CREATE UNIQUE INDEX weather_key ON weather(territory_id, source, valid_time, coalesce(issued_time, -1));

CREATE TABLE incident (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,                  -- file or feed it came from
    external_id   TEXT NOT NULL,                  -- the source's incident id
    territory_id  INTEGER REFERENCES territory(id) ON DELETE SET NULL,
    storm_id      INTEGER REFERENCES storm(id) ON DELETE SET NULL,
    start_time    INTEGER NOT NULL,
    end_time      INTEGER,                        -- restoration; NULL when unknown
    customers     INTEGER CHECK (customers >= 0),
    cause         TEXT,
    lon           REAL CHECK (lon BETWEEN -180 AND 180),
    lat           REAL CHECK (lat BETWEEN -90 AND 90),
    CHECK (end_time IS NULL OR end_time >= start_time),
    UNIQUE (source, external_id)
) STRICT;
CREATE INDEX incident_time ON incident(start_time);
CREATE INDEX incident_territory ON incident(territory_id, start_time);

-- What a storm did to a territory, and what was deployed against it.
CREATE TABLE storm_outcome (
    storm_id          INTEGER NOT NULL REFERENCES storm(id) ON DELETE CASCADE,
    territory_id      INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    outages           INTEGER NOT NULL CHECK (outages >= 0),
    customers_out     INTEGER CHECK (customers_out >= 0),
    customer_hours    REAL CHECK (customer_hours >= 0),
    crews_deployed    INTEGER CHECK (crews_deployed >= 0),
    restoration_hours REAL CHECK (restoration_hours >= 0),
    PRIMARY KEY (storm_id, territory_id)
) STRICT;

CREATE TABLE model (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    version           INTEGER NOT NULL,
    family            TEXT NOT NULL,               -- negbin, poisson, ...
    created_time      INTEGER NOT NULL,
    spec_json         TEXT NOT NULL,               -- features and transformations
    coefficients_json TEXT NOT NULL,
    metrics_json      TEXT NOT NULL DEFAULT '{}',
    data_fingerprint  TEXT NOT NULL,
    expectations_json TEXT NOT NULL DEFAULT '{}',  -- directional expectation test results
    status            TEXT NOT NULL CHECK (status IN ('candidate', 'active', 'retired', 'rejected')),
    UNIQUE (name, version)
) STRICT;

CREATE TABLE prediction_run (
    id              INTEGER PRIMARY KEY,
    model_id        INTEGER NOT NULL REFERENCES model(id),
    storm_id        INTEGER REFERENCES storm(id) ON DELETE CASCADE,
    as_of_time      INTEGER NOT NULL,              -- only data issued by then was used
    created_time    INTEGER NOT NULL,
    parameters_json TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE TABLE prediction (
    run_id           INTEGER NOT NULL REFERENCES prediction_run(id) ON DELETE CASCADE,
    territory_id     INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    mean             REAL NOT NULL,
    p10              REAL NOT NULL,
    p50              REAL NOT NULL,
    p90              REAL NOT NULL,
    explanation_json TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, territory_id)
) STRICT;

CREATE TABLE crew_plan (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES prediction_run(id) ON DELETE CASCADE,
    created_time  INTEGER NOT NULL,
    settings_json TEXT NOT NULL,                   -- risk level, target, crews on hand
    summary_json  TEXT NOT NULL
) STRICT;

CREATE TABLE crew_plan_territory (
    plan_id          INTEGER NOT NULL REFERENCES crew_plan(id) ON DELETE CASCADE,
    territory_id     INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    own_crews        INTEGER NOT NULL CHECK (own_crews >= 0),
    mutual_aid_crews INTEGER NOT NULL CHECK (mutual_aid_crews >= 0),
    etr_p10_h        REAL,
    etr_p50_h        REAL,
    etr_p90_h        REAL,
    PRIMARY KEY (plan_id, territory_id)
) STRICT;

-- One row per committed import with its data-quality report (`stormcrew-cli quality`). An import
-- that is rolled back leaves no trace in the store: the file stays byte-identical.
CREATE TABLE import_log (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,                   -- territories, assets, raster, weather, ...
    file          TEXT NOT NULL,
    started_time  INTEGER NOT NULL,
    finished_time INTEGER NOT NULL,
    report_json   TEXT NOT NULL
) STRICT;
