#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QQuickWindow;

namespace stormcrew {

// `stormcrew --screenshot FILE.png`: sizes the window, waits until it has really rendered, and
// writes a PNG. Tests, docs and reviewers use it.
class WindowShot {
public:
    // Returns 0 on success; prints the reason and returns non-zero when the window never rendered
    // or the file cannot be written. When given, ready() is waited for first (e.g. the store
    // being prepared), up to five minutes.
    [[nodiscard]] static int capture(QQuickWindow *window, const QString &path, QSize size,
                                     const std::function<bool()> &ready = {});

    // Parses "WxH" (e.g. 1600x1000); an invalid size when the text is not of that form.
    [[nodiscard]] static QSize parseSize(const QString &text);
};

} // namespace stormcrew
