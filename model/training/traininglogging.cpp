#include "traininglogging.h"

namespace stormcrew::training {
Q_LOGGING_CATEGORY(lcTraining, "stormcrew.training")
}
