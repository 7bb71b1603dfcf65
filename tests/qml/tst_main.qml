import QtQuick
import QtQuick.Controls
import QtTest
import Stormcrew
import StormcrewTest

// The main window: every region is there, the theme follows the session, About opens.
TestCase {
    id: testCase
    name: "Main"
    when: windowShown

    Component {
        id: mainComponent
        Main { session: Fixture.session; visible: true; width: 1280; height: 800 }
    }

    function test_layoutHasEveryRegion() {
        const window = createTemporaryObject(mainComponent, testCase)
        verify(window)
        compare(window.title, "Stormcrew control centre")
        for (const name of ["mapRegion", "territoryTable", "summaryPanel", "territoryDetail"]) {
            const region = findChild(window, name)
            verify(region, name)
            tryVerify(() => region.width > 100 && region.height > 100, 2000, name + " is laid out")
        }
        verify(window.footer.objectName === "timeline")
    }

    function test_themeFollowsTheSession() {
        const window = createTemporaryObject(mainComponent, testCase)
        Fixture.session.darkTheme = false
        compare(Theme.dark, false)
        const lightWindow = String(window.color)
        Fixture.session.darkTheme = true
        compare(Theme.dark, true)
        verify(String(window.color) !== lightWindow)
        Fixture.session.darkTheme = false
    }

    function test_aboutShowsTheVersion() {
        const window = createTemporaryObject(mainComponent, testCase)
        const about = findChild(window, "aboutDialog")
        verify(about)
        about.open()
        tryCompare(about, "opened", true)
        verify(about.title.length > 0)
        about.close()
    }
}
