import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The control centre's main window: map and table on the left, summary and detail on the right,
// forecast timeline along the bottom.
ApplicationWindow {
    id: window

    required property Session session

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Stormcrew control centre")
    color: Theme.window

    palette {
        window: Theme.window
        windowText: Theme.text
        base: Theme.panel
        alternateBase: Theme.panelHeader
        text: Theme.text
        button: Theme.panelHeader
        buttonText: Theme.text
        highlight: Theme.selection
        highlightedText: Theme.accentText
        mid: Theme.border
        dark: Theme.border
        light: Theme.panel
        placeholderText: Theme.mutedText
        toolTipBase: Theme.panel
        toolTipText: Theme.text
    }

    Binding {
        target: Theme
        property: "dark"
        value: window.session.darkTheme
    }

    header: AppToolBar {
        session: window.session
        onAboutRequested: aboutDialog.open()
    }

    footer: TimelineBar {
        objectName: "timeline"
        session: window.session
    }

    SplitView {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        orientation: Qt.Horizontal

        SplitView {
            SplitView.fillWidth: true
            orientation: Qt.Vertical

            MapRegion {
                objectName: "mapRegion"
                session: window.session
                SplitView.fillHeight: true
                SplitView.minimumHeight: 240
            }
            TerritoryTable {
                objectName: "territoryTable"
                session: window.session
                SplitView.preferredHeight: 220
                SplitView.minimumHeight: 120
            }
        }

        ColumnLayout {
            SplitView.preferredWidth: 380
            SplitView.minimumWidth: 300
            spacing: Theme.spacing

            SummaryPanel {
                objectName: "summaryPanel"
                session: window.session
                Layout.fillWidth: true
            }
            TerritoryDetailPanel {
                objectName: "territoryDetail"
                session: window.session
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    PreparingOverlay {
        objectName: "preparingOverlay"
        anchors.fill: parent
        session: window.session
    }

    AboutDialog {
        id: aboutDialog
        objectName: "aboutDialog"
        session: window.session
    }
}
