import QtQuick
import QtQuick.Controls
import QtTest
import Stormcrew
import StormcrewTest

// The storm replay on the demo utility: entered from the toolbar by keyboard, a storm replayed
// 48 h ahead (figures, hindsight, charts and the map's metrics from the model's replay), the
// timeline moved, a replay cancelled (what was shown stays), the review report written, and
// Escape back to the plan.
TestCase {
    id: testCase
    name: "Replay"
    when: windowShown

    property var window: null
    readonly property Session session: Fixture.demoSession
    property Replay replay: null

    Component {
        id: mainComponent
        Main { session: Fixture.demoSession; visible: true; width: 1600; height: 1000 }
    }

    function count(value) {
        return Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }

    function replayed() {
        tryVerify(() => !replay.busy && replay.hasReplay, 180000, "the replay is in")
    }

    function initTestCase() {
        verify(session.storeOpen, session.storeError)
        window = mainComponent.createObject(testCase)
        verify(window)
        replay = findChild(window, "replayController")
        verify(replay)
        tryVerify(() => replay.storms.length > 0, 60000, "the storms with outcomes are listed")
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function test_1_replayAStormFromTheToolbar() {
        verify(!replay.active)
        verify(findChild(window, "timeline").visible)
        window.requestActivate()
        keySequence("Ctrl+R")
        tryVerify(() => replay.active, 5000, "Ctrl+R opens the replay")
        const view = findChild(window, "replayView")
        verify(view)
        verify(!findChild(window, "timeline").visible, "the plan's timeline gives way")

        // The storm with the most outages among the first few: a real storm, quick to plan.
        const storm = findChild(view, "replayStorm")
        storm.currentIndex = 1
        compare(findChild(view, "replayLead").value, 48)
        const code = storm.currentValue
        mouseClick(findChild(view, "replayButton"))
        verify(replay.busy)
        verify(findChild(view, "replayBusy").visible)
        replayed()
        compare(replay.error, "")
        compare(replay.summary.stormCode, code)
        compare(replay.summary.leadHours, 48)

        const summary = findChild(view, "replaySummary")
        verify(findChild(summary, "replayHeadline").text.startsWith(code + ":"))
        compare(findChild(summary, "replayPredicted").value, count(replay.summary.predictedMean))
        compare(findChild(summary, "replayActual").value, count(replay.summary.actualTotal))
        compare(replay.hindsight.length, 3, "plan as planned, dispatched, crews deployed")
        verify(replay.hindsight[2].customerHours > 0)
        compare(replay.territories.rowCount(), 120)
        verify(replay.chartTerritories.length > 0 && replay.chartTerritories.length <= 20)
        verify(replay.timeline.length > 0)
        compare(replay.hour, replay.timeline.length - 1, "the timeline opens at the storm's end")
        compare(replay.hourState.cumulative, replay.timeline[replay.timeline.length - 1].cumulative)
    }

    function test_2_theMapShowsEachMetric() {
        const map = findChild(window, "replayTerritoryMap")
        tryVerify(() => map.status === TerritoryMap.Ready, 60000)
        for (const metric of ["actual", "predicted", "error", "relative", "interval"]) {
            replay.metric = metric
            compare(replay.metric, metric)
            tryVerify(() => map.hasValues, 5000, metric)
            const values = replay.metricValues
            const keys = Object.keys(values)
            verify(keys.length > 0, metric)
            if (metric === "interval") {
                compare(map.valuePalette, TerritoryMap.Categorical)
                compare(map.paletteColors.length, 3)
                for (const k of keys)
                    verify([-1, 0, 1].includes(values[k]), k + ": " + values[k])
                compare(replay.metricMinimum, -1)
                compare(replay.metricMaximum, 1)
            } else if (metric === "error" || metric === "relative") {
                compare(map.valuePalette, TerritoryMap.Diverging)
                compare(replay.metricMinimum, -replay.metricMaximum, "symmetric around 0")
            } else {
                compare(map.valuePalette, TerritoryMap.Viridis)
            }
        }
        // The error of a territory is its expected minus its actual outages.
        replay.metric = "error"
        const table = replay.territories
        const id = table.data(table.index(0, 0), 257) // territoryId
        const mean = table.data(table.index(0, 0), 261)
        const actual = table.data(table.index(0, 0), 264)
        compare(replay.metricValues[String(id)], mean - actual)
    }

    function test_3_theTimelineMovesThroughTheStorm() {
        const slider = findChild(window, "replayHour")
        replay.hour = 0
        compare(slider.value, 0)
        const first = replay.hourState.cumulative
        slider.forceActiveFocus()
        keyClick(Qt.Key_Period)
        compare(replay.hour, 1)
        verify(replay.hourState.cumulative >= first)
        verify(findChild(window, "replayHourLabel").text.indexOf("outages begun") > 0)
        replay.hour = 100000
        compare(replay.hour, replay.timeline.length - 1, "clamped to the last hour")
    }

    function test_4_cancelKeepsTheReplayShown() {
        const shown = replay.summary.stormCode
        const storm = findChild(window, "replayStorm")
        storm.currentIndex = 0
        mouseClick(findChild(window, "replayButton"))
        verify(replay.busy)
        const cancel = findChild(window, "replayCancel")
        verify(cancel.visible)
        mouseClick(cancel)
        tryVerify(() => !replay.busy, 180000)
        compare(replay.summary.stormCode, shown, "the replay shown before stays")
    }

    function test_5_theReviewReportIsWritten() {
        compare(replay.exportReport(Fixture.fileUrl("review.pdf")), "")
        verify(Fixture.readLines("review.pdf")[0].startsWith("%PDF-"))
        compare(replay.exportReport(Fixture.fileUrl("review.csv")), "")
        const lines = Fixture.readLines("review.csv")
        compare(lines.length, 121)
        verify(lines[0].startsWith("code,name,predicted"))
        verify(replay.exportReport(Fixture.fileUrl("review.txt")).indexOf("unknown report type") >= 0)
    }

    function test_6_escapeGoesBackToThePlan() {
        findChild(window, "replayHour").forceActiveFocus()
        keyClick(Qt.Key_Escape)
        tryVerify(() => !replay.active, 5000)
        verify(findChild(window, "timeline").visible)
    }
}
