import QtQuick
import Stormcrew

// The territory names the map placed without collisions. They move with the map while it pans
// and are placed again once it rests; while zooming they wait.
Item {
    id: labelLayer

    required property TerritoryMap map

    clip: true

    Item {
        x: labelLayer.map.labelOffset.x
        y: labelLayer.map.labelOffset.y
        visible: labelLayer.map.labelsCurrent

        Repeater {
            model: labelLayer.map.labels
            delegate: Text {
                required property string labelText
                required property real labelX
                required property real labelY
                x: labelX
                y: labelY
                text: labelText
                font: labelLayer.map.labelFont
                color: Theme.text
                style: Text.Outline
                styleColor: Theme.mapHalo
            }
        }
    }
}
