import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The replayed storm at a glance: what the model said as of then against what happened, and
// how far off it was across the territories.
Panel {
    id: panel

    required property Replay replay
    readonly property var s: replay.summary
    readonly property var scores: s.scores ?? ({})

    function count(value) {
        return value === undefined ? "–" : Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }
    function number(value, decimals) {
        return value === undefined || !isFinite(value) ? "–"
               : Number(value).toLocaleString(Qt.locale(), "f", decimals)
    }
    function when(date) {
        return date && !isNaN(date.getTime())
               ? date.toLocaleString(Qt.locale(), "yyyy-MM-dd HH:mm") + " UTC" : "–"
    }

    title: qsTr("Replay")
    implicitHeight: layout.implicitHeight + 32 + 2 * Theme.padding

    ColumnLayout {
        id: layout
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: Theme.spacing

        Label {
            objectName: "replayHeadline"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodyFont
            font.weight: Font.DemiBold
            color: Theme.text
            text: !panel.replay.hasReplay
                  ? (panel.replay.busy ? qsTr("Replaying…") : qsTr("Choose a storm with recorded outcomes and replay it."))
                  : qsTr("%1: %2").arg(panel.s.stormCode).arg(panel.s.stormName)
        }
        Label {
            Layout.fillWidth: true
            visible: panel.replay.hasReplay
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
            text: qsTr("As of %1, %2 h before the first outage (%3), with model %4 (version %5). Only forecasts issued and observations ended by then were read.")
                  .arg(panel.when(panel.s.asOf)).arg(panel.number(panel.s.leadHours, 0))
                  .arg(panel.when(panel.s.firstOutage)).arg(panel.s.modelId).arg(panel.s.modelVersion)
        }
        GridLayout {
            visible: panel.replay.hasReplay
            columns: 2
            columnSpacing: 2 * Theme.spacing
            Figure {
                objectName: "replayPredicted"
                caption: qsTr("Outages expected then")
                value: panel.count(panel.s.predictedMean)
                detail: qsTr("P10 %1 – P90 %2").arg(panel.count(panel.s.predictedP10)).arg(panel.count(panel.s.predictedP90))
            }
            Figure {
                objectName: "replayActual"
                caption: qsTr("Outages that happened")
                value: panel.count(panel.s.actualTotal)
                detail: qsTr("error of the total %1 %").arg(panel.number(panel.scores.totalError, 1))
            }
        }
        GridLayout {
            visible: panel.replay.hasReplay
            columns: 4
            columnSpacing: Theme.spacing
            rowSpacing: 2
            Repeater {
                model: [
                    [qsTr("MAE"), panel.number(panel.scores.mae, 2)],
                    [qsTr("RMSE"), panel.number(panel.scores.rmse, 2)],
                    [qsTr("Spearman"), panel.number(panel.scores.spearman, 3)],
                    [qsTr("Log score"), panel.number(panel.scores.logScore, 3)],
                    [qsTr("In P10–P90"), qsTr("%1 %").arg(panel.number(panel.scores.coverage80, 0))],
                    [qsTr("In P25–P75"), qsTr("%1 %").arg(panel.number(panel.scores.coverage50, 0))],
                    [qsTr("In P5–P95"), qsTr("%1 %").arg(panel.number(panel.scores.coverage90, 0))],
                    [qsTr("Territories"), panel.number(panel.scores.territories, 0)]
                ]
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 0
                    Label { text: modelData[0]; font.pixelSize: Theme.smallFont; color: Theme.mutedText }
                    Label { text: modelData[1]; font.pixelSize: Theme.bodyFont; color: Theme.text }
                }
            }
        }
        Repeater {
            model: panel.replay.notes
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
