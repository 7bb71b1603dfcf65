#include "featurelogging.h"

Q_LOGGING_CATEGORY(lcFeatures, "stormcrew.features", QtInfoMsg)
