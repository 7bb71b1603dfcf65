#include "crewslogging.h"

Q_LOGGING_CATEGORY(lcCrews, "stormcrew.crews", QtInfoMsg)
