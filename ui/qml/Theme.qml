pragma Singleton
import QtQuick

// Colours and metrics of the light and the dark theme; Main.qml binds `dark` to the session.
QtObject {
    property bool dark: false

    readonly property color window: dark ? "#1b1f24" : "#eef1f4"
    readonly property color panel: dark ? "#242a31" : "#ffffff"
    readonly property color panelHeader: dark ? "#2c333b" : "#f6f8fa"
    readonly property color border: dark ? "#3a424c" : "#d0d7de"
    readonly property color text: dark ? "#e6e9ec" : "#1f2328"
    readonly property color mutedText: dark ? "#9aa4ae" : "#59636e"
    readonly property color accent: dark ? "#58a6ff" : "#0969da"
    readonly property color accentText: "#ffffff"
    // Filled backgrounds that carry text: the selection (white text, 4.6:1 in dark, 5.2:1 in
    // light), and the text drawn on a warning or danger fill (dark text on the dark theme's
    // bright fills, white on the light theme's deep ones; WCAG AA, 4.5:1, tests/qml).
    readonly property color selection: dark ? "#1f6feb" : "#0969da"
    readonly property color onStatus: dark ? "#1b1f24" : "#ffffff"
    readonly property color mapBackground: dark ? "#14181c" : "#dfe6ec"
    // The map: territories without a value, their outlines, the basemap's state and county
    // lines, and the halo that keeps labels readable on any fill. The outlines are light in both
    // themes, 3:1 or more on the ramp's low end where most territories sit (tests/qml).
    readonly property color mapNeutral: dark ? "#3d4753" : "#bcc7d1"
    readonly property color mapOutline: dark ? "#6e7781" : "#ffffff"
    readonly property color mapBoundary: dark ? "#3a444f" : "#b4bfca"
    readonly property color mapState: dark ? "#6f7c8a" : "#7a8794"
    readonly property color mapHalo: dark ? "#000000" : "#ffffff"
    readonly property color warning: dark ? "#d29922" : "#8a5a00"
    readonly property color danger: dark ? "#ff7b72" : "#cf222e"
    readonly property color trainingBanner: dark ? "#6e40c9" : "#8250df"

    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int radius: 4
    readonly property real smallFont: 11
    readonly property real bodyFont: 13
    readonly property real titleFont: 15
    readonly property real figureFont: 22
}
