import QtQuick
import QtQuick.Controls
import QtTest
import Stormcrew
import StormcrewTest

// The briefing actions of the toolbar against the demo utility: the table exported as CSV, the
// briefing PDF, keys and the export menu reaching the save dialog, the decision recorded through
// its dialog, a read-only store refusing it with the reason, errors shown in the window.
TestCase {
    id: testCase
    name: "BriefingActions"
    when: windowShown

    property var window: null
    readonly property Session session: Fixture.demoSession

    Component {
        id: mainComponent
        Main { visible: true; width: 1440; height: 900 }
    }

    function settle(s) {
        tryVerify(() => !s.forecast.busy && !s.plan.busy && s.forecast.hasPrediction && s.plan.ready,
                  120000, "the prediction and the plan are in")
    }

    function actionsOf(w) {
        return w.header.briefingActions
    }

    function initTestCase() {
        window = mainComponent.createObject(testCase, { session: Fixture.demoSession })
        verify(window)
        settle(session)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function init() {
        const actions = actionsOf(window)
        tryCompare(actions.briefing, "busy", false, 60000)
        actions.messagePopup.close()
        actions.briefing.clearMessage()
    }

    function test_buttonsAreEnabledWithAPlan() {
        verify(findChild(window, "exportButton").enabled)
        verify(findChild(window, "recordButton").enabled)
        compare(actionsOf(window).briefing.recordBlockedReason, "")
    }

    function test_tableExportedAsCsv() {
        const actions = actionsOf(window)
        actions.write("csv", Fixture.fileUrl("gui.csv"))
        verify(!actions.briefing.messageIsError, actions.briefing.message)
        const lines = Fixture.readLines("gui.csv")
        verify(lines[0].startsWith("code,name,mean,p10,p50,p90"), lines[0])
        compare(lines.length, session.territoryCount + 1)
        tryCompare(actions.messagePopup, "opened", true)
        verify(findChild(window, "briefingMessageText").text.indexOf("gui.csv") >= 0)
    }

    function test_briefingPdfWritten() {
        const actions = actionsOf(window)
        actions.write("pdf", Fixture.fileUrl("gui.pdf"))
        verify(actions.briefing.busy)
        verify(findChild(window, "briefingBusy").visible)
        tryCompare(actions.briefing, "busy", false, 60000)
        verify(!actions.briefing.messageIsError, actions.briefing.message)
        verify(actions.briefing.message.indexOf("gui.pdf") >= 0)
        verify(/\(2 page/.test(actions.briefing.message), actions.briefing.message)
    }

    function test_errorsAreShownInTheWindow() {
        const actions = actionsOf(window)
        actions.write("csv", Fixture.fileUrl("no-such-folder/table.csv"))
        verify(actions.briefing.messageIsError)
        tryCompare(actions.messagePopup, "opened", true)
        const text = findChild(window, "briefingMessageText").text
        verify(text.indexOf("no-such-folder") >= 0, text)
    }

    function test_keysReachTheSaveDialog() {
        const actions = actionsOf(window)
        findChild(window, "territoryView").forceActiveFocus()
        keySequence("Ctrl+P")
        tryCompare(actions.saveDialog, "visible", true)
        compare(actions.saveDialog.kind, "pdf")
        verify(String(actions.saveDialog.selectedFile).endsWith(".pdf"))
        actions.saveDialog.reject()
        keySequence("Ctrl+E")
        tryCompare(actions.saveDialog, "visible", true)
        compare(actions.saveDialog.kind, "csv")
        actions.saveDialog.reject()
    }

    function test_exportMenuByKeyboard() {
        const actions = actionsOf(window)
        const button = findChild(window, "exportButton")
        button.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(actions.exportMenu, "opened", true)
        compare(actions.exportMenu.count, 3)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryCompare(actions.saveDialog, "visible", true)
        compare(actions.saveDialog.kind, "pdf")
        actions.saveDialog.reject()
    }

    function test_decisionRecordedThroughItsDialog() {
        const actions = actionsOf(window)
        const before = actions.briefing.lastPlanId
        mouseClick(findChild(window, "recordButton"))
        tryCompare(actions.recordDialog, "opened", true)
        mouseClick(actions.recordConfirmButton)
        tryVerify(() => actions.briefing.lastPlanId > before, 60000)
        verify(!actions.briefing.messageIsError, actions.briefing.message)
        const text = findChild(window, "briefingMessageText").text
        verify(/^Decision recorded at \d\d:\d\d UTC as plan #\d+/.test(text), text)
        verify(text.indexOf("#" + actions.briefing.lastPlanId) >= 0, text)
    }

    function test_readOnlyStoreCannotRecord() {
        const readOnly = Fixture.readOnlyDemoSession
        const other = mainComponent.createObject(testCase, { session: readOnly })
        settle(readOnly)
        const record = findChild(other, "recordButton")
        verify(!record.enabled)
        const reason = actionsOf(other).briefing.recordBlockedReason
        verify(reason.indexOf("read-only") >= 0, reason)
        compare(findChild(other, "recordToolTip").text, reason)
        verify(findChild(other, "exportButton").enabled, "exports still work on a read-only store")
        other.destroy()
    }
}
