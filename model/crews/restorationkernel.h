#pragma once

#include "crewinputs.h"

#include <limits>
#include <vector>

namespace stormcrew::crews {

// The numeric core of the restoration simulation: one territory, one simulated storm. Pure
// functions over plain arrays, no allocation in the loop (the caller owns the scratch).

inline constexpr double Never = std::numeric_limits<double>::infinity();

// When a crew that starts at `start` has done `work` hours, on the shift clock: shifts of
// workHours from hour 0, then restHours off. Composes: finish(finish(s, a), b) = finish(s, a + b).
[[nodiscard]] double finishAfterWork(double start, double work, const ShiftPattern &shift);

// The jobs of one simulated storm in one territory, in dispatch order.
struct JobList {
    const float *work = nullptr;    // hours on site, travel between jobs included
    const float *release = nullptr; // earliest start (hours); null: all at hour 0
    int count = 0;
};

struct ScheduleSettings {
    ShiftPattern shift;
    double targetShare = 0.95;
    double horizonHours = 336;
};

// What one simulated restoration gives the allocation: all of it is monotone in the crews
// (never worse with more) and in the jobs (never better with more appended).
struct ScheduleSummary {
    double customerHours = 0; // outages x hours out (capped at the horizon); x customers later
    double lastRestored = 0;  // all restored (0 without outages; Never without crews)
    // When the jobs that make up the first targetShare of the dispatch order are all restored:
    // never earlier than the first time targetShare is back (docs/crews.md, "committed ETR").
    double committedTarget = 0;
};

// List scheduling on identical crews: each job in turn goes to the crew free first (ties to the
// lower index) and starts at max(its release, that crew's free time) on the shift clock.
// `freeAt` holds the crews' arrival times on entry and is used as scratch. completions (if not
// null) receives each job's restoration time. With more crews no job is restored later:
// docs/crews.md gives the proof.
ScheduleSummary scheduleJobs(const JobList &jobs, double *freeAt, int crews,
                             const ScheduleSettings &settings, double *completions = nullptr);

// The first time `share` of n equally weighted jobs are restored (the k-th smallest completion,
// k = ceil(share * n)); reorders completions. 0 without jobs.
[[nodiscard]] double timeToShare(double *completions, int n, double share);

// ceil(share * n) with a tolerance for the rounding of share * n (0.95 * 20 is 19, not 19.000..1).
[[nodiscard]] int jobsForShare(double share, int n);

} // namespace stormcrew::crews
