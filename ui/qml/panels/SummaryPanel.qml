import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The storm at a glance: predicted outages and their range, crews, mutual aid, restoration time.
Panel {
    id: summary

    required property Session session

    title: qsTr("Summary")
    implicitHeight: 300

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("No storm selected")
            font.pixelSize: Theme.bodyFont
            font.weight: Font.DemiBold
            color: Theme.text
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 2 * Theme.spacing
            rowSpacing: Theme.spacing

            Figure { caption: qsTr("Outages (P50)"); value: "–"; detail: qsTr("P10–P90: –") }
            Figure { caption: qsTr("Crews needed"); value: "–"; detail: qsTr("on hand: –") }
            Figure { caption: qsTr("Mutual aid"); value: "–"; detail: qsTr("request by: –") }
            Figure { caption: qsTr("Restoration (P50)"); value: "–"; detail: qsTr("P90: –") }
        }
        Item { Layout.fillHeight: true }
        Label {
            Layout.fillWidth: true
            text: summary.session.storeOpen
                  ? qsTr("Store: %1 (schema %2%3)").arg(summary.session.storePath)
                        .arg(summary.session.schemaVersion)
                        .arg(summary.session.readOnly ? qsTr(", read-only") : "")
                  : qsTr("Store: not open")
            elide: Text.ElideMiddle
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
    }
}
