import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The forecast gust overlay's own legend: its ramp from the weakest to the strongest gust.
Rectangle {
    id: legend

    required property TerritoryMap map

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
            text: legend.map.overlayUnit.length > 0
                  ? qsTr("Forecast gust (%1)").arg(legend.map.overlayUnit)
                  : qsTr("Forecast gust")
            font.pixelSize: Theme.smallFont + 1
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Row {
            opacity: legend.map.overlayOpacity
            Repeater {
                model: legend.map.overlayColors
                delegate: Rectangle {
                    required property color modelData
                    width: 18
                    height: 10
                    color: modelData
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: Number(legend.map.overlayMinimum).toLocaleString(Qt.locale(), "f", 0)
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: Number(legend.map.overlayMaximum).toLocaleString(Qt.locale(), "f", 0)
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
        }
    }
}
