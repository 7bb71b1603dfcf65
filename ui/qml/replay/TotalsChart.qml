import QtQuick
import QtCharts
import Stormcrew

// The storm's totals over time, hours from its first outage: outages begun so far and still
// out as they happened, against the total the model expected as of then (P10–P90 band); a line
// marks the timeline's hour.
ChartView {
    id: chart

    required property Replay replay

    function refresh() {
        for (const series of [begun, out, upper, lower, expected])
            series.clear()
        const hours = replay.timeline
        const s = replay.summary
        if (hours.length === 0)
            return
        let maximum = Math.max(1, s.predictedP90 ?? 0)
        for (const h of hours) {
            begun.append(h.hours, h.cumulative)
            out.append(h.hours, h.out)
            maximum = Math.max(maximum, h.cumulative)
        }
        const first = hours[0].hours
        const last = hours[hours.length - 1].hours
        for (const x of [first, last]) {
            upper.append(x, s.predictedP90)
            lower.append(x, s.predictedP10)
            expected.append(x, s.predictedMean)
        }
        time.min = first
        time.max = last
        values.max = Math.ceil(maximum * 1.1)
        values.applyNiceNumbers()
        moveCursor()
    }
    function moveCursor() {
        cursor.clear()
        const state = replay.hourState
        if (state.hoursFromFirstOutage === undefined)
            return
        cursor.append(state.hoursFromFirstOutage, 0)
        cursor.append(state.hoursFromFirstOutage, values.max)
    }

    Connections {
        target: chart.replay
        function onResultChanged() { chart.refresh() }
        function onHourChanged() { chart.moveCursor() }
    }
    Component.onCompleted: refresh()

    antialiasing: true
    backgroundColor: Theme.panel
    legend.labelColor: Theme.text
    legend.alignment: Qt.AlignBottom
    margins { left: 4; right: 4; top: 4; bottom: 4 }

    ValueAxis {
        id: time
        labelFormat: "%.0f"
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
        titleText: qsTr("hours from the first outage")
        titleBrush: Theme.mutedText
    }
    ValueAxis {
        id: values
        min: 0
        labelFormat: "%.0f"
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
        titleText: qsTr("outages")
        titleBrush: Theme.mutedText
    }
    AreaSeries {
        name: qsTr("Expected total, P10–P90")
        axisX: time
        axisY: values
        color: Qt.rgba(0.0, 0.447, 0.698, 0.25)
        borderColor: "transparent"
        upperSeries: LineSeries { id: upper }
        lowerSeries: LineSeries { id: lower }
    }
    LineSeries {
        id: expected
        name: qsTr("Expected total")
        axisX: time
        axisY: values
        color: "#0072b2"
        width: 2
        style: Qt.DashLine
    }
    LineSeries {
        id: begun
        name: qsTr("Begun so far")
        axisX: time
        axisY: values
        color: "#d55e00"
        width: 2.5
    }
    LineSeries {
        id: out
        name: qsTr("Still out")
        axisX: time
        axisY: values
        color: Theme.mutedText
        width: 1.5
    }
    LineSeries {
        id: cursor
        name: qsTr("Timeline hour")
        axisX: time
        axisY: values
        color: Theme.accent
        width: 1
    }
}
