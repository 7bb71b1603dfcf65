import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// What the colours of the territories mean: the metric, the palette from its lowest to its
// highest value, or, before there are values, that the neutral fill means "no prediction yet".
Rectangle {
    id: legend

    required property TerritoryMap map
    property string title

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
            visible: legend.map.hasValues
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
            visible: legend.map.hasValues
            Layout.fillWidth: true
            Label {
                text: Number(legend.map.valueMinimum).toLocaleString(Qt.locale(), "f", 0)
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: Number(legend.map.valueMaximum).toLocaleString(Qt.locale(), "f", 0)
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
        }
        RowLayout {
            visible: !legend.map.hasValues
            spacing: 6
            Rectangle {
                width: 18
                height: 10
                color: Theme.mapNeutral
                border.color: Theme.border
            }
            Label {
                text: qsTr("No prediction yet")
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
        }
    }
}
