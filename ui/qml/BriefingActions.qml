import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stormcrew

// The briefing actions of the toolbar: export the territory table (CSV, GeoJSON), write the
// briefing PDF, record the plan shown as the director's decision. Their keys (Ctrl+E,
// Ctrl+Shift+E, Ctrl+P, Ctrl+D), their dialogs, and the message that tells how each went.
Item {
    id: actions

    required property Session session
    readonly property Briefing briefing: briefingObject
    readonly property alias saveDialog: saveDialog
    readonly property alias recordDialog: recordDialog
    readonly property alias exportMenu: exportMenu
    readonly property alias messagePopup: messagePopup
    readonly property alias recordConfirmButton: recordConfirm
    readonly property bool canExport: briefingObject.canExport && !briefingObject.busy

    // Asks where to write, then writes: "csv", "geojson" (the territory table) or "pdf".
    function choose(kind) {
        if (!canExport)
            return
        saveDialog.kind = kind
        saveDialog.selectedFile = briefingObject.suggestedFile(kind)
        saveDialog.open()
    }
    function write(kind, file) {
        if (kind === "pdf")
            briefingObject.writeBriefing(file)
        else
            briefingObject.exportTable(file)
    }
    function confirmRecord() {
        if (briefingObject.canRecord)
            recordDialog.open()
    }

    Briefing {
        id: briefingObject
        session: actions.session
        onMessageChanged: if (message.length > 0) messagePopup.open()
    }

    Shortcut {
        sequence: "Ctrl+E"
        enabled: actions.canExport
        onActivated: actions.choose("csv")
    }
    Shortcut {
        sequence: "Ctrl+Shift+E"
        enabled: actions.canExport
        onActivated: actions.choose("geojson")
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: actions.canExport
        onActivated: actions.choose("pdf")
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: briefingObject.canRecord
        onActivated: actions.confirmRecord()
    }

    Menu {
        id: exportMenu
        objectName: "exportMenu"
        // As wide as its longest item (longer in Spanish and French), never eliding one.
        width: {
            let widest = 0
            for (let i = 0; i < count; ++i)
                widest = Math.max(widest, itemAt(i).implicitWidth)
            return Math.max(200, widest + leftPadding + rightPadding)
        }
        MenuItem {
            objectName: "exportCsv"
            text: qsTr("Territory table as CSV…  (Ctrl+E)")
            enabled: actions.canExport
            onTriggered: actions.choose("csv")
        }
        MenuItem {
            objectName: "exportGeoJson"
            text: qsTr("Territory table as GeoJSON…  (Ctrl+Shift+E)")
            enabled: actions.canExport
            onTriggered: actions.choose("geojson")
        }
        MenuItem {
            objectName: "exportPdf"
            text: qsTr("Briefing as PDF…  (Ctrl+P)")
            enabled: actions.canExport
            onTriggered: actions.choose("pdf")
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "saveDialog"
        property string kind: "csv"
        fileMode: FileDialog.SaveFile
        defaultSuffix: kind
        title: kind === "pdf" ? qsTr("Save the briefing")
               : kind === "geojson" ? qsTr("Export the territory table as GeoJSON")
               : qsTr("Export the territory table as CSV")
        nameFilters: kind === "pdf" ? [qsTr("PDF documents (*.pdf)")]
                     : kind === "geojson" ? [qsTr("GeoJSON files (*.geojson)")]
                     : [qsTr("CSV files (*.csv)")]
        onAccepted: actions.write(kind, selectedFile)
    }

    Dialog {
        id: recordDialog
        objectName: "recordDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, parent ? parent.width - 4 * Theme.padding : 520)
        modal: true
        title: qsTr("Record the decision")
        padding: 2 * Theme.padding

        readonly property PlanController plan: actions.session.plan
        readonly property ForecastController forecast: actions.session.forecast

        Label {
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("Store the plan shown as your decision: %1 own and %2 mutual-aid crews, %3 % of customers back within %4 h at risk level %5, model v%6. It is written to the store and to the audit log under your name, %7.")
                  .arg(recordDialog.plan.ownCrews).arg(recordDialog.plan.mutualAidCrews)
                  .arg(recordDialog.plan.targetPercent).arg(recordDialog.plan.targetHours)
                  .arg(recordDialog.plan.risk.toUpperCase()).arg(recordDialog.forecast.modelVersion)
                  .arg(actions.briefing.userName)
        }
        footer: DialogButtonBox {
            Button {
                id: recordConfirm
                objectName: "recordConfirm"
                text: qsTr("Record decision")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onOpened: recordConfirm.forceActiveFocus()
        onAccepted: briefingObject.recordDecision()
    }

    Popup {
        id: messagePopup
        objectName: "briefingMessage"
        parent: Overlay.overlay
        x: parent ? parent.width - width - Theme.padding : 0
        y: 52
        width: Math.min(560, parent ? parent.width - 2 * Theme.padding : 560)
        padding: Theme.padding
        closePolicy: Popup.CloseOnEscape
        background: Rectangle {
            color: Theme.panel
            radius: Theme.radius
            border.width: 2
            border.color: briefingObject.messageIsError ? Theme.danger : Theme.accent
        }
        // A success goes by itself; an error stays until it is read and closed.
        onOpened: if (!briefingObject.messageIsError) hideTimer.restart()
        Timer {
            id: hideTimer
            interval: 8000
            onTriggered: messagePopup.close()
        }
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                objectName: "briefingMessageText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: briefingObject.messageIsError ? Theme.danger : Theme.text
                text: briefingObject.message
            }
            Button {
                text: qsTr("Close")
                onClicked: messagePopup.close()
            }
        }
    }
}
