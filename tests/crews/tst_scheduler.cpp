// The planner's list scheduler (scheduleOnWorkClock) against the plainest scheduler there is:
// each job in turn to the crew free first, found by looking at every crew. The planner's
// version scans up to 8 crews without branches and keeps a heap beyond, and with crews that
// start together hands the first jobs out directly; all of it must give the same times to the
// last bit.
#include "crews/restorationkernel.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

using namespace stormcrew;
using namespace stormcrew::crews;

namespace {

struct Plain {
    std::vector<double> completions;
    ScheduleSummary summary;
};

// List scheduling by a scan of every crew (ties to the lower index), on the work clock; the
// summary added up in job order, as the kernel does.
Plain plainSchedule(const std::vector<float> &work, std::vector<double> freeAt,
                    const WorkClock &clock, double horizonHours, int committedJobs)
{
    Plain plain;
    double runningMax = 0;
    for (size_t j = 0; j < work.size(); ++j) {
        const auto first = std::min_element(freeAt.begin(), freeAt.end());
        const double done = *first + double(work[j]);
        *first = done;
        const double at = clock.hours(done);
        plain.completions.push_back(at);
        plain.summary.customerHours += std::min(at, horizonHours);
        runningMax = std::max(runningMax, at);
        if (int(j) + 1 == committedJobs)
            plain.summary.committedTarget = runningMax;
    }
    plain.summary.lastRestored = runningMax;
    return plain;
}

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listSchedulingMatchesAPlainScan_data()
    {
        QTest::addColumn<int>("crews");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("sameStart");
        QTest::addColumn<double>("rest");
        QTest::newRow("1 crew") << 1 << 30 << true << 8.0;
        QTest::newRow("2 crews, staggered") << 2 << 40 << false << 8.0;
        QTest::newRow("8 crews, together (the last scanned)") << 8 << 120 << true << 8.0;
        QTest::newRow("9 crews, together (the first in a heap)") << 9 << 120 << true << 8.0;
        QTest::newRow("9 crews, staggered") << 9 << 120 << false << 8.0;
        QTest::newRow("17 crews, staggered, no rest") << 17 << 300 << false << 0.0;
        QTest::newRow("40 crews, together") << 40 << 400 << true << 8.0;
        QTest::newRow("64 crews, staggered") << 64 << 500 << false << 8.0;
        QTest::newRow("50 crews, 30 jobs") << 50 << 30 << true << 8.0;
    }
    void listSchedulingMatchesAPlainScan()
    {
        QFETCH(int, crews);
        QFETCH(int, jobs);
        QFETCH(bool, sameStart);
        QFETCH(double, rest);
        const WorkClock clock(ShiftPattern{16, rest});
        constexpr double Horizon = 336;
        std::mt19937_64 random(quint64(crews * 1000 + jobs));
        std::lognormal_distribution<double> repair(std::log(2.5), 0.9);
        std::uniform_int_distribution<int> hour(0, 30);
        for (int storm = 0; storm < 20; ++storm) {
            std::vector<float> work;
            for (int j = 0; j < jobs; ++j) {
                // Whole and half hours now and then, so that crews come free at the same time.
                const double hours = j % 3 == 0 ? 0.5 * (1 + j % 4) : repair(random);
                work.push_back(float(hours));
            }
            std::vector<double> starts;
            for (int c = 0; c < crews; ++c)
                starts.push_back(clock.work(sameStart ? 2.0 : double(hour(random))));
            std::sort(starts.begin(), starts.end());
            const int committed = jobsForShare(0.95, jobs);
            const Plain expected = plainSchedule(work, starts, clock, Horizon, committed);

            std::vector<double> freeAt = starts;
            std::vector<double> completions(size_t(jobs), -1);
            const JobList list{work.data(), nullptr, jobs, committed};
            const ScheduleSummary summary =
                scheduleOnWorkClock(list, freeAt.data(), crews, starts.front() == starts.back(),
                                    clock, Horizon, completions.data());
            // Exact, to the last bit (QCOMPARE on a double is fuzzy; on vectors it is not).
            QCOMPARE(completions, expected.completions);
            QVERIFY(summary.customerHours == expected.summary.customerHours);
            QVERIFY(summary.lastRestored == expected.summary.lastRestored);
            QVERIFY(summary.committedTarget == expected.summary.committedTarget);
        }
    }
};

QTEST_APPLESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
