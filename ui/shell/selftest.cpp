#include "selftest.h"

#include "shellpaths.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace stormcrew {

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

// Any warning, critical or fatal message while the pages load counts as a failure.
void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QStringList SelfTest::modulePages()
{
    QStringList pages;
    QDirIterator it(ShellPaths::moduleResourceDir(), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        pages.append(it.next());
    pages.sort();
    return pages;
}

int SelfTest::run(QQmlApplicationEngine &engine)
{
    g_messages.clear();
    g_previousHandler = qInstallMessageHandler(collect);
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError> &errors) {
        for (const QQmlError &error : errors)
            g_messages.append(error.toString());
    });

    const QStringList pages = modulePages();
    int failedPages = 0;
    for (const QString &page : pages) {
        const qsizetype before = g_messages.size();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + page));
        if (component.isError()) {
            for (const QQmlError &error : component.errors())
                g_messages.append(error.toString());
        }
        if (g_messages.size() > before)
            ++failedPages;
    }

    // The whole window, built and laid out as a user would see it.
    engine.load(ShellPaths::mainPage());
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        g_messages.append(QStringLiteral("Main.qml did not create a window"));
    else
        spin(300);

    qInstallMessageHandler(g_previousHandler);
    if (g_messages.isEmpty()) {
        std::printf("self-test: %d QML files compiled, main window built; no warnings\n",
                    int(pages.size()));
        return 0;
    }
    std::fprintf(stderr, "self-test: %d problem(s) in %d file(s):\n", int(g_messages.size()),
                 std::max(failedPages, 1));
    for (const QString &message : std::as_const(g_messages))
        std::fprintf(stderr, "  %s\n", qPrintable(message));
    return 1;
}

} // namespace stormcrew
