#include "maplogging.h"

namespace stormcrew::map {
Q_LOGGING_CATEGORY(lcMap, "stormcrew.map")
}
