import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// Forecast hours T+0 .. T+72 with play and pause; the map and totals follow the chosen hour.
ToolBar {
    id: timeline

    property bool hasForecast: false
    readonly property int hours: 72

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        ToolButton {
            text: qsTr("Play")
            enabled: timeline.hasForecast
        }
        Label {
            text: qsTr("T+%1 h").arg(slider.value)
            color: Theme.text
            Layout.preferredWidth: 56
        }
        Slider {
            id: slider
            Layout.fillWidth: true
            from: 0
            to: timeline.hours
            stepSize: 1
            snapMode: Slider.SnapAlways
            enabled: timeline.hasForecast
        }
        Label {
            text: timeline.hasForecast ? qsTr("T+%1 h").arg(timeline.hours) : qsTr("No forecast loaded")
            color: Theme.mutedText
        }
    }
}
