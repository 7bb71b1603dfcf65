import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// Every territory in one sortable, filterable table; its selection is shared with the map and
// the detail panel. Click a column title to sort by it (again to reverse).
Panel {
    id: table

    required property Session session
    readonly property ForecastController forecast: session.forecast
    readonly property var columnShares: [2.2, 0.8, 1, 0.8, 0.8, 0.8, 1.4, 1.1]

    title: qsTr("Territories")

    TextField {
        id: filter
        objectName: "territoryFilter"
        anchors { right: parent.right; top: parent.top; topMargin: -32 - Theme.padding + 3 }
        width: 200
        height: 26
        placeholderText: qsTr("Filter by name or code")
        font.pixelSize: Theme.smallFont + 1
        onTextChanged: table.forecast.table.filterText = text
        Accessible.name: qsTr("Filter territories")
    }

    HorizontalHeaderView {
        id: header
        objectName: "territoryHeader"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        syncView: view
        clip: true
        visible: table.forecast.hasPrediction
        delegate: Rectangle {
            id: headerCell
            required property string display
            required property int column
            implicitHeight: 26
            implicitWidth: 80
            color: Theme.panelHeader
            Label {
                anchors { fill: parent; leftMargin: 6; rightMargin: 6 }
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: headerCell.column < 2 ? Text.AlignLeft : Text.AlignRight
                text: headerCell.display + (table.forecast.table.sortColumn === headerCell.column
                                            ? (table.forecast.table.sortDescending ? " ▼" : " ▲") : "")
                elide: Text.ElideRight
                font.pixelSize: Theme.smallFont
                font.weight: Font.DemiBold
                color: Theme.mutedText
            }
            TapHandler { onTapped: table.forecast.table.sortBy(headerCell.column) }
        }
    }

    TableView {
        id: view
        objectName: "territoryView"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        visible: table.forecast.hasPrediction
        clip: true
        model: table.forecast.table
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        columnWidthProvider: column => {
            const total = table.columnShares.reduce((a, b) => a + b, 0)
            return Math.max(50, view.width * table.columnShares[column] / total)
        }
        onWidthChanged: forceLayout()
        keyNavigationEnabled: false

        delegate: Rectangle {
            id: cell
            required property string display
            required property string columnKind
            required property var territoryId
            required property int row
            readonly property bool selected: territoryId === table.forecast.selectedTerritory
            implicitHeight: 24
            color: selected ? Qt.alpha(Theme.accent, 0.22) : (row % 2 ? Theme.panelHeader : Theme.panel)
            Label {
                anchors { fill: parent; leftMargin: 6; rightMargin: 6 }
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: cell.columnKind === "number" ? Text.AlignRight : Text.AlignLeft
                text: cell.display
                elide: Text.ElideRight
                font.pixelSize: Theme.smallFont + 1
                color: Theme.text
            }
            TapHandler { onTapped: table.forecast.selectedTerritory = cell.territoryId }
        }

        Keys.onUpPressed: table.moveSelection(-1)
        Keys.onDownPressed: table.moveSelection(1)
        activeFocusOnTab: true
    }

    function moveSelection(step) {
        const current = forecast.table.rowOfTerritory(forecast.selectedTerritory)
        const next = Math.max(0, Math.min(view.rows - 1, current < 0 ? 0 : current + step))
        forecast.selectedTerritory = forecast.table.territoryIdAt(next)
        view.positionViewAtRow(next, TableView.Contain)
    }

    Connections {
        target: table.forecast
        function onSelectionChanged() {
            const row = table.forecast.table.rowOfTerritory(table.forecast.selectedTerritory)
            if (row >= 0)
                view.positionViewAtRow(row, TableView.Contain)
        }
    }

    EmptyState {
        anchors { left: parent.left; right: parent.right; top: parent.top; topMargin: 2 * Theme.padding }
        visible: !table.forecast.hasPrediction
        headline: table.session.territoryCount === 0 ? qsTr("No territories to list")
                  : table.forecast.busy ? qsTr("Predicting…")
                  : qsTr("No prediction to list yet")
        explanation: table.session.territoryCount === 0
                     ? qsTr("Territories appear here, one row each, once they are imported.")
                     : table.forecast.error.length > 0 ? table.forecast.error
                     : qsTr("Each territory gets a row with its predicted outages once a model has been trained.")
    }
}
