#include "windowshot.h"

#include "uilogging.h"

#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace stormcrew {

QSize WindowShot::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

int WindowShot::capture(QQuickWindow *window, const QString &path, QSize size,
                        const std::function<bool()> &ready)
{
    if (!window) {
        std::fprintf(stderr, "screenshot: no window to capture\n");
        return 1;
    }
    if (size.isValid())
        window->resize(size);
    window->show();

    if (ready && !ready()) {
        QEventLoop waiting;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &waiting, [&] {
            if (ready())
                waiting.quit();
        });
        poll.start(100);
        QTimer::singleShot(300000, &waiting, &QEventLoop::quit);
        waiting.exec();
        if (!ready()) {
            std::fprintf(stderr, "screenshot: the window was not ready within 5 minutes\n");
            return 1;
        }
    }

    // Wait for a few rendered frames so that layouts, images and fonts have settled.
    constexpr int framesToSettle = 3;
    int frames = 0;
    QEventLoop loop;
    QObject::connect(
        window, &QQuickWindow::afterRendering, &loop,
        [&] {
            if (++frames < framesToSettle)
                QTimer::singleShot(50, window, &QQuickWindow::update);
            else
                QTimer::singleShot(50, &loop, &QEventLoop::quit);
        },
        Qt::QueuedConnection);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    if (frames < framesToSettle) {
        std::fprintf(stderr, "screenshot: the window did not render within 15 s\n");
        return 1;
    }

    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        std::fprintf(stderr, "screenshot: cannot write %s\n", qPrintable(path));
        return 1;
    }
    qCInfo(lcUi) << "screenshot" << path << image.size();
    return 0;
}

} // namespace stormcrew
