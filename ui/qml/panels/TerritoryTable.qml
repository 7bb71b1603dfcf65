import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// Every territory in one sortable table; its selection is shared with the map.
Panel {
    id: table

    required property Session session
    readonly property var columns: [
        qsTr("Territory"), qsTr("Customers"), qsTr("Outages (P50)"), qsTr("P10–P90"),
        qsTr("Crews"), qsTr("ETR (P50)")
    ]

    title: qsTr("Territories")

    RowLayout {
        id: headerRow
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: 0

        Repeater {
            model: table.columns
            delegate: Label {
                required property string modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredWidth: index === 0 ? 2 : 1
                text: modelData
                font.pixelSize: Theme.smallFont
                font.weight: Font.DemiBold
                color: Theme.mutedText
                elide: Text.ElideRight
            }
        }
    }
    Rectangle {
        id: rule
        anchors { left: parent.left; right: parent.right; top: headerRow.bottom; topMargin: 4 }
        height: 1
        color: Theme.border
    }
    EmptyState {
        anchors { left: parent.left; right: parent.right; top: rule.bottom; topMargin: 2 * Theme.padding }
        headline: table.session.territoryCount === 0 ? qsTr("No territories to list")
                  : qsTr("No prediction to list yet")
        explanation: table.session.territoryCount === 0
                     ? qsTr("Territories appear here, one row each, once they are imported.")
                     : qsTr("Each territory gets a row with its predicted outages, crews and ETR once a model has been trained.")
    }
}
