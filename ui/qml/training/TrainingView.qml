import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stormcrew

// Training mode (docs/training.md): over the control centre while a session runs. A banner
// that stays, the map of the exercise, and the trainee's side: the storm, the call, the
// reveal, the what-if explorer and the scoreboard. Ctrl+Shift+T starts and ends a session.
Item {
    id: view

    required property Session session
    // From the command line (--training, --training-storm, --training-call, --training-reveal).
    property var options: ({})
    readonly property TrainingController training: controller
    // Shown from the start: the banner and the busy indicator while the store is copied.
    readonly property bool shown: controller.active || controller.starting
    // True while the store is copied or a storm's exercise built (the screenshot waits).
    readonly property bool busy: controller.busy
    // The command line's storm, call and reveal, applied once the session and then its storm's
    // exercise have arrived.
    property bool optionsPending: false
    property bool stormPending: false

    visible: shown

    function open() {
        controller.storePath = view.session.storePath
        if (!controller.start())
            startError.open()
    }

    // The command line's session: started once the store is open.
    function applyOptions() {
        if (!options.start || controller.active || controller.starting || !session.storeOpen)
            return
        stormPending = true
        optionsPending = true
        open()
    }
    function applyStorm() {
        if (!stormPending || !controller.active)
            return
        stormPending = false
        if (options.storm) {
            const index = controller.stormIndex(options.storm)
            if (index >= 0)
                controller.currentIndex = index
        }
        applyCall()
    }
    function applyCall() {
        if (!optionsPending || stormPending || controller.busy || !controller.hasExercise)
            return
        optionsPending = false
        if (options.callOutages !== undefined && !controller.revealed)
            controller.saveCall(options.callCrews || 0, options.callOutages, [])
        if (options.reveal && controller.hasCall)
            controller.reveal()
        if (options.reveal)
            tabs.currentIndex = 1
    }

    Component.onCompleted: applyOptions()
    Connections {
        target: view.session
        function onStoreChanged() { view.applyOptions() }
    }
    Connections {
        target: controller
        function onActiveChanged() { view.applyStorm() }
        function onExerciseChanged() { view.applyCall() }
        function onBusyChanged() { view.applyCall() }
        function onStartFailed() {
            view.stormPending = false
            view.optionsPending = false
            startError.open()
        }
    }

    TrainingController { id: controller }

    Shortcut {
        sequence: "Ctrl+Shift+T"
        enabled: view.session.storeOpen
        onActivated: view.shown ? controller.end() : view.open()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TrainingBanner {
            objectName: "trainingBanner"
            Layout.fillWidth: true
            training: controller
            onEndRequested: controller.end()
            onReportRequested: reportDialog.open()
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            orientation: Qt.Horizontal

            TrainingMap {
                objectName: "trainingMapRegion"
                training: controller
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
            }

            ColumnLayout {
                SplitView.preferredWidth: 440
                SplitView.minimumWidth: 340
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Past storm:")
                        color: Theme.text
                    }
                    BusyIndicator {
                        objectName: "trainingBusy"
                        running: controller.busy
                        visible: running
                        Layout.preferredWidth: 24
                        Layout.preferredHeight: 24
                    }
                    ComboBox {
                        id: stormChoice
                        objectName: "trainingStormChoice"
                        Layout.fillWidth: true
                        model: controller.storms
                        textRole: "label"
                        currentIndex: controller.currentIndex
                        onActivated: (index) => controller.currentIndex = index
                        Accessible.name: qsTr("Past storm of the exercise")
                    }
                }
                Label {
                    objectName: "trainingError"
                    visible: controller.errorString.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    padding: 6
                    color: Theme.accentText
                    text: controller.errorString
                    background: Rectangle { color: Theme.danger; radius: Theme.radius }
                }
                TabBar {
                    id: tabs
                    objectName: "trainingTabs"
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Your call") }
                    TabButton { text: qsTr("Reveal") }
                    TabButton { text: qsTr("What if") }
                    TabButton { text: qsTr("Scoreboard") }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex

                    TrainingCallPanel {
                        objectName: "trainingCallPanel"
                        training: controller
                        onRevealed: tabs.currentIndex = 1
                    }
                    TrainingRevealPanel {
                        objectName: "trainingRevealPanel"
                        training: controller
                    }
                    WhatIfPanel {
                        objectName: "whatIfPanel"
                        training: controller
                    }
                    TrainingScoreboard {
                        objectName: "trainingScoreboard"
                        training: controller
                    }
                }
            }
        }
    }

    FileDialog {
        id: reportDialog
        objectName: "trainingReportDialog"
        title: qsTr("Save the session report")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: controller.writeReport(selectedFile)
    }

    Dialog {
        id: startError
        objectName: "trainingStartError"
        anchors.centerIn: parent
        parent: Overlay.overlay
        modal: true
        title: qsTr("Training mode cannot start")
        standardButtons: Dialog.Ok
        // Fixed, not the Label's implicit width: opened once the window shows (the copy is made
        // on a worker), the implicit width would loop through the wrapping text.
        contentWidth: 420
        Label {
            width: 420
            wrapMode: Text.Wrap
            text: controller.errorString
        }
    }
}
