import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The storm hour by hour as it happened: outages begun so far and still out at the hour, beside
// the total the model expected as of then. Space plays, comma and full stop step an hour.
Rectangle {
    id: bar

    required property Replay replay
    readonly property var hourState: replay.hourState

    function count(value) {
        return value === undefined ? "–" : Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.panel
    border.color: Theme.border
    radius: Theme.radius
    enabled: replay.hasReplay

    Timer {
        id: player
        interval: 120
        repeat: true
        onTriggered: {
            if (bar.replay.hour >= bar.hourState.count - 1)
                stop()
            else
                bar.replay.hour = bar.replay.hour + 1
        }
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Button {
            objectName: "replayPlay"
            text: player.running ? qsTr("Pause") : qsTr("Play")
            onClicked: {
                if (player.running) {
                    player.stop()
                } else {
                    if (bar.replay.hour >= bar.hourState.count - 1)
                        bar.replay.hour = 0
                    player.start()
                }
            }
        }
        Slider {
            id: slider
            objectName: "replayHour"
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, (bar.hourState.count ?? 1) - 1)
            stepSize: 1
            value: bar.replay.hour
            onMoved: bar.replay.hour = value
            Accessible.name: qsTr("Hour of the storm")
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_Space) {
                    player.running ? player.stop() : player.start()
                    event.accepted = true
                } else if (event.key === Qt.Key_Comma || event.key === Qt.Key_Period) {
                    bar.replay.hour = bar.replay.hour + (event.key === Qt.Key_Comma ? -1 : 1)
                    event.accepted = true
                }
            }
        }
        Label {
            objectName: "replayHourLabel"
            Layout.preferredWidth: 520
            elide: Text.ElideRight
            color: Theme.text
            text: bar.hourState.time === undefined ? qsTr("No storm replayed")
                  : qsTr("%1 (%2 h from the first outage): %3 outages begun, %4 still out; expected in all %5 (P10 %6 – P90 %7)")
                    .arg(bar.hourState.time.toLocaleString(Qt.locale(), "yyyy-MM-dd HH:mm") + " UTC")
                    .arg(Number(bar.hourState.hoursFromFirstOutage).toLocaleString(Qt.locale(), "f", 0))
                    .arg(bar.count(bar.hourState.cumulative)).arg(bar.count(bar.hourState.out))
                    .arg(bar.count(bar.hourState.predictedMean)).arg(bar.count(bar.hourState.predictedP10))
                    .arg(bar.count(bar.hourState.predictedP90))
        }
    }
}
