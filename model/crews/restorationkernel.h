#pragma once

#include "crewinputs.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace stormcrew::crews {

// The numeric core of the restoration simulation: one territory, one simulated storm. Pure
// functions over plain arrays, no allocation in the loop (the caller owns the scratch).

inline constexpr double Never = std::numeric_limits<double>::infinity();

// When a crew that starts at `start` has done `work` hours, on the shift clock: shifts of
// workHours from hour 0, then restHours off. Composes: finish(finish(s, a), b) = finish(s, a + b).
[[nodiscard]] double finishAfterWork(double start, double work, const ShiftPattern &shift);

// The same, inlined for the scheduler's inner loop: the common case (the job fits in the shift
// it starts in) costs a multiplication and a floor.
class ShiftClock {
public:
    explicit ShiftClock(const ShiftPattern &shift)
        : m_shift(shift)
        , m_period(shift.workHours + shift.restHours)
        , m_inverse(1.0 / (shift.workHours + shift.restHours))
    {}

    [[nodiscard]] double finish(double start, double work) const
    {
        if (m_shift.restHours <= 0 || start == Never)
            return start + work;
        if (start < 0)
            return finishAfterWork(start, work, m_shift);
        // start >= 0: truncation is the floor, and much cheaper than std::floor on x86-64
        // without SSE 4.1.
        double day = double(qint64(start * m_inverse));
        // 1 / period is inexact: put shift boundaries on the right side.
        if (day * m_period > start)
            day -= 1;
        else if ((day + 1) * m_period <= start)
            day += 1;
        const double inShift = start - day * m_period;
        if (inShift < m_shift.workHours && work <= m_shift.workHours - inShift)
            return start + work;
        return finishAfterWork(start, work, m_shift);
    }

private:
    ShiftPattern m_shift;
    double m_period;
    double m_inverse;
};

// The shift clock counted in work: w(t) is the shift work hours done by clock time t (a time in
// a rest counts as the start of the next shift). A crew's free time on this clock only ever
// grows by the work it does, so list scheduling on it is additions; hours() turns it back into
// hours after the all-clear. hours(work(s) + a) = finishAfterWork(s, a) for a > 0.
class WorkClock {
public:
    explicit WorkClock(const ShiftPattern &shift)
        : m_work(shift.workHours)
        , m_rest(shift.restHours)
        , m_period(shift.workHours + shift.restHours)
        , m_inverse(1.0 / shift.workHours)
    {}

    [[nodiscard]] double work(double t) const
    {
        if (m_rest <= 0 || t == Never)
            return t;
        const double day = std::floor(t / m_period);
        const double inShift = t - day * m_period;
        return day * m_work + std::min(inShift, m_work);
    }
    // x + rest * (ceil(x / work) - 1): the end of the shift for a whole number of shifts.
    [[nodiscard]] double hours(double x) const
    {
        if (m_rest <= 0 || x <= m_work || x == Never)
            return x;                             // no rest, or still in the first shift
        double k = double(qint64(x * m_inverse)); // x > 0: truncation is the floor
        // ceil, exactly: 1 / work is inexact, so check the neighbours by multiplication.
        while (k * m_work < x)
            k += 1;
        while (k > 1 && (k - 1) * m_work >= x)
            k -= 1;
        return x + m_rest * (k - 1);
    }
    [[nodiscard]] double workHours() const { return m_work; }
    [[nodiscard]] double restHours() const { return m_rest; }

    // When a crew free at work-clock x can start something else: x + rest * floor(x / work),
    // so a crew that ends exactly at a shift's end rests first. Non-decreasing in x.
    [[nodiscard]] double ready(double x) const
    {
        if (m_rest <= 0 || x < m_work || x == Never)
            return x;
        double k = double(qint64(x * m_inverse)); // x > 0: truncation is the floor
        while (k * m_work > x)
            k -= 1;
        while ((k + 1) * m_work <= x)
            k += 1;
        return x + m_rest * k;
    }

private:
    double m_work;
    double m_rest;
    double m_period;
    double m_inverse;
};

