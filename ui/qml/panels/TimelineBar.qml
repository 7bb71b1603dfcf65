import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// Forecast hours T+0 .. T+72 (or a past storm's observed window) with play and pause; the map,
// the totals and the plan follow the chosen hour. Keys: Space plays and pauses, comma and full
// stop step an hour back and forward, when the map has the focus (docs/user-guide.md).
ToolBar {
    id: bar

    required property Session session
    readonly property TimelineController timeline: session.timeline

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        ToolButton {
            objectName: "playButton"
            text: bar.timeline.playing ? qsTr("Pause") : qsTr("Play")
            enabled: bar.timeline.ready
            onClicked: bar.timeline.togglePlay()
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Play or pause the storm hour by hour (Space on the map)")
        }
        ToolButton {
            text: "\u2039"
            enabled: bar.timeline.ready && bar.timeline.hour > 0
            onClicked: bar.timeline.step(-1)
            Accessible.name: qsTr("One hour back")
        }
        ToolButton {
            text: "\u203a"
            enabled: bar.timeline.ready && !bar.timeline.atEnd
            onClicked: bar.timeline.step(1)
            Accessible.name: qsTr("One hour forward")
        }
        ColumnLayout {
            spacing: 0
            Layout.preferredWidth: 190
            Label {
                objectName: "hourLabel"
                text: bar.timeline.busy ? qsTr("Computing the hours\u2026")
                      : bar.timeline.ready ? bar.timeline.hourLabel
                      : qsTr("No forecast loaded")
                color: Theme.text
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "clockLabel"
                visible: bar.timeline.ready
                text: bar.timeline.clockLabel
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
            }
        }
        Slider {
            id: slider
            objectName: "hourSlider"
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, bar.timeline.lastHour)
            stepSize: 1
            snapMode: Slider.SnapAlways
            enabled: bar.timeline.ready
            value: bar.timeline.hour
            onMoved: bar.timeline.hour = Math.round(value)
            Accessible.name: qsTr("Forecast hour")
        }
        ColumnLayout {
            spacing: 0
            Layout.preferredWidth: 420
            Label {
                objectName: "timelineSummary"
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: bar.timeline.ready ? bar.timeline.summary : ""
                color: Theme.text
            }
            Label {
                objectName: "planAtHour"
                Layout.fillWidth: true
                elide: Text.ElideRight
                visible: text.length > 0
                text: bar.timeline.planSummary
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
            }
        }
        ComboBox {
            objectName: "speedChooser"
            Layout.preferredWidth: 96
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Playback speed")
            model: [
                { value: 2, text: qsTr("2 h/s") },
                { value: 4, text: qsTr("4 h/s") },
                { value: 8, text: qsTr("8 h/s") }
            ]
            currentIndex: 1
            onActivated: bar.timeline.speed = currentValue
        }
    }
}
