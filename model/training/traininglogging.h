#pragma once

#include <QLoggingCategory>

namespace stormcrew::training {
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
}
