import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The map of predicted outages per territory. Until territories are imported it says how to start.
Rectangle {
    id: region

    required property Session session

    color: Theme.mapBackground
    border.color: Theme.border
    radius: Theme.radius

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, 460)
        headline: !region.session.storeOpen ? qsTr("The store could not be opened")
                  : region.session.territoryCount === 0 ? qsTr("No territories in this store yet")
                  : qsTr("%n territories in this store", "", region.session.territoryCount)
        explanation: !region.session.storeOpen ? region.session.storeError
                     : region.session.territoryCount === 0
                       ? qsTr("Import your service territories (GeoPackage, Shapefile, GeoJSON or FlatGeobuf) to see predicted outages on the map.")
                       : qsTr("No prediction yet: the map of predicted outages appears once a model has been trained on the storm history.")
    }
}
