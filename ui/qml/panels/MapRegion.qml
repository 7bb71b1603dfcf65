import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The map of predicted outages per territory. Until territories are imported it says how to start.
// The selection (a territory id, -1 for none) is shared with the table and the detail panel
// through `selectedTerritory`; the engine gives the values through `map.setValues()`.
Rectangle {
    id: region

    required property Session session
    readonly property TerritoryMap map: territoryMap
    property alias selectedTerritory: territoryMap.selectedTerritory
    property alias metric: toolBar.metric
    // The forecast gust raster to draw over the territories (a GDAL raster path), if any.
    property alias gustOverlaySource: territoryMap.overlaySource

    readonly property ForecastController forecast: session.forecast
    readonly property TimelineController timeline: session.timeline

    // The forecast's values of the chosen metric colour the territories; before the timeline's
    // last hour, the outages so far (on the whole storm's scale, so the colours grow).
    function applyValues() {
        const fromPlan = metric === "crews" || metric === "etr"
        const followHour = !fromPlan && timeline.ready && !timeline.atEnd
        // Crews follow the hour too (those arrived by then); an ETR is a time, not a state.
        const crewsAtHour = metric === "crews" && timeline.ready && !timeline.atEnd
        const values = crewsAtHour ? timeline.planCrewValues()
                       : fromPlan ? session.plan.values(metric)
                       : followHour ? timeline.metricValues : forecast.metricValues
        const keys = Object.keys(values)
        if (!forecast.hasPrediction || keys.length === 0) {
            territoryMap.clearValues()
            return
        }
        territoryMap.setValues(values)
        // Crews at an hour keep the whole plan's scale, so the colours grow as crews arrive.
        const scale = crewsAtHour ? session.plan.values(metric) : values
        const maximum = fromPlan ? Math.max(...Object.keys(scale).map(k => scale[k]))
                                 : forecast.metricMaximum
        territoryMap.setValueRange(0, Math.max(1, maximum))
    }

    onMetricChanged: {
        if (metric && metric !== "crews" && metric !== "etr")
            forecast.metric = metric
        applyValues()
    }
    onSelectedTerritoryChanged: if (forecast.selectedTerritory !== selectedTerritory)
                                    forecast.selectedTerritory = selectedTerritory
    Connections {
        target: region.forecast
        function onMetricChanged() { region.applyValues() }
        function onResultChanged() { region.applyValues() }
        function onSelectionChanged() {
            if (territoryMap.selectedTerritory !== region.forecast.selectedTerritory)
                territoryMap.selectedTerritory = region.forecast.selectedTerritory
        }
    }
    Connections {
        target: region.timeline
        function onValuesChanged() { region.applyValues() }
        function onTimelineChanged() {
            territoryMap.setOverlayRange(0, Math.max(1, Math.ceil(region.timeline.gustMaximum)))
        }
    }
    Connections {
        target: region.session.plan
        function onPlanChanged() {
            if (region.metric === "crews" || region.metric === "etr")
                region.applyValues()
        }
    }
    Component.onCompleted: applyValues()

    color: Theme.mapBackground
    border.color: Theme.border
    radius: Theme.radius
    clip: true

    TerritoryMap {
        id: territoryMap
        objectName: "territoryMap"
        anchors.fill: parent
        anchors.margins: 1
        visible: status === TerritoryMap.Ready
        focus: true
        storePath: region.session.storeOpen && region.session.territoryCount > 0
                   ? region.session.storePath : ""
        revision: region.session.territoryCount
        neutralColor: Theme.mapNeutral
        outlineColor: Theme.mapOutline
        boundaryColor: Theme.mapBoundary
        stateColor: Theme.mapState
        selectionColor: Theme.accent
        hoverColor: Theme.text
        labelFont.pixelSize: Theme.smallFont
        overlayOpacity: toolBar.overlayShown ? 0.5 : 0
        // The forecast gust of the timeline's hour, from the store (unless a file is chosen).
        overlayGrid: region.timeline.gustGrid
        // Space plays and pauses the timeline; comma and full stop step an hour.
        Keys.onPressed: (event) => {
            if (!region.timeline.ready)
                return
            if (event.key === Qt.Key_Space)
                region.timeline.togglePlay()
            else if (event.key === Qt.Key_Comma)
                region.timeline.step(-1)
            else if (event.key === Qt.Key_Period)
                region.timeline.step(1)
            else
                return
            event.accepted = true
        }
        onStatusChanged: if (status === TerritoryMap.Ready) region.applyValues()
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map of the territories")
        Accessible.description: selectedName.length > 0 ? qsTr("Selected: %1").arg(selectedName) : ""

        MapLabels {
            anchors.fill: parent
            map: territoryMap
        }
        PinchHandler {
            id: pinch
            target: null
            property real startZoom: 0
            onActiveChanged: if (active) startZoom = territoryMap.zoomLevel
            onActiveScaleChanged: territoryMap.zoomAround(startZoom + Math.log2(activeScale),
                                                          centroid.position)
        }
        Rectangle {
            // Where the keyboard is: a focus ring inside the map's edge.
            anchors.fill: parent
            color: "transparent"
            border.color: Theme.accent
            border.width: 2
            visible: territoryMap.activeFocus
        }
        ToolTip {
            parent: territoryMap
            x: territoryMap.hoverPosition.x + 14
            y: territoryMap.hoverPosition.y + 14
            visible: territoryMap.hoveredTerritory >= 0
            delay: 250
            text: territoryMap.hoveredValue === undefined
                  ? qsTr("%1 (%2)").arg(territoryMap.hoveredName).arg(territoryMap.hoveredCode)
                  : qsTr("%1: %2").arg(territoryMap.hoveredName)
                        .arg(Number(territoryMap.hoveredValue).toLocaleString(Qt.locale(), "f", 1))
        }
    }
    // Hurricane mode: the track and wind swath of the tropical storm chosen in the storm box,
    // or, with the incoming forecast shown, of the latest one (docs/hurricane.md).
    TrackLayer {
        anchors.fill: territoryMap
        map: territoryMap
        storm: region.forecast.isForecast ? "" : region.forecast.stormCode
        storePath: territoryMap.storePath
        revision: territoryMap.revision
        visible: territoryMap.visible
        lineColor: Theme.text
    }

    MapToolBar {
        id: toolBar
        objectName: "mapToolBar"
        visible: territoryMap.visible
        map: territoryMap
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
    }

    Label {
        // A basemap the user chose that could not be used: which file, what is wrong, what to do.
        objectName: "basemapError"
        visible: territoryMap.visible && territoryMap.basemapError.length > 0
        anchors.top: toolBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        wrapMode: Text.Wrap
        padding: 6
        color: Theme.onStatus
        text: qsTr("Basemap not shown, the shipped outlines are used instead: %1")
              .arg(territoryMap.basemapError)
        background: Rectangle { color: Theme.danger; radius: Theme.radius }
    }

    ColumnLayout {
        visible: territoryMap.visible
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        OverlayLegend {
            objectName: "overlayLegend"
            visible: territoryMap.overlayReady && toolBar.overlayShown
            map: territoryMap
            observed: region.timeline.observed
            validText: territoryMap.overlayGrid !== undefined ? region.timeline.gustClockLabel : ""
        }
        MapLegend {
            objectName: "mapLegend"
            map: territoryMap
            title: toolBar.metricName
        }
    }

    ScaleBar {
        visible: territoryMap.visible
        map: territoryMap
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        attribution: territoryMap.basemapSource.length > 0
                     ? qsTr("Territories: your store · basemap: %1").arg(territoryMap.basemapSource.split("/").pop())
                     : qsTr("Boundaries: US Census Bureau")
    }

    EmptyState {
        visible: !territoryMap.visible
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, 460)
        headline: !region.session.storeOpen ? qsTr("The store could not be opened")
                  : region.session.territoryCount === 0 ? qsTr("No territories in this store yet")
                  : territoryMap.status === TerritoryMap.Failed ? qsTr("The territories cannot be drawn")
                  : qsTr("Loading %n territories\u2026", "", region.session.territoryCount)
        explanation: !region.session.storeOpen ? region.session.storeError
                     : region.session.territoryCount === 0
                       ? qsTr("Import your service territories (GeoPackage, Shapefile, GeoJSON or FlatGeobuf) to see predicted outages on the map.")
                       : territoryMap.status === TerritoryMap.Failed ? territoryMap.errorString : ""
    }
}
