import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The selected territory: its prediction with interval, the reasons behind it, crews and ETR.
Panel {
    id: detail

    title: qsTr("Territory")

    EmptyState {
        anchors.centerIn: parent
        width: parent.width
        headline: qsTr("No territory selected")
        explanation: qsTr("Select a territory on the map or in the table to see its prediction and why the model expects it.")
    }
}
