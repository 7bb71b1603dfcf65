#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "stormcrew.ui", QtInfoMsg)
