#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "stormcrew.store", QtInfoMsg)
