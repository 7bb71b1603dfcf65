#!/usr/bin/env python3
"""Writes gust.asc, a 40 x 30 grid over Kentucky whose gusts rise from 0 m/s in the west to
40 m/s in the east; gdal_translate turns it into gust.tif (see README.md)."""
cols, rows = 40, 30
west, south, cell = -89.6, 36.4, 0.2
with open("gust.asc", "w") as out:
    out.write(f"ncols {cols}\nnrows {rows}\nxllcorner {west}\nyllcorner {south}\n")
    out.write(f"cellsize {cell}\nNODATA_value -9999\n")
    for r in range(rows):
        out.write(" ".join(f"{40.0 * c / (cols - 1):.2f}" for c in range(cols)) + "\n")
