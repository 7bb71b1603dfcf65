#include "enginelogging.h"

Q_LOGGING_CATEGORY(lcEngine, "stormcrew.engine", QtInfoMsg)
