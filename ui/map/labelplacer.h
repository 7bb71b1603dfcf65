#pragma once

#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace stormcrew::map {

// A label that would like to be shown: its text centred on an anchor, with a priority, and the
// width its territory has on screen (a label much wider than its territory is not shown).
struct LabelCandidate {
    QString text;
    QPointF anchor; // pixels
    double priority = 0;
    double featureWidth = 0; // pixels
};

struct PlacedLabel {
    QString text;
    QRectF rect; // pixels
};

// Greedy placement: candidates in order of priority, each kept only if it fits inside the view
// and overlaps no label kept before it (checked through a coarse grid of the view).
[[nodiscard]] std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates,
                                                   const QFontMetricsF &metrics, const QSizeF &view,
                                                   double padding = 3);

} // namespace stormcrew::map
