import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The selected territory: its prediction with interval, the reasons behind it (each factor
// multiplies the outages of a calm day) and its worst past storms.
Panel {
    id: detail

    required property Session session
    readonly property ForecastController forecast: session.forecast
    readonly property var territory: forecast.selected
    // Re-read when the plan or the selection changes.
    readonly property var crews: session.plan.ready && territory.id !== undefined
                                 ? session.plan.territory(territory.id) : ({})

    function count(value) {
        return value === undefined || value === null ? "–"
               : Number(value).toLocaleString(Qt.locale(), "f", value < 10 ? 1 : 0)
    }

    function hours(value) {
        return isFinite(value) ? qsTr("%1 h").arg(Math.round(value)) : qsTr("never")
    }

    title: territory.name ? qsTr("Territory: %1").arg(territory.name) : qsTr("Territory")

    EmptyState {
        anchors.centerIn: parent
        width: parent.width
        visible: !detail.territory.name
        headline: qsTr("No territory selected")
        explanation: qsTr("Select a territory on the map or in the table to see its prediction and why the model expects it.")
    }

    Flickable {
        anchors.fill: parent
        visible: !!detail.territory.name
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: 2 * Theme.spacing
                Figure {
                    objectName: "territoryExpected"
                    caption: qsTr("Expected outages")
                    value: detail.count(detail.territory.mean)
                    detail: qsTr("P10–P90: %1–%2").arg(detail.count(detail.territory.p10))
                                                   .arg(detail.count(detail.territory.p90))
                }
                Figure {
                    objectName: "territoryCrews"
                    caption: qsTr("Crews")
                    value: detail.crews.own === undefined ? "–" : detail.crews.own + detail.crews.mutualAid
                    detail: detail.crews.own === undefined ? ""
                            : qsTr("ETR P50 %1, P90 %2").arg(detail.hours(detail.crews.etrP50))
                                  .arg(detail.hours(detail.crews.etrP90))
                }
            }
            Label {
                // Before the timeline's last hour: this territory's outages so far.
                objectName: "territoryAtHour"
                visible: !detail.session.timeline.atEnd && text.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.accent
                text: detail.session.timeline.selected.text ?? ""
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont + 1
                color: Theme.mutedText
                text: qsTr("%1 customers").arg(detail.count(detail.territory.customers))
                      + (detail.territory.capped ? " · " + qsTr("capped at its customers") : "")
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Why: a calm day would bring %1 outages here; each factor multiplies that.")
                      .arg(Number(detail.territory.baseline).toLocaleString(Qt.locale(), "g", 2))
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont + 1
                color: Theme.mutedText
            }

            Repeater {
                objectName: "factorChart"
                model: detail.forecast.explanation
                delegate: RowLayout {
                    id: factorRow
                    required property string label
                    required property double factor
                    required property double logFactor
                    readonly property real share: Math.min(1, Math.abs(logFactor) / detail.forecast.explanation.largestLogFactor)

                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 170
                        Layout.maximumWidth: 170
                        text: factorRow.label
                        elide: Text.ElideRight
                        font.pixelSize: Theme.smallFont + 1
                        color: Theme.text
                    }
                    Item {
                        Layout.fillWidth: true
                        implicitHeight: 14
                        Rectangle {
                            // The axis at factor 1: up to the right, down to the left.
                            x: parent.width / 2
                            width: 1
                            height: parent.height
                            color: Theme.border
                        }
                        Rectangle {
                            height: parent.height - 4
                            y: 2
                            width: Math.max(1, factorRow.share * parent.width / 2)
                            x: factorRow.logFactor >= 0 ? parent.width / 2 : parent.width / 2 - width
                            radius: 2
                            color: factorRow.logFactor >= 0 ? Theme.danger : Theme.accent
                        }
                    }
                    Label {
                        Layout.preferredWidth: 60
                        Layout.minimumWidth: 60
                        horizontalAlignment: Text.AlignRight
                        text: "×" + Number(factorRow.factor).toLocaleString(Qt.locale(), "f", factorRow.factor < 10 ? 2 : 0)
                        font.pixelSize: Theme.smallFont + 1
                        color: Theme.text
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Worst past storms here")
                font.pixelSize: Theme.bodyFont
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: detail.forecast.selectedHistory.length === 0
                text: qsTr("No past storm is recorded for this territory.")
                font.pixelSize: Theme.smallFont + 1
                color: Theme.mutedText
            }
            Repeater {
                model: detail.forecast.selectedHistory
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.pixelSize: Theme.smallFont + 1
                    color: Theme.text
                    text: qsTr("%1 %2: %3 outages, %4 crews").arg(modelData.start.toLocaleDateString(Qt.locale(), "yyyy-MM-dd"))
                          .arg(modelData.name).arg(modelData.outages)
                          .arg(modelData.crews === undefined ? "–" : modelData.crews)
                }
            }
        }
    }
}
