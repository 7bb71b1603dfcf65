#include "statslogging.h"

Q_LOGGING_CATEGORY(lcStats, "stormcrew.stats", QtInfoMsg)
