#include "demologging.h"

Q_LOGGING_CATEGORY(lcDemo, "stormcrew.demo", QtInfoMsg)
