import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stormcrew

// What to replay (storm, lead time, model), the way back to the plan, progress and cancel, and
// the review report (PDF or CSV).
Rectangle {
    id: bar

    required property Session session
    required property Replay replay

    function run() {
        if (stormChoice.currentValue)
            bar.replay.replay(stormChoice.currentValue, leadChoice.value, modelChoice.currentValue)
    }

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.panel
    border.color: Theme.border
    radius: Theme.radius

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Button {
            objectName: "backToPlan"
            text: qsTr("Back to the plan")
            onClicked: bar.replay.active = false
            Accessible.name: qsTr("Leave the replay and go back to the plan (Escape)")
        }
        Label { text: qsTr("Replay storm:"); color: Theme.text }
        ComboBox {
            id: stormChoice
            objectName: "replayStorm"
            Layout.fillWidth: true
            Layout.maximumWidth: 360
            Layout.minimumWidth: 160
            model: bar.replay.storms
            textRole: "label"
            valueRole: "code"
            Accessible.name: qsTr("Storm to replay")
            Connections {
                target: bar.replay
                function onResultChanged() {
                    const code = bar.replay.summary.stormCode
                    if (code !== undefined && stormChoice.currentValue !== code)
                        stormChoice.currentIndex = stormChoice.indexOfValue(code)
                }
            }
        }
        Label { text: qsTr("Lead time:"); color: Theme.text }
        SpinBox {
            id: leadChoice
            objectName: "replayLead"
            from: 0
            to: 720
            stepSize: 6
            value: 48
            editable: true
            textFromValue: (value, locale) => qsTr("%1 h").arg(value)
            valueFromText: (text, locale) => parseInt(text)
            Accessible.name: qsTr("Hours before the storm's first outage")
        }
        Label { text: qsTr("Model:"); color: Theme.text }
        ComboBox {
            id: modelChoice
            objectName: "replayModel"
            Layout.preferredWidth: 260
            textRole: "label"
            valueRole: "id"
            model: [{ label: qsTr("The model active then"), id: 0 }].concat(bar.replay.models)
            Accessible.name: qsTr("Model to replay with")
        }
        Button {
            objectName: "replayButton"
            text: qsTr("Replay")
            highlighted: true
            enabled: stormChoice.count > 0
            onClicked: bar.run()
        }
        BusyIndicator {
            objectName: "replayBusy"
            visible: bar.replay.busy
            running: visible
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
        }
        Label {
            objectName: "replayStatus"
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            text: bar.replay.busy ? bar.replay.status
                  : bar.replay.hasReplay
                    ? qsTr("Replayed in %1 s").arg(Number(bar.replay.elapsedMs / 1000).toLocaleString(Qt.locale(), "f", 1))
                    : ""
        }
        Button {
            objectName: "replayCancel"
            visible: bar.replay.busy
            enabled: !bar.replay.cancelling
            text: qsTr("Cancel")
            onClicked: bar.replay.cancel()
        }
        Button {
            id: reportButton
            objectName: "replayReport"
            text: qsTr("Review report")
            enabled: bar.replay.hasReplay
            onClicked: reportMenu.popup(reportButton, 0, reportButton.height)
            Accessible.name: qsTr("Save the review report as PDF or CSV")
        }
    }

    Menu {
        id: reportMenu
        MenuItem {
            text: qsTr("Review report (PDF)…")
            onTriggered: { reportDialog.extension = "pdf"; reportDialog.open() }
        }
        MenuItem {
            text: qsTr("Territories (CSV)…")
            onTriggered: { reportDialog.extension = "csv"; reportDialog.open() }
        }
    }

    FileDialog {
        id: reportDialog
        property string extension: "pdf"
        fileMode: FileDialog.SaveFile
        selectedFile: bar.replay.suggestedFile(extension)
        nameFilters: extension === "pdf" ? [qsTr("PDF files (*.pdf)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: {
            const message = bar.replay.exportReport(selectedFile)
            reportMessage.text = message.length > 0 ? message
                                 : qsTr("Saved %1").arg(selectedFile.toString().split("/").pop())
            reportMessage.open()
        }
    }

    ToolTip {
        id: reportMessage
        parent: reportButton
        timeout: 5000
    }

    Shortcut {
        sequence: "Escape"
        enabled: bar.replay.active
        onActivated: bar.replay.active = false
    }
    Shortcut {
        sequence: "Ctrl+Return"
        enabled: bar.replay.active
        onActivated: bar.run()
    }
}
