import QtQuick
import QtQuick.Controls
import QtTest
import Stormcrew
import StormcrewTest

// Training mode against the demo utility: the toolbar starts a session (banner and busy
// indicator shown while the store is copied, control centre's toolbar hidden), the map shows only what was known then, a call typed in is saved,
// the reveal shows the model and the actual and scores them, the scoreboard counts the storm,
// the what-if gust slider raises the map's values, and ending the session removes the copy.
TestCase {
    id: testCase
    name: "Training"
    when: windowShown

    property var window: null
    readonly property Session session: Fixture.demoSession

    Component {
        id: mainComponent
        Main { session: Fixture.demoSession; visible: true; width: 1440; height: 900 }
    }

    function initTestCase() {
        verify(session.storeOpen, session.storeError)
        window = mainComponent.createObject(testCase)
        verify(window)
        tryVerify(() => !session.forecast.busy && !session.plan.busy, 120000)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function sum(values) {
        let total = 0
        for (const key of Object.keys(values))
            total += values[key]
        return total
    }

    function test_session() {
        const view = findChild(window, "trainingView")
        const training = view.training
        verify(!view.visible)

        // Start from the toolbar, by keyboard.
        const button = findChild(window, "trainingButton")
        verify(button.enabled)
        mouseClick(button)
        // The store is copied on a worker thread: the banner and the busy indicator meanwhile.
        verify(training.starting || training.active, training.errorString)
        verify(view.visible)
        verify(findChild(window, "trainingBanner").visible)
        compare(findChild(window, "trainingBannerTitle").text, "TRAINING MODE")
        verify(training.busy)
        verify(findChild(window, "trainingBusy").visible)
        tryVerify(() => training.active, 60000, "the copy is made")
        verify(!training.starting)
        verify(training.sandboxPath !== session.storePath)
        // The exercise is built on a worker thread.
        tryVerify(() => training.hasExercise && !training.busy, 60000, "the exercise arrives")
        compare(training.errorString, "")
        verify(!training.revealed)

        // Before the reveal: the forecast gust as known then, and no model or actual anywhere.
        compare(training.metric, "gust")
        verify(Object.keys(training.mapValues).length > 0, "the forecast gust is on the map")
        compare(training.exercise.model, undefined)
        compare(training.exercise.actual, undefined)
        training.metric = "model"
        compare(Object.keys(training.mapValues).length, 0, "no model values before the reveal")
        training.metric = "gust"
        verify(!findChild(window, "revealButton").enabled)
        tryVerify(() => findChild(window, "trainingMap").status === TerritoryMap.Ready, 60000)

        // The call, typed in.
        const crews = findChild(window, "callCrews")
        crews.forceActiveFocus()
        keySequence("4,0")
        const outages = findChild(window, "callOutages")
        outages.forceActiveFocus()
        keySequence("1,2,0,0")
        compare(outages.text, "1200")
        mouseClick(findChild(window, "saveCallButton"))
        verify(training.hasCall, training.errorString)
        compare(training.exercise.callOutages, 1200)
        compare(training.exercise.callCrews, 40)

        // The reveal: model and actual beside the call, scored.
        mouseClick(findChild(window, "revealButton"))
        verify(training.revealed, training.errorString)
        verify(training.exercise.model > 0)
        verify(training.exercise.actual > 0)
        compare(training.exercise.trainee.absolute, Math.abs(1200 - training.exercise.actual))
        compare(findChild(window, "trainingTabs").currentIndex, 1, "the reveal tab is shown")
        verify(findChild(window, "revealTotals").visible)
        compare(findChild(window, "revealActual").text,
                Number(Math.round(training.exercise.actual)).toLocaleString(Qt.locale(), "f", 0))
        compare(training.metric, "actual")
        verify(Object.keys(training.mapValues).length > 0)
        verify(!findChild(window, "saveCallButton").enabled, "the call is locked")

        // The scoreboard counts the storm.
        compare(training.scoreboard.rows.length, 1)
        compare(training.scoreboard.trainee.storms, 1)
        verify(training.scoreboard.discussion.length >= 2)

        // What if: the gust slider up by keyboard raises the map's values.
        findChild(window, "trainingTabs").currentIndex = 2
        const slider = findChild(window, "gustSlider")
        verify(slider)
        slider.forceActiveFocus()
        keyClick(Qt.Key_Right)
        compare(training.metric, "whatIf")
        const before = sum(training.mapValues)
        const totalBefore = training.whatIfTotal
        for (let i = 0; i < 5; ++i)
            keyClick(Qt.Key_Right)
        compare(training.whatIf.gustOffset, 6)
        verify(sum(training.mapValues) > before, "more gust, more outages on the map")
        verify(training.whatIfTotal > totalBefore)
        verify(training.whatIfMilliseconds < 50, training.whatIfMilliseconds + " ms")
        for (let i = 0; i < 12; ++i)
            keyClick(Qt.Key_Left)
        verify(sum(training.mapValues) < before, "less gust, fewer outages")

        // The report, then the end of the session.
        verify(training.writeReport(Fixture.fileUrl("training-report.pdf")), training.errorString)
        mouseClick(findChild(window, "trainingEndButton"))
        verify(!training.active)
        verify(!view.visible)
        compare(training.sandboxPath, "", "the copy is closed (tst_trainingsession: and removed)")
        verify(findChild(window, "trainingButton").visible, "the control centre is back")
    }
}
