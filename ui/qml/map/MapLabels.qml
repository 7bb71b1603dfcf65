import QtQuick
import Stormcrew

// The territory names the map placed without collisions. They move with the map while it pans
// and are placed again once it rests; while zooming they wait.
Item {
    id: layer

    required property TerritoryMap map

    clip: true

    Item {
        x: layer.map.labelOffset.x
        y: layer.map.labelOffset.y
        visible: layer.map.labelsCurrent

        Repeater {
            model: layer.map.labels
            delegate: Text {
                required property string labelText
                required property real labelX
                required property real labelY
                x: labelX
                y: labelY
                text: labelText
                font: layer.map.labelFont
                color: Theme.text
                style: Text.Outline
                styleColor: Theme.mapHalo
            }
        }
    }
}
