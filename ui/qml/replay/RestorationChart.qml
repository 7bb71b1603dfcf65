import QtQuick
import QtCharts
import Stormcrew

// Restoration after the all-clear: the share of the storm's outages restored as it happened,
// against the time the model's plan dispatched to the outages and the crews deployed bring
// everyone back in the hindsight simulation (P50 as a line, P10–P90 as a band). The plan as
// planned leaves territories without crews that are never restored: the hindsight panel has it.
ChartView {
    id: chart

    required property Replay replay

    function refresh() {
        for (const s of [restored, planUpper, planLower, planLine, deployedLine])
            s.clear()
        const runs = replay.hindsight
        let horizon = 24
        for (const r of runs.slice(1))
            if (r.etrP90 !== undefined)
                horizon = Math.max(horizon, r.etrP90 * 1.1)
        for (const p of replay.restoration)
            if (p.hours <= horizon)
                restored.append(p.hours, p.restored)
        if (runs.length === 3) {
            const plan = runs[1], deployed = runs[2]
            if (plan.etrP50 !== undefined) {
                for (const x of [plan.etrP10, plan.etrP90]) {
                    planUpper.append(x, 100)
                    planLower.append(x, 0)
                }
                planLine.append(plan.etrP50, 0)
                planLine.append(plan.etrP50, 100)
            }
            if (deployed.etrP50 !== undefined) {
                deployedLine.append(deployed.etrP50, 0)
                deployedLine.append(deployed.etrP50, 100)
            }
        }
        time.max = Math.ceil(horizon)
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

    ValueAxis {
        id: time
        min: 0
        labelFormat: "%.0f"
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
        titleText: qsTr("hours after the all-clear")
        titleBrush: Theme.mutedText
    }
    ValueAxis {
        id: share
        min: 0
        max: 100
        labelFormat: "%.0f"
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
        titleText: qsTr("% of outages restored")
        titleBrush: Theme.mutedText
    }
    AreaSeries {
        name: qsTr("Plan, dispatched: everyone back, P10–P90")
        axisX: time
        axisY: share
        color: Qt.rgba(0.0, 0.62, 0.451, 0.2)
        borderColor: "transparent"
        upperSeries: LineSeries { id: planUpper }
        lowerSeries: LineSeries { id: planLower }
    }
    LineSeries {
        id: planLine
        name: qsTr("Plan, dispatched: everyone back (P50)")
        axisX: time
        axisY: share
        color: "#009e73"
        width: 2
        style: Qt.DashLine
    }
    LineSeries {
        id: deployedLine
        name: qsTr("Crews deployed: everyone back (P50)")
        axisX: time
        axisY: share
        color: Theme.mutedText
        width: 2
        style: Qt.DotLine
    }
    LineSeries {
        id: restored
        name: qsTr("Restored, as it happened")
        axisX: time
        axisY: share
        color: "#d55e00"
        width: 2.5
    }
}
