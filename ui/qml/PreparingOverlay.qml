import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// Covers the window while the store is being prepared (the demo utility on first run), with
// what is happening and how far it has got.
Rectangle {
    id: overlay

    required property Session session

    visible: session.preparing
    color: Qt.rgba(Theme.window.r, Theme.window.g, Theme.window.b, 0.92)

    // Swallow clicks so nothing underneath is used half-loaded.
    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
    }

    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, 520)
        implicitHeight: 170
        title: qsTr("Setting up the demo utility")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("No store exists yet, so Stormcrew is building a fictional utility on real Kentucky geography, with six years of storms and an incoming forecast, through the same importers you would use.")
                color: Theme.mutedText
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: 1
                value: overlay.session.preparingProgress
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: overlay.session.preparingMessage
                color: Theme.text
            }
        }
    }
}
