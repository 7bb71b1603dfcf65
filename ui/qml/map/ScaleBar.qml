import QtQuick
import QtQuick.Controls
import Stormcrew

// A scale bar for the middle of the map (Mercator's scale changes with latitude), and the
// attribution of the shipped boundaries under it.
Column {
    id: scale

    required property TerritoryMap map
    property string attribution

    spacing: 2

    Label {
        anchors.right: parent.right
        text: scale.map.scaleBarText
        font.pixelSize: Theme.smallFont
        color: Theme.text
        style: Text.Outline
        styleColor: Theme.mapHalo
    }
    Rectangle {
        anchors.right: parent.right
        width: scale.map.scaleBarWidth
        height: 5
        color: "transparent"
        border.color: Theme.text
        border.width: 1.5
    }
    Label {
        anchors.right: parent.right
        text: scale.attribution
        font.pixelSize: Theme.smallFont - 1
        color: Theme.mutedText
        style: Text.Outline
        styleColor: Theme.mapHalo
    }
}
