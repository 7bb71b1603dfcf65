#include "scenegraphsetup.h"

#include <QByteArray>
#include <QtGlobal>

namespace stormcrew {

void configureSceneGraph()
{
    for (const char *name : {"QSG_NO_DEPTH_BUFFER", "QSG_NO_STENCIL_BUFFER"}) {
        if (!qEnvironmentVariableIsSet(name))
            qputenv(name, QByteArrayLiteral("1"));
    }
}

} // namespace stormcrew
