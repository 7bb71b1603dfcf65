#!/usr/bin/python3
"""The numpy peer of bench_windfield: the same wind field (Holland profile with the maximum wind,
20-degree inflow, Jelesnianski translation term, Kaplan & DeMaria decay over land, hourly maxima
of 15-minute steps) written as whole-array numpy, from the fix parameters Stormcrew fitted.
Prints one JSON object: seconds (median of 5 after a warm-up), numpy version, peak wind per
county."""
import json
import statistics
import sys
import time

import numpy as np

KM_PER_DEGREE = 111.195
MS_PER_KNOT = 0.514444


def field(d):
    fixes = np.array(d["fixes"], dtype=float)
    t_fix, lat_f, lon_f, vmax_f, rmw_f, b_f, vte_f, vtn_f = fixes.T
    plat = np.array(d["lat"])
    plon = np.array(d["lon"])
    step = d["stepMinutes"] * 60
    times = np.arange(d["firstHour"], t_fix[-1] + 1, step, dtype=float)
    times = times[times >= t_fix[0]]
    lat, lon, vmax, rmw, b, vte, vtn = (np.interp(times, t_fix, v) for v in
                                        (lat_f, lon_f, vmax_f, rmw_f, b_f, vte_f, vtn_f))
    east = (plon[None, :] - lon[:, None]) * KM_PER_DEGREE * 0.5 * (
        np.cos(np.radians(lat))[:, None] + np.cos(np.radians(plat))[None, :])
    north = (plat[None, :] - lat[:, None]) * KM_PER_DEGREE
    r2 = east * east + north * north
    land = ((r2 < d["landKm"] ** 2) & (np.abs(plat[None, :] - lat[:, None]) <= 1.0)).any(axis=1)
    # Kaplan & DeMaria (1995) while over land, from the wind at landfall.
    background = 26.7 * MS_PER_KNOT
    landfall_t = None
    for i in range(len(times)):
        if land[i]:
            if landfall_t is None:
                landfall_t, v0 = times[i], vmax[i]
            if v0 > background:
                decayed = background + (v0 - background) * np.exp(
                    -0.095 * (times[i] - landfall_t) / 3600.0)
                vmax[i] = min(vmax[i], decayed)
        else:
            landfall_t = None
    r = np.sqrt(r2)
    r = np.where(r < 1e-6, np.nan, r)
    vt = np.hypot(vte, vtn)
    vsym = np.maximum(vmax - 0.5 * vt, 0.5 * vmax)
    x = (rmw[:, None] / r) ** b[:, None]
    sym = vsym[:, None] * np.sqrt(x * np.exp(1.0 - x))
    sense = np.where(lat >= 0, 1.0, -1.0)[:, None]
    c, s = np.cos(np.radians(20.0)), np.sin(np.radians(20.0))
    ux = c * (-sense * north / r) - s * east / r
    uy = c * (sense * east / r) - s * north / r
    w = rmw[:, None] * r / (rmw[:, None] ** 2 + r * r)
    vx = sym * ux + w * vte[:, None]
    vy = sym * uy + w * vtn[:, None]
    wind = np.sqrt(vx * vx + vy * vy) * d["exposure"]
    far = (r2 > 1500.0 ** 2) | (np.abs(plat[None, :] - lat[:, None]) > 1500.0 / 111.0)
    wind = np.where(far | np.isnan(wind), 0.0, wind).astype(np.float32)
    hour = ((times - d["firstHour"]) // 3600).astype(int)
    starts = np.flatnonzero(np.r_[True, hour[1:] != hour[:-1]])
    hourly = np.maximum.reduceat(wind, starts, axis=0)
    return hourly.max(axis=0)


def main():
    with open(sys.argv[1]) as f:
        d = json.load(f)
    field(d)
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        peaks = field(d)
        samples.append(time.perf_counter() - start)
    print(json.dumps({"seconds": statistics.median(samples), "numpy": np.__version__,
                      "peakWindMs": [float(p) for p in peaks]}))


if __name__ == "__main__":
    main()
