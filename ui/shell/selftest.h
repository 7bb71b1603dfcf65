#pragma once

#include <QObject>
#include <QStringList>

class QQmlApplicationEngine;

namespace stormcrew {

// `stormcrew --self-test`: compiles every QML file of the module, builds the main window, and
// fails on any QML warning or error, so a broken page is caught before a user opens it.
class SelfTest {
public:
    // Runs the test on an engine whose initial properties are already set; returns the exit
    // status (0 when every page loaded without a warning) and prints what failed.
    [[nodiscard]] static int run(QQmlApplicationEngine &engine);

    // Every .qml file of the Stormcrew module in the resources, singletons included.
    [[nodiscard]] static QStringList modulePages();
};

} // namespace stormcrew
