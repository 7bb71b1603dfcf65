import QtQuick
import QtQuick.Controls
import QtTest
import Stormcrew
import StormcrewTest

// The panels against a real session on the demo utility: the summary shows the prediction and
// the plan, a row chosen in the table (by mouse or keys) is the territory the detail panel
// explains, the plan settings re-plan, the storm chooser switches storms, Cancel keeps what
// was shown.
TestCase {
    id: testCase
    name: "Panels"
    when: windowShown

    property var window: null
    readonly property Session session: Fixture.demoSession

    Component {
        id: mainComponent
        Main { session: Fixture.demoSession; visible: true; width: 1440; height: 900 }
    }

    function settle() {
        tryVerify(() => !session.forecast.busy && !session.plan.busy
                  && session.forecast.hasPrediction && session.plan.ready, 120000,
                  "the prediction and the plan are in")
    }

    function count(value) {
        return Number(Math.round(value)).toLocaleString(Qt.locale(), "f", 0)
    }

    function initTestCase() {
        verify(session.storeOpen, session.storeError)
        window = mainComponent.createObject(testCase)
        verify(window)
        settle()
    }

    function cleanupTestCase() {
        window.destroy()
    }

    function init() {
        findChild(window, "territoryFilter").text = ""
        settle()
    }

    function test_summaryShowsThePredictionAndThePlan() {
        const summary = findChild(window, "summaryPanel")
        compare(findChild(summary, "outagesFigure").value, count(session.forecast.totalP50))
        compare(findChild(summary, "crewsFigure").value,
                count(session.plan.ownCrews + session.plan.mutualAidCrews))
        verify(findChild(summary, "stormHeadline").text.startsWith("Forecast issued 2026-06-01"))
        compare(findChild(summary, "modelLine").text,
                "Model v" + session.forecast.modelVersion + " · contract passed")
        verify(!findChild(summary, "busyRow").visible)
    }

    function test_tableRowSelectsTheTerritoryTheDetailPanelShows() {
        const view = findChild(window, "territoryView")
        const detail = findChild(window, "territoryDetail")
        tryVerify(() => view.rows > 3)
        const rowHeight = 24
        mouseClick(view, 40, 2 * rowHeight + rowHeight / 2)
        const chosen = session.forecast.table.territoryIdAt(2)
        compare(session.forecast.selectedTerritory, chosen)
        verify(session.forecast.selected.name.length > 0)
        compare(detail.title, "Territory: " + session.forecast.selected.name)
        verify(findChild(detail, "factorChart").count > 0, "the reasons are charted")

        // The keyboard moves the selection a row down.
        view.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(session.forecast.selectedTerritory, session.forecast.table.territoryIdAt(3))
        compare(detail.title, "Territory: " + session.forecast.selected.name)
        compare(findChild(window, "mapRegion").selectedTerritory, session.forecast.selectedTerritory,
                "the map shares the selection")
    }

    function test_filterNarrowsTheTable() {
        const filter = findChild(window, "territoryFilter")
        const all = session.forecast.table.rowCount()
        compare(all, session.territoryCount)
        filter.forceActiveFocus()
        keySequence("j,e,f,f")
        tryCompare(filter, "text", "jeff")
        compare(session.forecast.table.rowCount(), 1, "Jefferson, whatever the case")
        filter.text = ""
        compare(session.forecast.table.rowCount(), all)
    }

    function test_crewsOnHandReplanAndChangeTheCrews() {
        const crewsOnHand = findChild(window, "crewsOnHand")
        const mutualAid = findChild(window, "mutualAidFigure")
        const depots = session.plan.ownAvailable
        compare(session.plan.crewsOnHand, -1)
        compare(crewsOnHand.value, depots)
        verify(!findChild(window, "crewsFromDepots").visible)
        const aidBefore = session.plan.mutualAidCrews
        // The director has far fewer crews than the depots: the plan asks for mutual aid.
        crewsOnHand.forceActiveFocus()
        crewsOnHand.contentItem.selectAll()
        keySequence("4,0")
        keyClick(Qt.Key_Return)
        compare(session.plan.crewsOnHand, 40)
        settle()
        compare(session.plan.ownAvailable, 40)
        verify(session.plan.mutualAidCrews > aidBefore,
               "with 40 own crews the plan needs mutual aid: " + session.plan.mutualAidCrews)
        compare(mutualAid.value, count(session.plan.mutualAidCrews))
        verify(mutualAid.detail.startsWith("request by "), mutualAid.detail)
        // The panel says how long the re-plan took, from the change to the plan shown.
        const planTime = findChild(window, "planTime")
        verify(planTime.visible)
        verify(session.plan.planMilliseconds > 0, "a re-plan takes time: " + session.plan.planMilliseconds)
        compare(planTime.text, "Planned in "
                + Number(session.plan.planMilliseconds / 1000).toLocaleString(Qt.locale(), "f", 2) + " s")
        mouseClick(findChild(window, "crewsFromDepots"))
        compare(session.plan.crewsOnHand, -1)
        settle()
        compare(session.plan.ownAvailable, depots)
        compare(session.plan.mutualAidCrews, aidBefore)
    }

    function test_targetHoursReplan() {
        const hours = findChild(window, "targetHours")
        const restoration = findChild(window, "restorationFigure")
        compare(session.plan.targetHours, 48)
        hours.forceActiveFocus()
        for (let i = 0; i < 6; ++i)
            keyClick(Qt.Key_Down)
        compare(session.plan.targetHours, 12)
        verify(session.plan.busy, "the plan is recomputed")
        settle()
        compare(restoration.value, count(session.plan.targetEtrP50) + " h")
        for (let i = 0; i < 6; ++i)
            keyClick(Qt.Key_Up)
        compare(session.plan.targetHours, 48)
        settle()
    }

    function test_riskLevelReplans() {
        const risk = findChild(window, "riskLevel")
        compare(session.plan.risk, "p80")
        risk.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(session.plan.risk, "p90")
        settle()
        keyClick(Qt.Key_Up)
        compare(session.plan.risk, "p80")
    }

    function test_stormChooserShowsAStoredStorm() {
        const chooser = findChild(window, "stormChoice")
        const storms = session.forecast.storms
        verify(storms.length > 0)
        compare(chooser.count, storms.length + 1)
        chooser.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(chooser.currentValue, storms[0].code)
        settle()
        compare(session.forecast.stormCode, storms[0].code)
        compare(findChild(window, "stormHeadline").text, "Storm " + storms[0].code)
        chooser.forceActiveFocus()
        keyClick(Qt.Key_Up)
        settle()
        verify(session.forecast.isForecast)
    }

    function test_cancelKeepsThePredictionShown() {
        const shown = session.forecast.stormCode
        session.forecast.showStorm(session.forecast.storms[1].code)
        const cancel = findChild(window, "cancelButton")
        tryVerify(() => cancel.visible && cancel.width > 0)
        mouseClick(cancel)
        tryCompare(session.forecast, "busy", false, 60000)
        compare(session.forecast.stormCode, shown)
        verify(!findChild(window, "busyRow").visible)
    }
}
