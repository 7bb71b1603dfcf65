import QtQuick
import QtTest
import Stormcrew
import StormcrewTest

// The small building blocks of the panels show what they are given.
TestCase {
    id: testCase
    name: "Controls"
    width: 400
    height: 300
    when: windowShown

    Component { id: figureComponent; Figure {} }
    Component { id: emptyComponent; EmptyState {} }
    Component { id: panelComponent; Panel { width: 300; height: 200 } }
    Component { id: timelineComponent; TimelineBar { width: 800; session: Fixture.session } }

    function test_figureShowsCaptionValueAndDetail() {
        const figure = createTemporaryObject(figureComponent, testCase,
                                             { caption: "Crews needed", value: "42", detail: "on hand: 30" })
        verify(figure)
        compare(figure.children[0].text, "Crews needed")
        compare(figure.children[1].text, "42")
        compare(figure.children[2].text, "on hand: 30")
    }

    function test_figureTakesNoRoomForAnEmptyDetail() {
        const withDetail = createTemporaryObject(figureComponent, testCase,
                                                 { caption: "ETR", value: "36 h", detail: "P90: 50 h" })
        const without = createTemporaryObject(figureComponent, testCase, { caption: "ETR", value: "36 h" })
        verify(without.implicitHeight < withDetail.implicitHeight)
    }

    function test_emptyStateHidesAMissingExplanation() {
        const empty = createTemporaryObject(emptyComponent, testCase, { headline: "Nothing yet" })
        compare(empty.children[0].text, "Nothing yet")
        const explained = createTemporaryObject(emptyComponent, testCase,
                                                { headline: "Nothing yet", explanation: "Import some." })
        verify(empty.implicitHeight < explained.implicitHeight)
    }

    function test_panelShowsItsTitle() {
        const panel = createTemporaryObject(panelComponent, testCase, { title: "Summary" })
        verify(panel)
        compare(panel.title, "Summary")
        verify(panel.implicitHeight > 0)
    }

    function test_timelineWaitsForAForecast() {
        // The fixture's store is empty: no forecast, so nothing to play.
        const bar = createTemporaryObject(timelineComponent, testCase)
        verify(bar)
        verify(!bar.timeline.ready)
        compare(findChild(bar, "hourLabel").text, "No forecast loaded")
        verify(!findChild(bar, "playButton").enabled)
        verify(!findChild(bar, "hourSlider").enabled)
        compare(findChild(bar, "timelineSummary").text, "")
    }
}
