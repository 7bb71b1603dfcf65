import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The storm at a glance: which storm, predicted outages and their range, the model behind them
// and whether this storm is like the ones it learnt from. Crews, mutual aid and restoration come
// from the crew plan.
Panel {
    id: summary

    required property Session session
    readonly property ForecastController forecast: session.forecast
    readonly property PlanController plan: session.plan

    function hours(value) {
        return isFinite(value) ? qsTr("%1 h").arg(Number(value).toLocaleString(Qt.locale(), "f", 0))
                               : qsTr("never")
    }

    function count(value) {
        return Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }
    function when(date) {
        return date && !isNaN(date.getTime())
               ? date.toLocaleString(Qt.locale(), "yyyy-MM-dd HH:mm") + " UTC" : "–"
    }

    title: qsTr("Summary")
    implicitHeight: layout.implicitHeight + 32 + 2 * Theme.padding

    ColumnLayout {
        id: layout
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: Theme.spacing

        Label {
            objectName: "stormHeadline"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodyFont
            font.weight: Font.DemiBold
            color: Theme.text
            text: summary.forecast.busy ? qsTr("Predicting…")
                  : !summary.forecast.hasPrediction ? qsTr("No prediction")
                  : summary.forecast.isForecast
                    ? qsTr("Forecast issued %1").arg(summary.when(summary.forecast.forecastIssued))
                    : qsTr("Storm %1").arg(summary.forecast.stormCode)
        }
        Label {
            Layout.fillWidth: true
            visible: summary.forecast.hasPrediction
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
            text: qsTr("From %1 to %2").arg(summary.when(summary.forecast.windowStart))
                  .arg(summary.when(summary.forecast.windowEnd))
        }
        RowLayout {
            // Long work in progress, and the way out of it: a cancelled prediction or plan
            // keeps what was shown before.
            objectName: "busyRow"
            Layout.fillWidth: true
            visible: summary.forecast.busy || summary.plan.busy
            spacing: Theme.spacing
            BusyIndicator {
                running: parent.visible
                Layout.preferredWidth: 22
                Layout.preferredHeight: 22
            }
            Label {
                objectName: "busyText"
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: Theme.smallFont + 1
                color: Theme.text
                text: summary.forecast.cancelling || summary.plan.cancelling ? qsTr("Cancelling…")
                      : summary.forecast.busy ? qsTr("Predicting…") : qsTr("Re-planning…")
            }
            Button {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                enabled: !summary.forecast.cancelling && !summary.plan.cancelling
                onClicked: summary.forecast.busy ? summary.forecast.cancel() : summary.plan.cancel()
                Accessible.name: summary.forecast.busy ? qsTr("Cancel the prediction")
                                                       : qsTr("Cancel the re-planning")
            }
        }
        Label {
            objectName: "forecastError"
            Layout.fillWidth: true
            visible: summary.forecast.error.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont + 1
            color: Theme.danger
            text: summary.forecast.error
        }

        Label {
            // Before the timeline's last hour: the outages so far (docs/user-guide.md).
            objectName: "timelineTotals"
            visible: summary.session.timeline.ready && !summary.session.timeline.atEnd
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.accent
            text: summary.session.timeline.summary
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 2 * Theme.spacing
            rowSpacing: Theme.spacing

            Figure {
                objectName: "outagesFigure"
                caption: qsTr("Outages (P50)")
                value: summary.forecast.hasPrediction ? summary.count(summary.forecast.totalP50) : "–"
                detail: summary.forecast.hasPrediction
                        ? qsTr("P10–P90: %1–%2").arg(summary.count(summary.forecast.totalP10))
                              .arg(summary.count(summary.forecast.totalP90))
                        : qsTr("P10–P90: –")
            }
            Figure {
                objectName: "crewsFigure"
                caption: qsTr("Crews needed")
                value: summary.plan.ready ? summary.count(summary.plan.ownCrews + summary.plan.mutualAidCrews) : "–"
                detail: summary.plan.ready ? qsTr("own on hand: %1").arg(summary.count(summary.plan.ownAvailable))
                                           : qsTr("on hand: –")
            }
            Figure {
                objectName: "mutualAidFigure"
                caption: qsTr("Mutual aid")
                value: summary.plan.ready ? summary.count(summary.plan.mutualAidCrews) : "–"
                detail: !summary.plan.ready ? qsTr("request by: –")
                        : summary.plan.mutualAidCrews === 0 ? qsTr("none needed")
                        : qsTr("request by %1").arg(summary.when(summary.plan.requestBy))
            }
            Figure {
                objectName: "restorationFigure"
                // The director's target: when its share of customers is back.
                caption: qsTr("%1 % restored (P50)").arg(summary.plan.targetPercent)
                value: summary.plan.ready ? summary.hours(summary.plan.targetEtrP50) : "–"
                detail: summary.plan.ready ? qsTr("P90: %1").arg(summary.hours(summary.plan.targetEtrP90)) : qsTr("P90: –")
            }
        }

        RowLayout {
            objectName: "planSettings"
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            enabled: summary.forecast.hasPrediction
            Label { text: qsTr("Target"); font.pixelSize: Theme.smallFont + 1; color: Theme.mutedText }
            SpinBox {
                objectName: "targetPercent"
                from: 50; to: 100; stepSize: 5
                value: summary.plan.targetPercent
                onValueModified: summary.plan.targetPercent = value
                textFromValue: (v, locale) => v + " %"
                valueFromText: (text, locale) => parseInt(text)
                editable: true
                Layout.preferredWidth: 96
                Accessible.name: qsTr("Share of customers to restore")
            }
            Label { text: qsTr("within"); font.pixelSize: Theme.smallFont + 1; color: Theme.mutedText }
            SpinBox {
                objectName: "targetHours"
                from: 6; to: 240; stepSize: 6
                value: summary.plan.targetHours
                onValueModified: summary.plan.targetHours = value
                textFromValue: (v, locale) => v + " h"
                valueFromText: (text, locale) => parseInt(text)
                editable: true
                Layout.preferredWidth: 96
                Accessible.name: qsTr("Hours to restore them in")
            }
            ComboBox {
                objectName: "riskLevel"
                Layout.preferredWidth: 76
                model: ["P50", "P80", "P90"]
                currentIndex: ["p50", "p80", "p90"].indexOf(summary.plan.risk)
                onActivated: index => summary.plan.risk = ["p50", "p80", "p90"][index]
                Accessible.name: qsTr("Planning risk level")
            }
        }
        RowLayout {
            // The director's own count of crews, when it differs from what the depots have.
            objectName: "planCrews"
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            enabled: summary.forecast.hasPrediction
            Label {
                text: qsTr("Own crews on hand")
                font.pixelSize: Theme.smallFont + 1
                color: Theme.mutedText
            }
            SpinBox {
                objectName: "crewsOnHand"
                from: 0; to: 10000; stepSize: 10
                editable: true
                value: summary.plan.crewsOnHand >= 0 ? summary.plan.crewsOnHand : summary.plan.ownAvailable
                onValueModified: summary.plan.crewsOnHand = value
                Layout.preferredWidth: 110
                Accessible.name: qsTr("Own crews on hand")
            }
            Button {
                objectName: "crewsFromDepots"
                visible: summary.plan.crewsOnHand >= 0
                text: qsTr("From depots")
                onClicked: summary.plan.crewsOnHand = -1
                Accessible.description: qsTr("Plan with the crews the depots have")
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            // From the change of a setting to the plan shown: a change re-plans live. A line of
            // its own: beside the crews on hand it did not fit in Spanish.
            objectName: "planTime"
            Layout.fillWidth: true
            visible: summary.plan.ready // kept while re-planning: the panel does not jump
            text: qsTr("Planned in %1 s").arg(Number(summary.plan.planMilliseconds / 1000).toLocaleString(Qt.locale(), "f", 2))
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
        Label {
            objectName: "planRequests"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont + 1
            color: Theme.text
            text: summary.plan.requests.join("\n")
        }
        Label {
            objectName: "planWarnings"
            Layout.fillWidth: true
            visible: summary.plan.warnings.length > 0 || summary.plan.error.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont + 1
            color: Theme.danger
            text: summary.plan.error.length > 0 ? summary.plan.error : summary.plan.warnings.join("\n")
        }

        Rectangle {
            objectName: "distributionWarning"
            Layout.fillWidth: true
            visible: summary.forecast.outOfDistribution
            implicitHeight: warningText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: "transparent"
            border.color: Theme.warning
            Label {
                id: warningText
                anchors { fill: parent; margins: Theme.spacing }
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont + 1
                color: Theme.text
                text: qsTr("Unlike the storms the model learnt from: %1")
                      .arg(summary.forecast.distributionReasons.join("; "))
            }
        }
        Label {
            objectName: "nearestStorms"
            Layout.fillWidth: true
            visible: summary.forecast.nearestStorms.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
            text: qsTr("Most similar past storms: %1").arg(
                      summary.forecast.nearestStorms.map(
                          s => qsTr("%1 (%2 outages)").arg(s.start.toLocaleDateString(Qt.locale(), "yyyy-MM-dd"))
                                                      .arg(summary.count(s.outages))).join(", "))
        }
        Label {
            objectName: "modelLine"
            Layout.fillWidth: true
            visible: summary.forecast.hasPrediction
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: summary.forecast.contractPassed ? Theme.mutedText : Theme.danger
            text: summary.forecast.contractPassed
                  ? qsTr("Model v%1 · contract passed").arg(summary.forecast.modelVersion)
                  : qsTr("Model v%1 · CONTRACT FAILED").arg(summary.forecast.modelVersion)
        }
        Label {
            Layout.fillWidth: true
            text: summary.session.storeOpen
                  ? qsTr("Store: %1 (schema %2%3)").arg(summary.session.storePath)
                        .arg(summary.session.schemaVersion)
                        .arg(summary.session.readOnly ? qsTr(", read-only") : "")
                  : qsTr("Store: not open")
            elide: Text.ElideMiddle
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
    }
}
