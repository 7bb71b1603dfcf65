-- Schema v4: tropical-cyclone tracks (hurricane mode, docs/hurricane.md).

-- A tropical cyclone as the hurricane centre names it (ATCF id, e.g. AL092024), tied to the
-- storm whose window, weather and outages it describes (storm.kind 'tropical').
CREATE TABLE tropical_storm (
    id            INTEGER PRIMARY KEY,
    storm_id      INTEGER NOT NULL UNIQUE REFERENCES storm(id) ON DELETE CASCADE,
    atcf_id       TEXT NOT NULL UNIQUE
                  CHECK (atcf_id GLOB '[A-Z][A-Z][0-9][0-9][0-9][0-9][0-9][0-9]'),
    name          TEXT NOT NULL,
    basin         TEXT NOT NULL,                  -- AL, EP, CP, WP, ...
    season        INTEGER NOT NULL CHECK (season BETWEEN 1850 AND 2200),
    source        TEXT NOT NULL,
    imported_time INTEGER NOT NULL
) STRICT;

-- Track fixes. Best track when issued_time is NULL; a forecast track otherwise, issued_time being
-- the advisory's time (point-in-time like the weather: as of T only issued_time <= T is known).
-- Winds are 1-minute sustained at 10 m in knots, radii nautical miles, as the sources give them;
-- a radius is NULL when the source does not give it, 0 when the wind does not reach it there.
CREATE TABLE track_point (
    tropical_storm_id INTEGER NOT NULL REFERENCES tropical_storm(id) ON DELETE CASCADE,
    issued_time       INTEGER,
    valid_time        INTEGER NOT NULL,
    lat               REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon               REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    max_wind_kt       REAL CHECK (max_wind_kt BETWEEN 0 AND 250),
    min_pressure_hpa  REAL CHECK (min_pressure_hpa BETWEEN 850 AND 1100),
    status            TEXT NOT NULL DEFAULT '',   -- TD, TS, HU, EX, SD, SS, LO, WV, DB
    record            TEXT NOT NULL DEFAULT '',   -- HURDAT2 record identifier: L = landfall, ...
    r34_ne REAL CHECK (r34_ne >= 0), r34_se REAL CHECK (r34_se >= 0),
    r34_sw REAL CHECK (r34_sw >= 0), r34_nw REAL CHECK (r34_nw >= 0),
    r50_ne REAL CHECK (r50_ne >= 0), r50_se REAL CHECK (r50_se >= 0),
    r50_sw REAL CHECK (r50_sw >= 0), r50_nw REAL CHECK (r50_nw >= 0),
    r64_ne REAL CHECK (r64_ne >= 0), r64_se REAL CHECK (r64_se >= 0),
    r64_sw REAL CHECK (r64_sw >= 0), r64_nw REAL CHECK (r64_nw >= 0),
    rmw_nm            REAL CHECK (rmw_nm > 0),     -- radius of maximum wind, when given
    source            TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX track_point_key
    ON track_point(tropical_storm_id, coalesce(issued_time, -1), valid_time);
