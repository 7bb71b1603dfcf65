import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The exercise's map: before the reveal, the forecast gust as known then and the trainee's
// own call; after it, the trainee, the model and the actual side by side (by depot group, on
// one scale), each territory's model and actual, and the what-if.
Rectangle {
    id: region

    required property TrainingController training
    readonly property TerritoryMap map: territoryMap

    color: Theme.mapBackground
    border.color: Theme.border
    radius: Theme.radius
    clip: true

    readonly property var metrics: {
        let entries = [{ key: "gust", label: qsTr("Forecast gust as known then (m/s)") },
                       { key: "trainee", label: qsTr("Your call by group (outages)") }]
        if (training.revealed)
            entries.push({ key: "model", label: qsTr("Model by group (outages)") },
                         { key: "actual", label: qsTr("Actual by group (outages)") },
                         { key: "modelTerritory", label: qsTr("Model by territory (outages)") },
                         { key: "actualTerritory", label: qsTr("Actual by territory (outages)") },
                         { key: "whatIf", label: qsTr("What if (outages)") })
        return entries
    }
    readonly property string metricName: {
        for (const entry of metrics)
            if (entry.key === training.metric)
                return entry.label
        return ""
    }

    function applyValues() {
        const keys = Object.keys(training.mapValues)
        if (keys.length === 0) {
            territoryMap.clearValues()
            return
        }
        territoryMap.setValues(training.mapValues)
        territoryMap.setValueRange(0, Math.max(1, training.mapMaximum))
    }

    Connections {
        target: region.training
        function onValuesChanged() { region.applyValues() }
    }

    TerritoryMap {
        id: territoryMap
        objectName: "trainingMap"
        anchors.fill: parent
        anchors.margins: 1
        visible: status === TerritoryMap.Ready
        storePath: region.training.sandboxPath
        neutralColor: Theme.mapNeutral
        outlineColor: Theme.mapOutline
        boundaryColor: Theme.mapBoundary
        stateColor: Theme.mapState
        selectionColor: Theme.accent
        hoverColor: Theme.text
        labelFont.pixelSize: Theme.smallFont
        onStatusChanged: if (status === TerritoryMap.Ready) region.applyValues()
        onSelectedTerritoryChanged: region.training.selectedTerritory = selectedTerritory
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map of the exercise: %1").arg(region.metricName)

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
                        .arg(Number(territoryMap.hoveredValue).toLocaleString(Qt.locale(), "f", 1))
        }
    }

    ComboBox {
        id: metricChoice
        objectName: "trainingMetric"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        width: Math.min(parent.width - 2 * Theme.spacing, 340)
        model: region.metrics
        textRole: "label"
        valueRole: "key"
        currentIndex: {
            for (let i = 0; i < region.metrics.length; ++i)
                if (region.metrics[i].key === region.training.metric)
                    return i
            return 0
        }
        onActivated: region.training.metric = currentValue
        Accessible.name: qsTr("What the map shows")
    }

    MapLegend {
        objectName: "trainingLegend"
        visible: territoryMap.visible
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        map: territoryMap
        title: region.metricName
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: territoryMap.status === TerritoryMap.Loading
        visible: running
    }
}
