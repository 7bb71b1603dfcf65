#include "restorationkernel.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace stormcrew::crews {

double finishAfterWork(double start, double work, const ShiftPattern &shift)
{
    if (shift.restHours <= 0 || start == Never)
        return start + work;
    const double period = shift.workHours + shift.restHours;
    double day = std::floor(start / period);
    double inShift = start - day * period;
    if (inShift >= shift.workHours) { // resting: the job waits for the next shift
        day += 1;
        inShift = 0;
    }
    const double left = shift.workHours - inShift;
    if (work <= left)
        return day * period + inShift + work;
    const double rest = work - left;
    const double moreShifts = std::ceil(rest / shift.workHours) - 1; // whole shifts in between
    return (day + 1 + moreShifts) * period + (rest - moreShifts * shift.workHours);
}

int jobsForShare(double share, int n)
{
    if (n <= 0)
        return 0;
    const double exact = share * n;
    const double rounded = std::round(exact);
    const int k = std::fabs(exact - rounded) < 1e-9 * std::max(1.0, exact) ? int(rounded)
                                                                           : int(std::ceil(exact));
    return std::clamp(k, 1, n);
}

ScheduleSummary scheduleJobs(const JobList &jobs, double *freeAt, int crews,
                             const ScheduleSettings &settings, double *completions)
{
    ScheduleSummary summary;
    if (jobs.count == 0)
        return summary;
    const double horizon = settings.horizonHours;
    if (crews <= 0) {
        for (int j = 0; j < jobs.count; ++j)
            summary.customerHours +=
                std::max(0.0, horizon - (jobs.release ? double(jobs.release[j]) : 0.0));
        summary.lastRestored = Never;
        summary.committedTarget = Never;
        if (completions)
            std::fill(completions, completions + jobs.count, Never);
        return summary;
    }
    const int committedJobs = jobs.committedJobs >= 0
                                  ? jobs.committedJobs
                                  : jobsForShare(settings.targetShare, jobs.count);
    double runningMax = 0;
    // Small crews: a linear scan beats a heap; otherwise a min-heap of free times.
    const bool useHeap = crews > 8;
    const ShiftClock &clock = settings.clock;
    if (useHeap)
        std::make_heap(freeAt, freeAt + crews, std::greater<>());
    for (int j = 0; j < jobs.count; ++j) {
        double *slot = nullptr;
        if (useHeap) {
            std::pop_heap(freeAt, freeAt + crews, std::greater<>());
            slot = freeAt + crews - 1;
        } else {
            slot = freeAt;
            for (int c = 1; c < crews; ++c) {
                if (freeAt[c] < *slot)
                    slot = freeAt + c;
            }
        }
        const double ready = jobs.release ? std::max(*slot, double(jobs.release[j])) : *slot;
        const double done = clock.finish(ready, double(jobs.work[j]));
        *slot = done;
        if (useHeap)
            std::push_heap(freeAt, freeAt + crews, std::greater<>());
        if (completions)
            completions[j] = done;
        const double from = jobs.release ? double(jobs.release[j]) : 0.0;
        summary.customerHours += std::max(0.0, std::min(done, horizon) - from);
        summary.lastRestored = std::max(summary.lastRestored, done);
        runningMax = std::max(runningMax, done);
        if (j + 1 == committedJobs)
            summary.committedTarget = runningMax;
    }
    return summary;
}

ScheduleSummary scheduleOnWorkClock(const JobList &jobs, double *freeAt, int crews, bool sameStart,
                                    const WorkClock &clock, double horizonHours,
                                    double *completions)
{
    ScheduleSummary summary;
    const int n = jobs.count;
    if (n == 0)
        return summary;
    Q_ASSERT(crews >= 1);
    const float *work = jobs.work;
    const int committedJobs = jobs.committedJobs >= 0 ? jobs.committedJobs : jobsForShare(0.95, n);
    double hours = 0;
    // hours() is non-decreasing, so the hours of the latest completion are the latest of the
    // completions' hours (and hours(0) is 0): kept in clock hours, no conversion at the end.
    double runningMax = 0;
    double committed = 0;
    auto record = [&](int j, double done) {
        const double at = clock.hours(done);
        hours += std::min(at, horizonHours);
        if (completions)
            completions[j] = at;
        runningMax = std::max(runningMax, at);
        if (j + 1 == committedJobs)
            committed = runningMax;
    };
    int j = 0;
    if (sameStart) {
        // Every crew is free at the same time: job j < crews gets crew j.
        const int first = std::min(crews, n);
        const double start = freeAt[0];
        for (; j < first; ++j) {
            const double done = start + double(work[j]);
            freeAt[j] = done;
            record(j, done);
        }
    }
    if (j < n) {
        if (crews <= 8) {
            // A linear scan for the crew free first beats a heap for a few crews. Without
            // branches: which crew is free first is a coin toss the branch predictor loses.
            for (; j < n; ++j) {
                int slot = 0;
                double earliest = freeAt[0];
                for (int c = 1; c < crews; ++c) {
                    const double free = freeAt[c];
                    const int sooner = free < earliest ? 1 : 0; // ties to the lower index
                    slot += (c - slot) & -sooner;
                    earliest = std::min(earliest, free);
                }
                const double done = earliest + double(work[j]);
                freeAt[slot] = done;
                record(j, done);
            }
        } else {
            // A min-heap of the free times. The crew free first takes the job and goes back in
            // with its new free time: one sift down from the root, half of what a pop and a
            // push do. Crews are identical, so which of two crews free at the same time takes
            // a job changes no time.
            std::make_heap(freeAt, freeAt + crews, std::greater<>());
            for (; j < n; ++j) {
                const double done = freeAt[0] + double(work[j]);
                int hole = 0;
                for (int child = 1; child < crews; child = 2 * hole + 1) {
                    child += child + 1 < crews && freeAt[child + 1] < freeAt[child] ? 1 : 0;
                    if (!(freeAt[child] < done))
                        break;
                    freeAt[hole] = freeAt[child];
                    hole = child;
                }
                freeAt[hole] = done;
                record(j, done);
            }
        }
    }
    summary.customerHours = hours;
    summary.lastRestored = runningMax;
    summary.committedTarget = committed;
    return summary;
}

double timeToShare(double *completions, int n, double share)
{
    if (n <= 0)
        return 0;
    const int k = jobsForShare(share, n);
    std::nth_element(completions, completions + (k - 1), completions + n);
    return completions[k - 1];
}

} // namespace stormcrew::crews
