#include "dailyrules.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stormcrew {

double antecedentPrecip(std::span<const double> precipBefore, int days, bool *filled)
{
    if (filled)
        *filled = false;
    const std::size_t n = std::min(precipBefore.size(), std::size_t(days));
    double sum = 0;
    int covered = 0;
    for (std::size_t k = n; k-- > 0;) { // oldest first, as the store's rows come
        if (!std::isnan(precipBefore[k])) {
            sum += precipBefore[k];
            ++covered;
        }
    }
    const int missing = days - covered;
    if (missing == 0)
        return sum;
    if (covered == 0 || missing * AntecedentMissingDivisor > days)
        return std::numeric_limits<double>::quiet_NaN();
    if (filled)
        *filled = true;
    return sum * double(days) / double(covered);
}

DaysSinceRain daysSinceRain(std::span<const double> precipBefore)
{
    const std::size_t n = std::min(precipBefore.size(), std::size_t(DaysSinceRainCap));
    for (std::size_t k = 0; k < n; ++k) {
        if (std::isnan(precipBefore[k])) {
            if (k == 0)
                return {std::numeric_limits<double>::quiet_NaN(), false};
            return {double(k), true};
        }
        if (precipBefore[k] >= SignificantRainMm)
            return {double(k + 1), false};
    }
    return {double(DaysSinceRainCap), n < std::size_t(DaysSinceRainCap)};
}

} // namespace stormcrew
