import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// After the reveal: the trainee's call, the model's and what happened, in total and per depot
// group, with the errors and who was closer.
ScrollView {
    id: panel

    required property TrainingController training
    readonly property var exercise: training.exercise

    function count(value) {
        return value === undefined || value === null ? "–"
               : Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }
    function error(e) {
        if (!e)
            return "–"
        return e.relative === undefined || e.relative === null ? count(e.absolute)
               : qsTr("%1 (%2 %)").arg(count(e.absolute))
                     .arg(Number(e.relative * 100).toLocaleString(Qt.locale(), "f", 0))
    }

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: panel.availableWidth
        spacing: Theme.spacing

        Label {
            visible: !panel.training.revealed
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("Nothing to show yet: save your call, then reveal the model and what happened.")
        }

        GridLayout {
            objectName: "revealTotals"
            visible: panel.training.revealed
            columns: 4
            columnSpacing: Theme.padding
            Layout.fillWidth: true

            Label { text: "" }
            Label { text: qsTr("Outages"); color: Theme.mutedText }
            Label { text: qsTr("Error"); color: Theme.mutedText }
            Label { text: qsTr("Within 20 %"); color: Theme.mutedText }

            Label { text: qsTr("You"); font.weight: Font.DemiBold; color: Theme.text }
            Label { objectName: "revealTrainee"; text: panel.count(panel.exercise.callOutages); color: Theme.text }
            Label { text: panel.error(panel.exercise.trainee); color: Theme.text }
            Label { text: panel.exercise.trainee && panel.exercise.trainee.within20 ? qsTr("yes") : qsTr("no"); color: Theme.text }

            Label { text: qsTr("Model v%1").arg(panel.exercise.modelVersion || ""); font.weight: Font.DemiBold; color: Theme.text }
            Label { objectName: "revealModel"; text: panel.count(panel.exercise.model); color: Theme.text }
            Label { text: panel.error(panel.exercise.modelError); color: Theme.text }
            Label { text: panel.exercise.modelError && panel.exercise.modelError.within20 ? qsTr("yes") : qsTr("no"); color: Theme.text }

            Label { text: qsTr("Actual"); font.weight: Font.DemiBold; color: Theme.text }
            Label { objectName: "revealActual"; text: panel.count(panel.exercise.actual); color: Theme.text }
            Label { text: "" }
            Label { text: "" }
        }
        Label {
            objectName: "revealVerdict"
            visible: panel.training.revealed
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Theme.text
            text: panel.exercise.closer === "trainee" ? qsTr("You were closer than the model.")
                  : panel.exercise.closer === "model" ? qsTr("The model was closer.")
                  : qsTr("You and the model were equally close.")
        }
        Label {
            visible: panel.training.revealed
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("Crews: you called %1; %2 were deployed. The model's range was %3 to %4 outages (P10 to P90).")
                  .arg(panel.count(panel.exercise.callCrews)).arg(panel.count(panel.exercise.actualCrews))
                  .arg(panel.count(panel.exercise.modelP10)).arg(panel.count(panel.exercise.modelP90))
        }

        Label {
            visible: panel.training.revealed
            text: qsTr("By depot group")
            font.weight: Font.DemiBold
            color: Theme.text
        }
        GridLayout {
            objectName: "revealGroups"
            visible: panel.training.revealed
            columns: 4
            columnSpacing: Theme.padding
            rowSpacing: 2
            Layout.fillWidth: true

            Label { text: qsTr("Group"); color: Theme.mutedText; Layout.fillWidth: true }
            Label { text: qsTr("You"); color: Theme.mutedText }
            Label { text: qsTr("Model"); color: Theme.mutedText }
            Label { text: qsTr("Actual"); color: Theme.mutedText }

            Repeater {
                model: panel.training.revealed ? panel.training.groups : []
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
                model: panel.training.revealed ? panel.training.groups : []
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 1
                    text: panel.count(modelData.callOutages)
                    color: Theme.text
                }
            }
            Repeater {
                model: panel.training.revealed ? panel.training.groups : []
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 2
                    text: panel.count(modelData.model)
                    color: Theme.text
                }
            }
            Repeater {
                model: panel.training.revealed ? panel.training.groups : []
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
    }
}
