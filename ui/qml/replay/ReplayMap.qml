import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The territories coloured by a replay metric: actual and expected outages (viridis), the
// signed and relative error (diverging, blue: predicted too few, orange: too many) and whether
// the actual count fell inside P10..P90 (three colour-blind-safe categories).
Rectangle {
    id: region

    required property Session session
    required property Replay replay
    readonly property TerritoryMap map: territoryMap

    readonly property var metrics: [
        { key: "actual", name: qsTr("Actual outages") },
        { key: "predicted", name: qsTr("Expected outages (as of then)") },
        { key: "error", name: qsTr("Error: expected − actual") },
        { key: "relative", name: qsTr("Relative error (%)") },
        { key: "interval", name: qsTr("Actual against P10–P90") }
    ]

    readonly property var intervalNames: [qsTr("Below P10 (fewer than expected)"), qsTr("Inside P10–P90"),
                                          qsTr("Above P90 (more than expected)")]

    function applyValues() {
        const values = replay.metricValues
        if (!replay.hasReplay || Object.keys(values).length === 0) {
            territoryMap.clearValues()
            return
        }
        const m = replay.metric
        territoryMap.valuePalette = m === "interval" ? TerritoryMap.Categorical
                                    : m === "error" || m === "relative" ? TerritoryMap.Diverging
                                    : TerritoryMap.Viridis
        territoryMap.setValues(values)
        territoryMap.setValueRange(replay.metricMinimum, replay.metricMaximum)
    }

    Connections {
        target: region.replay
        function onMetricChanged() { region.applyValues() }
    }

    color: Theme.mapBackground
    border.color: Theme.border
    radius: Theme.radius
    clip: true

    TerritoryMap {
        id: territoryMap
        objectName: "replayTerritoryMap"
        anchors.fill: parent
        anchors.margins: 1
        visible: status === TerritoryMap.Ready
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
        onStatusChanged: if (status === TerritoryMap.Ready) region.applyValues()
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map of the replay's %1").arg(metricChoice.currentText)

        MapLabels {
            anchors.fill: parent
            map: territoryMap
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
                        .arg(region.replay.metric === "interval"
                             ? region.intervalNames[Math.round(territoryMap.hoveredValue) + 1]
                             : Number(territoryMap.hoveredValue).toLocaleString(Qt.locale(), "f", 1))
        }
    }

    ComboBox {
        id: metricChoice
        objectName: "replayMetric"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        width: 280
        model: region.metrics
        textRole: "name"
        valueRole: "key"
        Accessible.name: qsTr("What the map shows")
        Component.onCompleted: currentIndex = indexOfValue(region.replay.metric)
        onActivated: region.replay.metric = currentValue
    }

    ReplayLegend {
        objectName: "replayLegend"
        visible: territoryMap.visible
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        map: territoryMap
        metric: region.replay.metric
        title: metricChoice.currentText
        categoryNames: region.intervalNames
    }

    EmptyState {
        visible: !territoryMap.visible
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, 460)
        headline: region.session.territoryCount === 0 ? qsTr("No territories in this store yet")
                  : qsTr("Loading %n territories\u2026", "", region.session.territoryCount)
        explanation: ""
    }
}
