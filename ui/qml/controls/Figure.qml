import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stormcrew

// One headline number of the summary with its caption, e.g. "Outages P50".
ColumnLayout {
    id: figure

    property string caption
    property string value
    property string detail

    spacing: 0

    Label {
        text: figure.caption
        font.pixelSize: Theme.smallFont
        color: Theme.mutedText
    }
    Label {
        text: figure.value
        font.pixelSize: Theme.figureFont
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Label {
        text: figure.detail
        visible: text.length > 0
        font.pixelSize: Theme.smallFont
        color: Theme.mutedText
    }
}
