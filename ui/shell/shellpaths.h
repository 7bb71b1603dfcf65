#pragma once

#include <QString>
#include <QUrl>

namespace stormcrew {

// Where the Stormcrew QML module lives in the resources (Qt 6.4 has no loadFromModule).
namespace ShellPaths {
[[nodiscard]] inline QString importPath()
{
    return QStringLiteral("qrc:/qt/qml");
}
[[nodiscard]] inline QString moduleResourceDir()
{
    return QStringLiteral(":/qt/qml/Stormcrew");
}
[[nodiscard]] inline QUrl mainPage()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/Stormcrew/qml/Main.qml"));
}
} // namespace ShellPaths

} // namespace stormcrew
