import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The hindsight outcome (docs/replay.md, "Hindsight"): the model's crew plan and the crews
// actually deployed, each simulated against the outages that happened, with one standard error.
Panel {
    id: panel

    required property Replay replay

    function count(value) {
        return value === undefined || !isFinite(value) ? "–"
               : Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }
    function hours(value) {
        return value === undefined || !isFinite(value) ? qsTr("never")
               : qsTr("%1 h").arg(Number(value).toLocaleString(Qt.locale(), "f", 0))
    }

    title: qsTr("Hindsight: plan against crews deployed")
    implicitHeight: layout.implicitHeight + 32 + 2 * Theme.padding

    ColumnLayout {
        id: layout
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: panel.replay.hindsight.length === 0
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: panel.replay.busy ? qsTr("Simulating the crew plans…") : qsTr("No hindsight yet.")
        }
        Repeater {
            model: panel.replay.hindsight
            delegate: ColumnLayout {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData.label
                    font.weight: Font.DemiBold
                    color: index === 2 ? Theme.text : Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.text
                    text: qsTr("%1 own + %2 aid crews · %3 ± %4 customer-hours · cost %5 ± %6")
                          .arg(modelData.own).arg(modelData.aid)
                          .arg(panel.count(modelData.customerHours)).arg(panel.count(modelData.customerHoursSe))
                          .arg(panel.count(modelData.cost)).arg(panel.count(modelData.costSe))
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    text: qsTr("Everyone back after %1 (P10 %2, P90 %3) from the all-clear")
                          .arg(panel.hours(modelData.etrP50)).arg(panel.hours(modelData.etrP10))
                          .arg(panel.hours(modelData.etrP90))
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: panel.replay.hindsight.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
            text: qsTr("Recorded by the utility: %1 customer-hours.").arg(panel.count(panel.replay.recorded.customerHours))
        }
        Repeater {
            model: panel.replay.recorded.notes ?? []
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
                text: "• " + modelData
            }
        }
    }
}
