#include "stormdetector.h"

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

// The MAD of a normal sample is 0.6745 sigma: scaling by 1.4826 makes it comparable to sigma.
constexpr double kMadToSigma = 1.4826;

} // namespace

StormDetector::Baseline StormDetector::baseline(const std::vector<DailyIncidents> &days,
                                                std::size_t i) const
{
    const std::size_t from = i > std::size_t(m_settings.window) ? i - m_settings.window : 0;
    if (i - from < std::size_t(m_settings.minHistory))
        return {};
    std::vector<double> history;
    history.reserve(i - from);
    for (std::size_t j = from; j < i; ++j)
        history.push_back(double(days[j].incidents));
    const double centre = median(history);
    for (double &value : history)
        value = std::fabs(value - centre);
    return {true, centre, std::max({kMadToSigma * median(history), std::sqrt(centre), 1.0})};
}

std::vector<double> StormDetector::scores(const std::vector<DailyIncidents> &days) const
{
    std::vector<double> result(days.size(), 0.0);
    for (std::size_t i = 0; i < days.size(); ++i) {
        const Baseline usual = baseline(days, i);
        if (usual.known)
            result[i] = (double(days[i].incidents) - usual.median) / usual.spread;
    }
    return result;
}

std::vector<StormEvent> StormDetector::detect(const std::vector<DailyIncidents> &days) const
{
    std::vector<StormEvent> events;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const Baseline usual = baseline(days, i);
        if (!usual.known)
            continue;
        const double count = double(days[i].incidents);
        const double z = (count - usual.median) / usual.spread;
        if (z < m_settings.threshold || count < m_settings.minRatio * usual.median)
            continue;
        // Storm days merge when nothing but days without data lies between them.
        const bool extends = !events.empty() && i > 0 && days[i - 1].day == events.back().lastDay &&
                             events.back().lastDay.daysTo(days[i].day) <= m_settings.maxGapDays + 1;
        if (!extends) {
            StormEvent event;
            event.firstDay = days[i].day;
            events.push_back(event);
        }
        StormEvent &event = events.back();
        event.lastDay = days[i].day;
        event.incidents += days[i].incidents;
        event.customers += days[i].customers;
        if (days[i].incidents > event.peakIncidents) {
            event.peakIncidents = days[i].incidents;
            event.peakDay = days[i].day;
            event.peakScore = z;
            event.baseline = usual.median;
        }
    }
    return events;
}

} // namespace stormcrew
