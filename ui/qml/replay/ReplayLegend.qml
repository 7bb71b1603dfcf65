import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// What the replay map's colours mean: a ramp from its lowest to its highest value (for the
// errors: which end means too many and which too few), or the three interval categories.
Rectangle {
    id: legend

    required property TerritoryMap map
    property string metric
    property string title
    property var categoryNames: []
    readonly property bool categorical: metric === "interval"
    readonly property bool diverging: metric === "error" || metric === "relative"

    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + Theme.padding
    color: Theme.panel
    opacity: 0.94
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 4

        Label {
            text: legend.title
            font.pixelSize: Theme.smallFont + 1
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Row {
            visible: legend.map.hasValues && !legend.categorical
            Repeater {
                model: legend.map.paletteColors
                delegate: Rectangle {
                    required property color modelData
                    width: 18
                    height: 10
                    color: modelData
                }
            }
        }
        RowLayout {
            visible: legend.map.hasValues && !legend.categorical
            Layout.fillWidth: true
            Label {
                text: Number(legend.map.valueMinimum).toLocaleString(Qt.locale(), "f", 0)
                      + (legend.diverging ? " " + qsTr("too few") : "")
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: Number(legend.map.valueMaximum).toLocaleString(Qt.locale(), "f", 0)
                      + (legend.diverging ? " " + qsTr("too many") : "")
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
        }
        Repeater {
            model: legend.categorical && legend.map.hasValues ? legend.categoryNames : []
            delegate: RowLayout {
                required property string modelData
                required property int index
                spacing: 6
                Rectangle {
                    width: 18
                    height: 10
                    color: legend.map.paletteColors[index] ?? Theme.mapNeutral
                }
                Label {
                    text: modelData
                    font.pixelSize: Theme.smallFont
                    color: Theme.text
                }
            }
        }
        RowLayout {
            spacing: 6
            visible: legend.map.hasValues && legend.metric !== "actual"
            Rectangle {
                width: 18
                height: 10
                color: Theme.mapNeutral
                border.color: Theme.border
            }
            Label {
                text: qsTr("No prediction or no outages")
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
        }
        Label {
            visible: !legend.map.hasValues
            text: qsTr("Choose a storm and replay it")
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
    }
}
