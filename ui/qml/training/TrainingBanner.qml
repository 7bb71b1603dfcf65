import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The banner that marks training mode for as long as a session runs: nothing done here
// reaches the operational store.
Rectangle {
    id: banner

    required property TrainingController training
    signal endRequested()
    signal reportRequested()

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.trainingBanner
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        Label {
            id: title
            objectName: "trainingBannerTitle"
            text: qsTr("TRAINING MODE")
            font.weight: Font.Bold
            font.pixelSize: Theme.titleFont
            color: Theme.accentText
        }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: qsTr("Working on a copy of the store: calls and changes here never reach the operational store.")
            color: Theme.accentText
        }
        Button {
            id: reportButton
            objectName: "trainingReportButton"
            text: qsTr("Session report\u2026")
            enabled: banner.training.active
            onClicked: banner.reportRequested()
            FocusRing { visible: reportButton.visualFocus }
        }
        Button {
            id: endButton
            objectName: "trainingEndButton"
            text: qsTr("End training")
            onClicked: banner.endRequested()
            FocusRing { visible: endButton.visualFocus }
            ToolTip.visible: hovered || visualFocus
            ToolTip.delay: 500
            ToolTip.text: qsTr("Back to the control centre; the copy and its calls are removed (Ctrl+Shift+T)")
        }
    }
}
