#!/usr/bin/python3
"""The QGIS side of the map benchmark: renders a polygon layer (filled, outlined, in Web
Mercator) to an image of the given size with QGIS's own map renderer, as QGIS does for every
redraw of its canvas.

Usage: peer_qgis.py LAYER WIDTH HEIGHT RUNS OUT.png
Prints "<qgis version>\t<median seconds of RUNS renders after one warm-up>" on stdout.
With RUNS = 0 it renders once and exits: the parent times the whole process (launch to the first
complete map)."""
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsCoordinateTransform, QgsFillSymbol, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

path, width, height, runs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(path, "territories", "ogr")
if not layer.isValid():
    sys.exit(f"QGIS cannot open {path}")
layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
    {"color": "188,199,209", "outline_color": "255,255,255", "outline_width": "0.26"})))
mercator = QgsCoordinateReferenceSystem("EPSG:3857")
settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(mercator)
settings.setOutputSize(QSize(width, height))
settings.setBackgroundColor(QColor(223, 230, 236))
to_mercator = QgsCoordinateTransform(layer.crs(), mercator, QgsProject.instance())
# The view the Stormcrew side shows: the contiguous United States (Alaska's Aleutians cross the
# antimeridian, so the layer's own extent would be the whole world).
from qgis.core import QgsRectangle  # noqa: E402
settings.setExtent(to_mercator.transformBoundingBox(QgsRectangle(-125.0, 24.0, -66.0, 50.0)))


def render():
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


if runs == 0:
    render().save(out)
    sys.stdout.flush()
    os._exit(0)  # QgsApplication.exitQgis() crashes in python3-qgis 3.22 on Debian 12
render()  # warm-up: caches, symbol preparation
samples = []
for _ in range(runs):
    start = time.perf_counter()
    image = render()
    samples.append(time.perf_counter() - start)
image.save(out)
print(f"{Qgis.QGIS_VERSION}\t{statistics.median(samples):.6f}")
sys.stdout.flush()
os._exit(0)  # QgsApplication.exitQgis() crashes in python3-qgis 3.22 on Debian 12
