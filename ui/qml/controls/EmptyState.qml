import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// What a region says while it has nothing to show: a headline and what to do about it.
ColumnLayout {
    id: empty

    property string headline
    property string explanation

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        text: empty.headline
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.bodyFont
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        text: empty.explanation
        visible: text.length > 0
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.smallFont + 1
        color: Theme.mutedText
    }
}
