import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The storm replay (docs/replay.md): a stored storm as a model saw it a lead time before its
// first outage, against what happened. Choices and actions along the top, the map of errors and
// the charts on the left, the figures and the hindsight on the right, the storm's hours below.
Item {
    id: view

    required property Session session
    required property Replay replay

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ReplayBar {
            objectName: "replayBar"
            Layout.fillWidth: true
            session: view.session
            replay: view.replay
        }

        Label {
            objectName: "replayError"
            Layout.fillWidth: true
            visible: view.replay.error.length > 0 && !view.replay.busy
            wrapMode: Text.Wrap
            padding: 6
            color: Theme.accentText
            text: qsTr("Cannot replay: %1").arg(view.replay.error)
            background: Rectangle { color: Theme.danger; radius: Theme.radius }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            SplitView {
                SplitView.fillWidth: true
                orientation: Qt.Vertical

                ReplayMap {
                    objectName: "replayMap"
                    session: view.session
                    replay: view.replay
                    SplitView.fillHeight: true
                    SplitView.minimumHeight: 200
                }
                Panel {
                    id: charts
                    title: qsTr("Charts")
                    SplitView.preferredHeight: 300
                    SplitView.minimumHeight: 180

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 0
                        TabBar {
                            id: chartTabs
                            objectName: "chartTabs"
                            Layout.fillWidth: true
                            TabButton { text: qsTr("Per territory") }
                            TabButton { text: qsTr("Over time") }
                            TabButton { text: qsTr("Restoration") }
                            TabButton { text: qsTr("Model A against B") }
                        }
                        StackLayout {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            currentIndex: chartTabs.currentIndex
                            TerritoryChart { replay: view.replay }
                            TotalsChart { replay: view.replay }
                            RestorationChart { replay: view.replay }
                            ComparisonPanel { replay: view.replay }
                        }
                    }
                }
            }

            ScrollView {
                SplitView.preferredWidth: 400
                SplitView.minimumWidth: 300
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    ReplaySummary {
                        objectName: "replaySummary"
                        Layout.fillWidth: true
                        replay: view.replay
                    }
                    HindsightPanel {
                        objectName: "hindsightPanel"
                        Layout.fillWidth: true
                        replay: view.replay
                    }
                }
            }
        }

        ReplayTimeline {
            objectName: "replayTimeline"
            Layout.fillWidth: true
            replay: view.replay
        }
    }
}
