import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// Version, and the licences of the libraries and the data Stormcrew ships with.
Dialog {
    id: about

    required property Session session
    readonly property var credits: [
        { name: "Qt 6", licence: qsTr("LGPL 3.0"), use: qsTr("user interface and core services") },
        { name: "GDAL/OGR", licence: qsTr("MIT"), use: qsTr("reading vector and raster data") },
        { name: "PROJ", licence: qsTr("MIT"), use: qsTr("coordinate transformations") },
        { name: "GEOS", licence: qsTr("LGPL 2.1"), use: qsTr("geometry operations") },
        { name: "SQLite", licence: qsTr("public domain"), use: qsTr("the store") },
        { name: "Eigen", licence: qsTr("MPL 2.0"), use: qsTr("model fitting") },
        { name: qsTr("US Census Bureau boundaries (via us-atlas)"), licence: qsTr("public domain; ISC"),
          use: qsTr("state and county outlines") }
    ]

    title: qsTr("About Stormcrew")
    modal: true
    standardButtons: Dialog.Close
    anchors.centerIn: Overlay.overlay
    width: 560
    padding: 2 * Theme.padding

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Stormcrew %1").arg(about.session.appVersion)
            font.pixelSize: Theme.titleFont + 2
            font.weight: Font.Bold
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Predicts outages and the repair crews needed for every service territory before a storm. The model advises; the director decides.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Free software under the MIT licence. Outage data stay on this computer: Stormcrew works offline.")
            color: Theme.mutedText
        }
        Label {
            text: qsTr("Built with")
            font.weight: Font.DemiBold
            Layout.topMargin: Theme.spacing
        }
        Repeater {
            model: about.credits
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%1 (%2): %3").arg(modelData.name).arg(modelData.licence).arg(modelData.use)
                font.pixelSize: Theme.smallFont + 1
            }
        }
    }
}