// The jobs of one simulated storm in one territory, in dispatch order.
struct JobList {
    const float *work = nullptr;    // hours on site, travel between jobs included
    const float *release = nullptr; // earliest start (hours); null: all at hour 0
    int count = 0;
    int committedJobs = -1; // jobsForShare(targetShare, count), if the caller has it at hand
};

struct ScheduleSettings {
    ShiftPattern shift;
    double targetShare = 0.95;
    double horizonHours = 336;
    ShiftClock clock{shift}; // from shift: keep settings made once, outside loops
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

// The planner's scheduler: list scheduling as scheduleJobs, all jobs released at hour 0, on the
// work clock. freeAt holds the crews' start times on the work clock, sorted (crews >= 1, at
// most count of them matter); on return it holds their free times. sameStart: all of them
// start together, so the first min(crews, count) jobs each get a crew of their own. Customer-
// hours, the last restoration and the committed ETR come back in clock hours, completions (if
// not null) too.
ScheduleSummary scheduleOnWorkClock(const JobList &jobs, double *freeAt, int crews, bool sameStart,
                                    const WorkClock &clock, double horizonHours,
                                    double *completions = nullptr);

// The first time `share` of n equally weighted jobs are restored (the k-th smallest completion,
// k = ceil(share * n)); reorders completions. 0 without jobs.
[[nodiscard]] double timeToShare(double *completions, int n, double share);
// The k-th smallest of n completions (1 <= k <= n); reorders them.
[[nodiscard]] inline double timeToShareOf(double *completions, int n, int k)
{
    std::nth_element(completions, completions + (k - 1), completions + n);
    return completions[k - 1];
}

// ceil(share * n) with a tolerance for the rounding of share * n (0.95 * 20 is 19, not 19.000..1).
[[nodiscard]] int jobsForShare(double share, int n);

// scheduleOnWorkClock with a single crew, inlined for the planner's commonest case (a territory
// with one crew): the jobs one after another from freeAt (the start on entry, the crew's free
// time on return), the same additions in the same order, so the same numbers to the last bit.
[[nodiscard]] inline ScheduleSummary scheduleOneCrew(const JobList &jobs, double &freeAt,
                                                     const WorkClock &clock, double horizonHours,
                                                     double *completions = nullptr)
{
    ScheduleSummary summary;
    const int n = jobs.count;
    if (n == 0)
        return summary;
    const int committedJobs = jobs.committedJobs >= 0 ? jobs.committedJobs : jobsForShare(0.95, n);
    double done = freeAt;
    double hours = 0;
    // One crew finishes its jobs in order: the running maximum of the completions is the last
    // one (max(0, done) as scheduleOnWorkClock keeps it), and its clock hours are the last job's.
    double committedDone = 0;
    double committedAt = 0;
    double at = 0;
    if (clock.restHours() > 0 && freeAt < Never) {
        // done only grows, so the shift it ends in (k: the smallest k >= 1 with k * work >= done)
        // only moves forward: hours(done) = done + rest * (k - 1), k found as hours() finds it.
        double k = 1;
        double shiftEnd = clock.workHours();
        double rested = 0;
        for (int j = 0; j < n; ++j) {
            done += double(jobs.work[j]);
            while (shiftEnd < done) {
                k += 1;
                shiftEnd = k * clock.workHours();
                rested = clock.restHours() * (k - 1);
            }
            at = done + rested;
            hours += std::min(at, horizonHours);
            if (completions)
                completions[j] = at;
            if (j + 1 == committedJobs) {
                committedDone = done;
                committedAt = at;
            }
        }
    } else {
        for (int j = 0; j < n; ++j) {
            done += double(jobs.work[j]);
            at = clock.hours(done);
            hours += std::min(at, horizonHours);
            if (completions)
                completions[j] = at;
            if (j + 1 == committedJobs) {
                committedDone = done;
                committedAt = at;
            }
        }
    }
    freeAt = done;
    summary.customerHours = hours;
    summary.lastRestored = done >= 0 ? at : clock.hours(0.0);
    summary.committedTarget = committedDone >= 0 ? committedAt : clock.hours(0.0);
    return summary;
}

} // namespace stormcrew::crews
