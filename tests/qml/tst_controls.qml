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

    // WCAG 2.x relative luminance and contrast ratio of two colours.
    function luminance(c) {
        const channel = x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_themeTextMeetsWcagAaInBothThemes_data() {
        return [{ tag: "light", dark: false }, { tag: "dark", dark: true }]
    }
    function test_themeTextMeetsWcagAaInBothThemes(data) {
        const wasDark = Theme.dark
        Theme.dark = data.dark
        try {
            // Text colours on every surface they are drawn on.
            for (const fg of ["text", "mutedText", "accent", "warning", "danger"]) {
                for (const bg of ["window", "panel", "panelHeader"]) {
                    const ratio = contrast(Theme[fg], Theme[bg])
                    verify(ratio >= 4.5, fg + " on " + bg + ": " + ratio.toFixed(2) + ":1")
                }
            }
            // Text on filled backgrounds: selected rows and items, warning and error badges.
            const filled = [["accentText", "selection"], ["onStatus", "warning"], ["onStatus", "danger"]]
            for (const [fg, bg] of filled) {
                const ratio = contrast(Theme[fg], Theme[bg])
                verify(ratio >= 4.5, fg + " on " + bg + ": " + ratio.toFixed(2) + ":1")
            }
            // Territory outlines on the fill most territories get, the low end of the default
            // Viridis ramp (ui/map/colorramp.cpp): WCAG's 3:1 for graphics that carry meaning
            // (until 2026-11-29 the dark theme's outline was the background colour, 1.17:1).
            const outline = contrast(Theme.mapOutline, Qt.color("#440154"))
            verify(outline >= 3.0, "mapOutline on #440154: " + outline.toFixed(2) + ":1")
        } finally {
            Theme.dark = wasDark
        }
    }
}
