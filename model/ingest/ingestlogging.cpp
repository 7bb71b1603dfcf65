#include "ingestlogging.h"

Q_LOGGING_CATEGORY(lcIngest, "stormcrew.ingest", QtInfoMsg)
