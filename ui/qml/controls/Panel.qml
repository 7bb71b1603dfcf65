import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// A titled region of the control centre; children go into its body.
Rectangle {
    id: panel

    property string title
    default property alias content: body.data

    color: Theme.panel
    border.color: Theme.border
    radius: Theme.radius
    implicitWidth: 320
    implicitHeight: 160

    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 1 }
        height: 32
        color: Theme.panelHeader
        radius: Theme.radius

        Label {
            anchors { left: parent.left; leftMargin: Theme.padding; verticalCenter: parent.verticalCenter }
            text: panel.title
            font.pixelSize: Theme.titleFont
            font.weight: Font.DemiBold
            color: Theme.text
        }
    }

    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom
            margins: Theme.padding
        }
    }
}
