import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Stormcrew

// Model A against model B on every stored storm with outcomes, at the same lead time and
// inputs: a table of the storms and a chart of each storm's MAE under both models.
Item {
    id: panel

    required property Replay replay
    readonly property var summary: replay.comparisonSummary

    function number(value, decimals) {
        return value === undefined || !isFinite(value) ? "–"
               : Number(value).toLocaleString(Qt.locale(), "f", decimals)
    }
    function refresh() {
        maeA.values = replay.comparison.map(s => s.maeA)
        maeB.values = replay.comparison.map(s => s.maeB)
        storms.categories = replay.comparison.map(s => s.code.replace("DEMO-", ""))
        let maximum = 1
        for (const s of replay.comparison)
            maximum = Math.max(maximum, s.maeA, s.maeB)
        maeAxis.max = Math.ceil(maximum * 1.1)
        maeAxis.applyNiceNumbers()
    }
    Connections {
        target: panel.replay
        function onComparisonChanged() { panel.refresh() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Model A:"); color: Theme.text }
            ComboBox {
                id: modelA
                objectName: "compareModelA"
                Layout.preferredWidth: 220
                model: panel.replay.models
                textRole: "label"
                valueRole: "id"
            }
            Label { text: qsTr("Model B:"); color: Theme.text }
            ComboBox {
                id: modelB
                objectName: "compareModelB"
                Layout.preferredWidth: 220
                model: panel.replay.models
                textRole: "label"
                valueRole: "id"
                currentIndex: count > 1 ? 1 : 0
            }
            Button {
                objectName: "compareButton"
                text: qsTr("Compare")
                enabled: modelA.count > 0 && !panel.replay.comparing
                onClicked: panel.replay.compare(modelA.currentValue, modelB.currentValue,
                                                panel.replay.summary.leadHours ?? 48)
            }
            BusyIndicator {
                visible: panel.replay.comparing
                running: visible
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont
                color: panel.summary.error ? Theme.danger : Theme.mutedText
                text: panel.summary.error ? panel.summary.error
                      : panel.summary.modelA === undefined ? qsTr("Both models replay every stored storm with outcomes (no hindsight).")
                      : qsTr("Overall MAE: A %1, B %2 · P10–P90 coverage: A %3 %, B %4 % · lower MAE: A in %5 storms, B in %6")
                        .arg(panel.number(panel.summary.overallA.mae, 2)).arg(panel.number(panel.summary.overallB.mae, 2))
                        .arg(panel.number(panel.summary.overallA.coverage80, 0)).arg(panel.number(panel.summary.overallB.coverage80, 0))
                        .arg(panel.summary.aBetter).arg(panel.summary.bBetter)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ListView {
                id: table
                objectName: "comparisonTable"
                Layout.preferredWidth: 380
                Layout.fillHeight: true
                clip: true
                model: panel.replay.comparison
                ScrollBar.vertical: ScrollBar {}
                header: Row {
                    spacing: 4
                    Repeater {
                        model: [qsTr("Storm"), qsTr("Actual"), qsTr("A"), qsTr("B"), qsTr("MAE A"), qsTr("MAE B")]
                        delegate: Label {
                            required property string modelData
                            required property int index
                            width: index === 0 ? 110 : 50
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                            text: modelData
                            font.pixelSize: Theme.smallFont
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                    }
                }
                delegate: Row {
                    required property var modelData
                    spacing: 4
                    Repeater {
                        model: [modelData.code, panel.number(modelData.actual, 0),
                                panel.number(modelData.predictedA, 0), panel.number(modelData.predictedB, 0),
                                panel.number(modelData.maeA, 2), panel.number(modelData.maeB, 2)]
                        delegate: Label {
                            required property string modelData
                            required property int index
                            width: index === 0 ? 110 : 50
                            elide: Text.ElideRight
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                            text: modelData
                            font.pixelSize: Theme.smallFont
                            color: Theme.text
                        }
                    }
                }
            }
            ChartView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                antialiasing: true
                backgroundColor: Theme.panel
                legend.labelColor: Theme.text
                legend.alignment: Qt.AlignBottom
                margins { left: 4; right: 4; top: 4; bottom: 4 }
                BarSeries {
                    axisX: BarCategoryAxis {
                        id: storms
                        labelsColor: Theme.mutedText
                        labelsAngle: -60
                        labelsFont.pixelSize: 9
                        gridVisible: false
                    }
                    axisY: ValueAxis {
                        id: maeAxis
                        min: 0
                        max: 10
                        labelFormat: "%.1f"
                        labelsColor: Theme.mutedText
                        gridLineColor: Theme.border
                        titleText: qsTr("MAE per storm")
                        titleBrush: Theme.mutedText
                    }
                    BarSet { id: maeA; label: qsTr("Model A"); color: "#0072b2" }
                    BarSet { id: maeB; label: qsTr("Model B"); color: "#e69f00" }
                }
            }
        }
    }
}
