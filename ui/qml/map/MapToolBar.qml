import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stormcrew

// The map's own controls: metric and palette, zoom and fit, basemap and gust overlay.
// Every action also has a key on the map itself (arrows, + and -, Home).
Rectangle {
    id: bar

    required property TerritoryMap map
    // The metric the user picks; the engine binds the values for it (see docs/architecture.md).
    property alias metric: metricBox.currentValue
    property alias metricName: metricBox.currentText
    // The forecast gust overlay starts hidden: at half opacity its colours mix with the
    // choropleth's, so the territories' colours would no longer read against their legend.
    property bool overlayShown: false

    implicitWidth: row.implicitWidth + Theme.spacing
    implicitHeight: row.implicitHeight + Theme.spacing
    color: Theme.panel
    opacity: 0.96
    border.color: Theme.border
    radius: Theme.radius

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 4

        ComboBox {
            id: metricBox
            objectName: "metricChooser"
            Layout.preferredWidth: 230
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Metric shown on the map")
            model: [
                { value: "p50", text: qsTr("Predicted outages (P50)") },
                { value: "p90", text: qsTr("Predicted outages (P90)") },
                { value: "mean", text: qsTr("Expected outages (mean)") },
                { value: "per1000", text: qsTr("Outages per 1,000 customers") },
                { value: "crews", text: qsTr("Crews needed") },
                { value: "etr", text: qsTr("Estimated time to restore") }
            ]
        }
        ComboBox {
            id: paletteBox
            objectName: "paletteChooser"
            Layout.preferredWidth: 150
            Accessible.name: qsTr("Colour palette")
            textRole: "text"
            valueRole: "value"
            model: [
                { value: TerritoryMap.Viridis, text: qsTr("Viridis") },
                { value: TerritoryMap.Cividis, text: qsTr("Cividis") },
                { value: TerritoryMap.Diverging, text: qsTr("Diverging (errors)") }
            ]
            currentIndex: bar.metric === "error" ? 2 : 0
            onCurrentValueChanged: bar.map.valuePalette = currentValue
        }
        ToolButton {
            text: "+"
            font.pixelSize: Theme.titleFont
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Zoom in")
            ToolTip.text: qsTr("Zoom in (+)")
            ToolTip.visible: hovered
            onClicked: bar.map.zoomAround(bar.map.zoomLevel + 1,
                                          Qt.point(bar.map.width / 2, bar.map.height / 2))
        }
        ToolButton {
            text: "\u2212"
            font.pixelSize: Theme.titleFont
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Zoom out")
            ToolTip.text: qsTr("Zoom out (\u2212)")
            ToolTip.visible: hovered
            onClicked: bar.map.zoomAround(bar.map.zoomLevel - 1,
                                          Qt.point(bar.map.width / 2, bar.map.height / 2))
        }
        ToolButton {
            text: qsTr("Fit")
            focusPolicy: Qt.NoFocus
            ToolTip.text: qsTr("Show all territories (Home)")
            ToolTip.visible: hovered
            onClicked: bar.map.fitToTerritories()
        }
        ToolButton {
            id: layersButton
            text: qsTr("Layers")
            focusPolicy: Qt.NoFocus
            onClicked: layersMenu.open()

            Menu {
                id: layersMenu
                y: layersButton.height
                MenuItem {
                    text: qsTr("Basemap: shipped state and county outlines")
                    checkable: true
                    checked: bar.map.basemapSource.length === 0
                    onTriggered: bar.map.basemapSource = ""
                }
                MenuItem {
                    text: qsTr("Basemap from a raster file\u2026")
                    checkable: true
                    checked: bar.map.basemapSource.length > 0
                    onTriggered: basemapDialog.open()
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Forecast gust overlay")
                    checkable: true
                    enabled: bar.map.overlayReady
                    checked: bar.overlayShown
                    onTriggered: bar.overlayShown = checked
                }
            }
        }
    }

    FileDialog {
        id: basemapDialog
        title: qsTr("Choose a basemap raster")
        nameFilters: [qsTr("Rasters (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.png *.jpg)"),
                      qsTr("All files (*)")]
        onAccepted: bar.map.basemapSource = decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, ""))
    }
}
