#pragma once

#include "outagemodel.h"
#include "trainingset.h"

namespace stormcrew {

// The model contract (DESIGN §5): every directional expectation tested on the training rows
// themselves. Each probe pushes one raw feature up on every row (gust and wind by 10 %, hours of
// damaging gusts by one, canopy by 0.1, leaf-on to full leaf, trimming a year older, wetness by
// 25 mm, dry days by five) and records how the model's prediction moved. A hard check fails
// when any row's prediction falls by more than ContractReport::Tolerance.
class ModelContract {
public:
    [[nodiscard]] static ContractReport check(const OutageModel &model, const TrainingSet &set);
};

} // namespace stormcrew
