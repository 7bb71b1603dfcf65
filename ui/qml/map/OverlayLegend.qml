import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The gust overlay's own legend: its ramp from the weakest to the strongest gust (the same
// scale for every hour of the timeline) and when the field shown is valid.
Rectangle {
    id: legend

    required property TerritoryMap map
    // A past storm's analysed gusts rather than a forecast.
    property bool observed: false
    // When the grid shown is valid, e.g. "Tue 2 Jun 14:00 EDT (UTC−4)"; empty for a file.
    property string validText: ""

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
            text: legend.observed
                  ? (legend.map.overlayUnit.length > 0 ? qsTr("Analysed gust (%1)").arg(legend.map.overlayUnit)
                                                       : qsTr("Analysed gust"))
                  : legend.map.overlayUnit.length > 0 ? qsTr("Forecast gust (%1)").arg(legend.map.overlayUnit)
                  : qsTr("Forecast gust")
            font.pixelSize: Theme.smallFont + 1
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            visible: legend.validText.length > 0
            text: qsTr("valid %1").arg(legend.validText)
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
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
