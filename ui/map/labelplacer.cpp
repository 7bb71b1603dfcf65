#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::map {

std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates,
                                     const QFontMetricsF &metrics, const QSizeF &view,
                                     double padding)
{
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const LabelCandidate &a, const LabelCandidate &b) { return a.priority > b.priority; });
    constexpr double Cell = 64;
    const int columns = std::max(1, int(std::ceil(view.width() / Cell)));
    const int rows = std::max(1, int(std::ceil(view.height() / Cell)));
    std::vector<std::vector<int>> grid(std::size_t(columns) * rows);
    std::vector<PlacedLabel> placed;
    const QRectF bounds(QPointF(0, 0), view);
    const double height = metrics.height();

    for (const auto &candidate : candidates) {
        if (!bounds.contains(candidate.anchor))
            continue;
        const double width = metrics.horizontalAdvance(candidate.text);
        if (width > candidate.featureWidth * 1.2)
            continue;
        const QRectF rect(candidate.anchor.x() - width / 2, candidate.anchor.y() - height / 2,
                          width, height);
        const QRectF padded = rect.adjusted(-padding, -padding, padding, padding);
        if (!bounds.contains(rect))
            continue;
        const int x0 = std::clamp(int(padded.left() / Cell), 0, columns - 1);
        const int x1 = std::clamp(int(padded.right() / Cell), 0, columns - 1);
        const int y0 = std::clamp(int(padded.top() / Cell), 0, rows - 1);
        const int y1 = std::clamp(int(padded.bottom() / Cell), 0, rows - 1);
        bool free = true;
        for (int y = y0; y <= y1 && free; ++y)
            for (int x = x0; x <= x1 && free; ++x)
                for (int other : grid[std::size_t(y) * columns + x])
                    if (placed[std::size_t(other)].rect.intersects(padded)) {
                        free = false;
                        break;
                    }
        if (!free)
            continue;
        const int index = int(placed.size());
        placed.push_back({candidate.text, rect});
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                grid[std::size_t(y) * columns + x].push_back(index);
    }
    return placed;
}

} // namespace stormcrew::map
