import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The trainee's call for the storm, with only what was known 48 h before its first outage:
// crews and outages in total and per depot group; then the reveal.
ScrollView {
    id: panel

    required property TrainingController training
    signal revealed()

    readonly property bool locked: training.revealed
    readonly property var exercise: training.exercise

    function number(text) {
        try {
            return Number.fromLocaleString(Qt.locale(), text)
        } catch (error) {
            return Number(text)
        }
    }
    function groupCalls() {
        let calls = []
        for (let i = 0; i < groupRepeater.count; ++i) {
            const row = groupRepeater.itemAt(i)
            calls.push({ key: row.groupKey,
                         crews: row.crewsText.length > 0 ? number(row.crewsText) : 0,
                         outages: row.outagesText.length > 0 ? number(row.outagesText) : "" })
        }
        return calls
    }
    function save() {
        return training.saveCall(number(totalCrews.text), number(totalOutages.text), groupCalls())
    }

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: panel.availableWidth
        spacing: Theme.spacing

        Label {
            objectName: "exerciseHeadline"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.titleFont
            font.weight: Font.DemiBold
            color: Theme.text
            text: panel.exercise.name ? qsTr("%1 (%2)").arg(panel.exercise.name).arg(panel.exercise.code) : ""
        }
        Label {
            objectName: "exerciseAsOf"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: panel.exercise.asOf === undefined ? ""
                  : panel.exercise.forecastIssued
                    ? qsTr("As known %1 h before the first outage (%2); forecast issued %3. Strongest forecast gust %4 m/s.")
                          .arg(panel.exercise.leadHours).arg(panel.exercise.asOf)
                          .arg(panel.exercise.forecastIssued)
                          .arg(Number(panel.exercise.gustMaximum).toLocaleString(Qt.locale(), "f", 0))
                    : qsTr("As known %1 h before the first outage (%2). Strongest gust known then %3 m/s.")
                          .arg(panel.exercise.leadHours).arg(panel.exercise.asOf)
                          .arg(Number(panel.exercise.gustMaximum).toLocaleString(Qt.locale(), "f", 0))
        }

        GridLayout {
            columns: 3
            columnSpacing: Theme.spacing
            Layout.fillWidth: true

            Label { text: "" }
            Label { text: qsTr("Crews"); color: Theme.mutedText }
            Label { text: qsTr("Outages"); color: Theme.mutedText }

            Label {
                text: qsTr("Whole utility")
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
            TextField {
                id: totalCrews
                objectName: "callCrews"
                enabled: !panel.locked
                validator: DoubleValidator { bottom: 0 }
                text: panel.exercise.callCrews !== undefined ? String(panel.exercise.callCrews) : ""
                Layout.preferredWidth: 90
                Accessible.name: qsTr("Crews for the whole utility")
            }
            TextField {
                id: totalOutages
                objectName: "callOutages"
                enabled: !panel.locked
                validator: DoubleValidator { bottom: 0 }
                text: panel.exercise.callOutages !== undefined ? String(panel.exercise.callOutages) : ""
                Layout.preferredWidth: 90
                Accessible.name: qsTr("Outages for the whole utility")
            }
        }

        Label {
            text: qsTr("By depot group (optional)")
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Repeater {
            id: groupRepeater
            model: panel.training.groups
            delegate: RowLayout {
                id: groupRow
                required property var modelData
                readonly property string groupKey: modelData.key
                property alias crewsText: groupCrews.text
                property alias outagesText: groupOutages.text
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    color: Theme.text
                    text: qsTr("%1 (%n territories)", "", groupRow.modelData.territories).arg(groupRow.modelData.name)
                }
                TextField {
                    id: groupCrews
                    enabled: !panel.locked
                    validator: DoubleValidator { bottom: 0 }
                    text: groupRow.modelData.callCrews !== undefined ? String(groupRow.modelData.callCrews) : ""
                    Layout.preferredWidth: 90
                    Accessible.name: qsTr("Crews for %1").arg(groupRow.modelData.name)
                }
                TextField {
                    id: groupOutages
                    enabled: !panel.locked
                    validator: DoubleValidator { bottom: 0 }
                    text: groupRow.modelData.callOutages !== undefined ? String(groupRow.modelData.callOutages) : ""
                    Layout.preferredWidth: 90
                    Accessible.name: qsTr("Outages for %1").arg(groupRow.modelData.name)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                id: saveButton
                objectName: "saveCallButton"
                text: qsTr("Save call")
                enabled: !panel.locked && totalOutages.text.length > 0 && totalCrews.text.length > 0
                onClicked: panel.save()
                FocusRing { visible: saveButton.visualFocus }
            }
            Button {
                id: revealButton
                objectName: "revealButton"
                text: qsTr("Reveal")
                enabled: panel.training.hasCall && !panel.locked
                highlighted: true
                onClicked: if (panel.training.reveal()) panel.revealed()
                FocusRing { visible: revealButton.visualFocus }
                ToolTip.visible: hovered || visualFocus
                ToolTip.delay: 500
                ToolTip.text: qsTr("Show the model and what happened; the call is then locked")
            }
        }
        Label {
            objectName: "callState"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: panel.locked ? qsTr("Revealed: this call is locked.")
                  : panel.training.hasCall ? qsTr("Call saved (in the training copy). Reveal when ready.")
                  : qsTr("Enter crews and outages for the whole utility, and for the groups you want to call.")
        }
    }
}
