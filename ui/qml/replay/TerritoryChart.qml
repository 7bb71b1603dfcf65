import QtQuick
import QtCharts
import Stormcrew

// Predicted against actual for the territories hit hardest: a box from P10 to P90 with the
// expected value across it, and the actual count as a dot.
ChartView {
    id: chart

    required property Replay replay

    function refresh() {
        boxes.clear()
        actual.clear()
        const rows = replay.chartTerritories
        let maximum = 1
        let codes = []
        for (let i = 0; i < rows.length; ++i) {
            const r = rows[i]
            codes.push(r.code)
            boxes.append(r.code, [r.p10, r.p10, r.mean, r.p90, r.p90])
            actual.append(i, r.actual)
            maximum = Math.max(maximum, r.actual, r.p90)
        }
        categories.categories = codes
        values.max = Math.ceil(maximum * 1.1)
        values.applyNiceNumbers()
    }

    Connections {
        target: chart.replay
        function onResultChanged() { chart.refresh() }
    }
    Component.onCompleted: refresh()

    antialiasing: true
    backgroundColor: Theme.panel
    legend.labelColor: Theme.text
    legend.alignment: Qt.AlignBottom
    margins { left: 4; right: 4; top: 4; bottom: 4 }

    BarCategoryAxis {
        id: categories
        labelsColor: Theme.mutedText
        labelsAngle: -60
        labelsFont.pixelSize: 9
        gridVisible: false
    }
    ValueAxis {
        id: values
        min: 0
        max: 10
        labelFormat: "%.0f"
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
        titleText: qsTr("outages")
        titleBrush: Theme.mutedText
    }
    BoxPlotSeries {
        id: boxes
        name: qsTr("Expected, P10–P90")
        axisX: categories
        axisY: values
    }
    ScatterSeries {
        id: actual
        name: qsTr("Actual")
        axisX: categories
        axisY: values
        color: "#d55e00"
        borderColor: "#d55e00"
        markerSize: 9
    }
}
