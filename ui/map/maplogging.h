#pragma once

#include <QLoggingCategory>

namespace stormcrew::map {
Q_DECLARE_LOGGING_CATEGORY(lcMap)
}
