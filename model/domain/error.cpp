#include "error.h"

#include <QCoreApplication>

namespace stormcrew {

QString Error::toString() const
{
    QString where = file;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) +
                 QCoreApplication::translate("stormcrew::Error", "line %1").arg(line);
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) +
                 QCoreApplication::translate("stormcrew::Error", "field %1").arg(field);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace stormcrew
