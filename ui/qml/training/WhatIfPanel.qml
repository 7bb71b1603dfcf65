import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// The what-if explorer, after the reveal: sliders change the storm's features (as offsets or
// multipliers, docs/training.md) and the map and the explanation follow at once.
ScrollView {
    id: panel

    required property TrainingController training
    readonly property var selection: training.selection

    function apply() {
        training.whatIf = { gustOffset: gust.value, leafOnOffset: leaf.value,
                            wetnessMultiplier: wetness.value, canopyMultiplier: canopy.value,
                            trimYearsOffset: trim.value }
        if (training.metric !== "whatIf")
            training.metric = "whatIf"
    }
    function fixed(value, decimals) {
        return Number(value).toLocaleString(Qt.locale(), "f", decimals)
    }

    clip: true
    contentWidth: availableWidth
    enabled: training.revealed

    // One feature's slider: its label, its value as text, and moved() when the user moves it.
    component WhatIfSlider: ColumnLayout {
        id: control
        property alias value: slider.value
        property alias from: slider.from
        property alias to: slider.to
        property alias stepSize: slider.stepSize
        property real neutral: 0
        property string label
        property string valueText
        signal moved()
        Layout.fillWidth: true
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Label { text: control.label; color: Theme.text; Layout.fillWidth: true }
            Label { text: control.valueText; color: Theme.mutedText }
        }
        Slider {
            id: slider
            objectName: control.objectName + "Slider"
            Layout.fillWidth: true
            value: control.neutral
            snapMode: Slider.SnapAlways
            onMoved: control.moved()
            Accessible.name: control.label
        }
    }

    ColumnLayout {
        width: panel.availableWidth
        spacing: 2

        Label {
            visible: !panel.training.revealed
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("The what-if explorer shows the model, so it opens after the reveal.")
        }

        WhatIfSlider {
            id: gust
            objectName: "gust"
            onMoved: panel.apply()
            label: qsTr("Peak gust")
            from: -15; to: 15; stepSize: 1
            valueText: qsTr("%1 m/s").arg((value > 0 ? "+" : "") + panel.fixed(value, 0))
        }
        WhatIfSlider {
            id: leaf
            objectName: "leaf"
            onMoved: panel.apply()
            label: qsTr("Leaf-on")
            from: -1; to: 1; stepSize: 0.05
            valueText: (value > 0 ? "+" : "") + panel.fixed(value, 2)
        }
        WhatIfSlider {
            id: wetness
            objectName: "wetness"
            onMoved: panel.apply()
            label: qsTr("Antecedent wetness")
            from: 0; to: 3; stepSize: 0.1; neutral: 1
            valueText: qsTr("× %1").arg(panel.fixed(value, 1))
        }
        WhatIfSlider {
            id: canopy
            objectName: "canopy"
            onMoved: panel.apply()
            label: qsTr("Tree canopy")
            from: 0; to: 2; stepSize: 0.1; neutral: 1
            valueText: qsTr("× %1").arg(panel.fixed(value, 1))
        }
        WhatIfSlider {
            id: trim
            objectName: "trim"
            onMoved: panel.apply()
            label: qsTr("Time since trimming")
            from: -5; to: 10; stepSize: 1
            valueText: qsTr("%1 years").arg((value > 0 ? "+" : "") + panel.fixed(value, 0))
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Label {
                objectName: "whatIfTotal"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                font.weight: Font.DemiBold
                text: qsTr("Model with these changes: %1 outages (as it said: %2)")
                      .arg(panel.fixed(panel.training.whatIfTotal, 0))
                      .arg(panel.fixed(panel.training.exercise.model || 0, 0))
            }
            Button {
                objectName: "whatIfReset"
                text: qsTr("Reset")
                onClicked: {
                    gust.value = 0; leaf.value = 0; wetness.value = 1; canopy.value = 1; trim.value = 0
                    panel.apply()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            text: qsTr("Every territory predicted again in %1 ms.").arg(panel.fixed(panel.training.whatIfMilliseconds, 2))
        }

        Label {
            Layout.topMargin: Theme.spacing
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Theme.text
            text: panel.selection.name === undefined ? qsTr("Choose a territory on the map to see why.")
                  : qsTr("%1: %2 outages with these changes").arg(panel.selection.name)
                        .arg(panel.fixed(panel.selection.whatIf || 0, 1))
        }
        Repeater {
            objectName: "whatIfFactors"
            model: panel.selection.factors || []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: modelData.label; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { text: qsTr("× %1").arg(panel.fixed(modelData.factor, 2)); color: Theme.text }
            }
        }
    }
}
