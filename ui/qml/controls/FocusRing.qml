import QtQuick
import Stormcrew

// Where the keyboard is, in both themes: an accent outline over a control with visual focus
// (Fusion's own focus frame is faint on the dark theme's tool buttons).
Rectangle {
    anchors.fill: parent
    anchors.margins: 1
    color: "transparent"
    radius: Theme.radius
    border.color: Theme.accent
    border.width: 2
}
