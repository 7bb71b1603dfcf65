#!/usr/bin/python3
"""Peer of bench_zonal: per-county means of a raster with rasterio.mask (centre-in pixels,
all_touched=False), the way a GIS analyst would write it. Run with Debian's /usr/bin/python3.
Usage: zonal_rasterio.py RASTER COUNTIES.geojson OUT.csv   (prints the seconds taken)"""
import json
import sys
import time

import numpy as np
import rasterio
import rasterio.mask


def main():
    raster, counties, out = sys.argv[1:4]
    features = json.load(open(counties))["features"]
    means = []
    with rasterio.open(raster) as src:
        start = time.perf_counter()
        for feature in features:
            try:
                data, _ = rasterio.mask.mask(src, [feature["geometry"]], crop=True,
                                             all_touched=False, filled=False)
                values = data.astype("float64")
                mean = float(values.mean()) if values.count() else float("nan")
            except ValueError:  # the county does not overlap the raster
                mean = float("nan")
            means.append((feature["properties"]["fips"], mean))
        seconds = time.perf_counter() - start
    with open(out, "w") as f:
        for fips, mean in means:
            f.write(f"{fips},{mean!r}\n")
    print(f"{seconds:.3f}")


if __name__ == "__main__":
    main()
