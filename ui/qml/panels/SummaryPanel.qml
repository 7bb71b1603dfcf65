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
        Label {
            objectName: "forecastError"
            Layout.fillWidth: true
            visible: summary.forecast.error.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont + 1
            color: Theme.danger
            text: summary.forecast.error
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
            Figure { caption: qsTr("Crews needed"); value: "–"; detail: qsTr("on hand: –") }
            Figure { caption: qsTr("Mutual aid"); value: "–"; detail: qsTr("request by: –") }
            Figure { caption: qsTr("Restoration (P50)"); value: "–"; detail: qsTr("P90: –") }
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
