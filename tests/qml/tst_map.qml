import QtQuick
import QtPositioning
import QtTest
import Stormcrew
import StormcrewTest

// The map canvas: keys pan and zoom, Home fits, a click selects the territory under it, a drag
// pans, the wheel zooms at the cursor, values colour the territories and feed the legend.
// The map is a sibling of the TestCase: a TestCase is invisible, and so would be its children.
Item {
    width: 800
    height: 600

    TerritoryMap {
        id: map
        width: 800
        height: 600
        storePath: Fixture.territoryStorePath
    }
    SignalSpy {
        id: activated
        target: map
        signalName: "territoryActivated"
    }

    TestCase {
        name: "TerritoryMap"
        when: windowShown

        function initTestCase() {
            verify(Fixture.territoryStorePath.length > 0, "the fixture store was made")
            tryCompare(map, "status", TerritoryMap.Ready, 20000)
            compare(map.territoryCount, 120)
        }

        function init() {
            map.fitToTerritories()
            map.selectedTerritory = -1
            map.clearValues()
            activated.clear()
            map.forceActiveFocus()
        }

        function test_keysPanZoomAndFit() {
            // Numbers, not map.center itself: a value read from a property follows the property.
            const zoom = map.zoomLevel
            const lon = map.center.longitude
            const lat = map.center.latitude
            keyClick(Qt.Key_Right)
            verify(map.center.longitude > lon, "right arrow looks further east")
            keyClick(Qt.Key_Down)
            verify(map.center.latitude < lat, "down arrow looks further south")
            keyClick(Qt.Key_Plus)
            compare(map.zoomLevel, zoom + 1)
            keyClick(Qt.Key_Minus)
            compare(map.zoomLevel, zoom)
            keyClick(Qt.Key_Home)
            fuzzyCompare(map.center.longitude, lon, 1e-9)
            fuzzyCompare(map.center.latitude, lat, 1e-9)
        }

        function test_clickSelectsTheTerritoryUnderIt() {
            const louisville = map.positionOf(QtPositioning.coordinate(38.2527, -85.7585))
            mouseClick(map, louisville.x, louisville.y)
            compare(map.selectedName, "Jefferson")
            compare(activated.count, 1)
            keyClick(Qt.Key_Escape)
            compare(map.selectedTerritory, -1)
        }

        function test_pageDownStepsThroughTerritories() {
            keyClick(Qt.Key_PageDown)
            compare(map.selectedName, "Adair")
            keyClick(Qt.Key_PageDown)
            compare(map.selectedName, "Allen")
            keyClick(Qt.Key_PageUp)
            compare(map.selectedName, "Adair")
        }

        function test_dragPans() {
            const lon = map.center.longitude
            mouseDrag(map, 400, 300, -150, 0)
            verify(map.center.longitude > lon)
            compare(map.selectedTerritory, -1, "a drag does not select")
        }

        function test_wheelZoomsAtTheCursor() {
            const zoom = map.zoomLevel
            const before = map.coordinateAt(Qt.point(200, 150))
            const lat = before.latitude
            const lon = before.longitude
            mouseWheel(map, 200, 150, 0, 120)
            verify(map.zoomLevel > zoom)
            const after = map.coordinateAt(Qt.point(200, 150))
            fuzzyCompare(after.latitude, lat, 1e-6)
            fuzzyCompare(after.longitude, lon, 1e-6)
        }

        function test_valuesFeedTheLegend() {
            verify(!map.hasValues)
            const louisville = map.territoryAt(map.positionOf(QtPositioning.coordinate(38.2527, -85.7585)))
            const lexington = map.territoryAt(map.positionOf(QtPositioning.coordinate(38.0406, -84.5037)))
            const values = {}
            values[louisville] = 120
            values[lexington] = 30
            map.setValues(values)
            verify(map.hasValues)
            compare(map.valueMinimum, 30)
            compare(map.valueMaximum, 120)
            compare(map.paletteColors.length, 9)
            map.valuePalette = TerritoryMap.Diverging
            compare(map.valueMinimum, -120)
            map.valuePalette = TerritoryMap.Viridis
        }

        function test_geoBoundary() {
            const region = map.visibleRegion
            verify(region.contains(QtPositioning.coordinate(37.5, -85.5)))
            map.center = QtPositioning.coordinate(37.0, -86.0)
            fuzzyCompare(map.center.latitude, 37.0, 1e-9)
            map.zoomLevel = 9
            compare(map.zoomLevel, 9)
            verify(map.metresPerPixel > 100 && map.metresPerPixel < 300)
        }
    }
}
