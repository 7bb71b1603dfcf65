import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The session's scoreboard across the revealed storms: each storm, then the trainee's and the
// model's mean error and how often each was within 20 % of what happened; and the points for
// discussion the session report also lists.
ScrollView {
    id: panel

    required property TrainingController training
    readonly property var board: training.scoreboard

    function count(value) {
        return value === undefined || value === null ? "–"
               : Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }
    function percent(value) {
        return value === undefined || value === null ? "–"
               : qsTr("%1 %").arg(Number(value * 100).toLocaleString(Qt.locale(), "f", 0))
    }

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: panel.availableWidth
        spacing: Theme.spacing

        GridLayout {
            objectName: "scoreboardStorms"
            columns: 4
            columnSpacing: Theme.padding
            Layout.fillWidth: true

            Label { text: qsTr("Storm"); color: Theme.mutedText; Layout.fillWidth: true }
            Label { text: qsTr("You"); color: Theme.mutedText }
            Label { text: qsTr("Model"); color: Theme.mutedText }
            Label { text: qsTr("Actual"); color: Theme.mutedText }
            Repeater {
                model: panel.board.rows
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 0
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: modelData.name
                    color: Theme.text
                }
            }
            Repeater {
                model: panel.board.rows
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 1
                    text: panel.count(modelData.trainee)
                    font.weight: modelData.traineeError.absolute < modelData.modelError.absolute ? Font.Bold : Font.Normal
                    color: Theme.text
                }
            }
            Repeater {
                model: panel.board.rows
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 2
                    text: panel.count(modelData.model)
                    font.weight: modelData.modelError.absolute < modelData.traineeError.absolute ? Font.Bold : Font.Normal
                    color: Theme.text
                }
            }
            Repeater {
                model: panel.board.rows
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 3
                    text: panel.count(modelData.actual)
                    color: Theme.text
                }
            }
        }

        GridLayout {
            objectName: "scoreboardTotals"
            columns: 4
            columnSpacing: Theme.padding
            Layout.fillWidth: true

            Label { text: ""; Layout.fillWidth: true }
            Label { text: qsTr("Mean error"); color: Theme.mutedText }
            Label { text: qsTr("Mean relative error"); color: Theme.mutedText }
            Label { text: qsTr("Within 20 %"); color: Theme.mutedText }

            Label { text: qsTr("You"); font.weight: Font.DemiBold; color: Theme.text }
            Label { text: panel.count(panel.board.trainee.meanAbsolute); color: Theme.text }
            Label { text: panel.percent(panel.board.trainee.meanRelative); color: Theme.text }
            Label {
                objectName: "traineeWithin"
                text: qsTr("%1 of %2").arg(panel.board.trainee.within20).arg(panel.board.trainee.storms)
                color: Theme.text
            }
            Label { text: qsTr("Model"); font.weight: Font.DemiBold; color: Theme.text }
            Label { text: panel.count(panel.board.model.meanAbsolute); color: Theme.text }
            Label { text: panel.percent(panel.board.model.meanRelative); color: Theme.text }
            Label {
                objectName: "modelWithin"
                text: qsTr("%1 of %2").arg(panel.board.model.within20).arg(panel.board.model.storms)
                color: Theme.text
            }
        }

        Label {
            text: qsTr("Points for discussion")
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Repeater {
            model: panel.board.discussion
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: "• " + modelData
            }
        }
    }
}
