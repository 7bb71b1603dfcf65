#include "replaylogging.h"

Q_LOGGING_CATEGORY(lcReplay, "stormcrew.replay", QtInfoMsg)
