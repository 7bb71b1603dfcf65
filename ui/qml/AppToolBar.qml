import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The window's header: product name, storm choice, the briefing actions (export, briefing PDF,
// record the decision), theme and About.
ToolBar {
    id: bar

    required property Session session
    readonly property alias briefingActions: briefingActions
    signal aboutRequested()

    BriefingActions {
        id: briefingActions
        session: bar.session
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        Image {
            source: "qrc:/qt/qml/Stormcrew/icons/stormcrew.svg"
            sourceSize: Qt.size(24, 24)
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
        }
        Label {
            text: qsTr("Stormcrew")
            font.pixelSize: Theme.titleFont + 2
            font.weight: Font.Bold
            color: Theme.text
        }
        Label {
            text: qsTr("Control centre")
            font.pixelSize: Theme.titleFont
            color: Theme.mutedText
        }
        Item { Layout.preferredWidth: 2 * Theme.spacing }
        Label {
            text: qsTr("Storm:")
            color: Theme.text
        }
        ComboBox {
            id: stormChoice
            objectName: "stormChoice"
            // Gives way first when the window is narrow, so the longer Spanish and French labels
            // never push About off the edge.
            Layout.fillWidth: true
            Layout.preferredWidth: 320
            Layout.maximumWidth: 320
            Layout.minimumWidth: 160
            enabled: bar.session.storeOpen && !bar.session.forecast.busy
            textRole: "label"
            valueRole: "code"
            Accessible.name: qsTr("Storm to show")
            model: {
                let entries = [{ label: qsTr("Incoming storm (latest forecast)"), code: "" }]
                for (const storm of bar.session.forecast.storms)
                    entries.push({ label: qsTr("%1 — %2").arg(storm.start.toLocaleDateString(Qt.locale(), "yyyy-MM-dd"))
                                              .arg(storm.name),
                                   code: storm.code })
                return entries
            }
            onActivated: {
                if (currentValue === "")
                    bar.session.forecast.showForecast()
                else
                    bar.session.forecast.showStorm(currentValue)
            }
        }
        Label {
            visible: bar.session.readOnly
            text: qsTr("Read-only")
            padding: 4
            color: Theme.onStatus
            background: Rectangle { color: Theme.warning; radius: Theme.radius }
        }
        Item { Layout.fillWidth: true }
        BusyIndicator {
            objectName: "briefingBusy"
            visible: briefingActions.briefing.busy
            running: visible
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
        }
        ToolButton {
            id: exportButton
            objectName: "exportButton"
            text: qsTr("Export")
            enabled: briefingActions.canExport
            onClicked: briefingActions.exportMenu.popup(exportButton, 0, exportButton.height)
            Accessible.name: qsTr("Export the territory table or the briefing")
            FocusRing { visible: exportButton.visualFocus }
            ToolTip.visible: hovered || visualFocus
            ToolTip.delay: 500
            ToolTip.text: qsTr("Territory table as CSV (Ctrl+E) or GeoJSON (Ctrl+Shift+E); briefing as PDF (Ctrl+P)")
        }
        Item {
            // A disabled button gets no hover: the tooltip that says why lives on this wrapper.
            implicitWidth: recordButton.implicitWidth
            implicitHeight: recordButton.implicitHeight
            HoverHandler { id: recordHover }
            ToolButton {
                id: recordButton
                objectName: "recordButton"
                anchors.fill: parent
                text: qsTr("Record decision")
                enabled: briefingActions.briefing.canRecord
                onClicked: briefingActions.confirmRecord()
                Accessible.name: text
                Accessible.description: briefingActions.briefing.recordBlockedReason
                FocusRing { visible: recordButton.visualFocus }
            }
            ToolTip {
                objectName: "recordToolTip"
                visible: recordHover.hovered || recordButton.visualFocus
                delay: 500
                text: briefingActions.briefing.canRecord
                      ? qsTr("Store the plan shown as the decision, in the audit log (Ctrl+D)")
                      : briefingActions.briefing.recordBlockedReason
            }
        }
        Switch {
            text: qsTr("Dark theme")
            checked: bar.session.darkTheme
            onToggled: bar.session.darkTheme = checked
        }
        ToolButton {
            text: qsTr("About")
            onClicked: bar.aboutRequested()
        }
    }
}
