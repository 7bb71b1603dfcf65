// Against real history: the storm days of the LG&E/KU outage log (../shared/data) replayed
// with the crew simulation and compared with how their incidents actually cleared. Prints the
// figures docs/crews.md reports.
#include "crews/historyreplay.h"
#include "crews/repairtimes.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::crews;

namespace {

const QString kLog = QStringLiteral(SHARED_DATA_DIR "/outages/ky_lgeku_incidents_2019_2023.csv.gz");

struct StormDay {
    QDate day;
    const char *kind;
};

// The large storm days the data's README names, with the storm kinds they were.
const StormDay kStormDays[] = {{QDate(2021, 2, 11), "ice"},
                               {QDate(2021, 12, 11), "thunderstorm"},
                               {QDate(2022, 6, 17), "thunderstorm"},
                               {QDate(2023, 3, 3), "winter_wind"}};

QString hours(double h)
{
    return std::isfinite(h) ? QString::number(h, 'f', 0) : QStringLiteral(">96");
}

} // namespace

class TestHistoryReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One crew, a fixed 2-hour repair, incidents appearing every hour: the first is cleared
    // at 2, the second waits for it (4), the third starts at 4 (6): 2k hours for the k-th.
    void aKnownCaseClearsAsComputed()
    {
        std::vector<ReplayIncident> incidents;
        for (int i = 0; i < 5; ++i)
            incidents.push_back({double(i), double(i)});
        const ReplayResult result =
            HistoryReplay::replay(incidents, 1, {2.0, 0.0, 48}, {24, 0}, 5, 1, 12);
        QCOMPARE(result.p50[2], 0.2);
        QCOMPARE(result.p50[4], 0.4);
        QCOMPARE(result.p50[10], 1.0);
        QCOMPARE(result.p10, result.p90);
    }

    void kentuckyStormDays()
    {
        if (!QFile::exists(kLog))
            QSKIP("the shared data folder is not beside the checkout");
        const QTimeZone kentucky("America/Kentucky/Louisville");
        auto log = HistoryReplay::read(kLog, kentucky);
        QVERIFY2(log, qPrintable(log.ok() ? QString() : log.error().toString()));
        QCOMPARE(log.value().rows, 167363);
        for (const StormDay &storm : kStormDays)
            QVERIFY2(
                std::count(log.value().stormDays.begin(), log.value().stormDays.end(), storm.day),
                qPrintable(storm.day.toString(Qt::ISODate)));
        const RepairTime quiet = RepairTimes::estimate(log.value().quietDurations);
        qInfo("%zu storm days detected; repair-time law from %zu incidents on ordinary days: "
              "median %.3f h, sigma %.3f",
              log.value().stormDays.size(), log.value().quietDurations.size(), quiet.medianHours,
              quiet.sigma);
        // The committed base law is this estimate, rounded.
        QVERIFY(std::fabs(quiet.medianHours - RepairTimes::BaseMedianHours) < 0.005);
        QVERIFY(std::fabs(quiet.sigma - RepairTimes::BaseSigma) < 0.005);

        for (const ShiftPattern shift : {ShiftPattern{16, 8}, ShiftPattern{24, 0}})
            for (const StormDay &storm : kStormDays) {
                const auto &incidents = log.value().days.at(storm.day);
                RepairTime repair = quiet;
                repair.medianHours *= RepairTimes::stormFactor(QString::fromLatin1(storm.kind));
                ReplayResult best;
                best.maxGap = 2;
                double fewest = -1; // the fit with the fewest crews
                for (const int crews : {25, 50, 100, 150, 200, 300, 400, 600}) {
                    const ReplayResult r =
                        HistoryReplay::replay(incidents, crews, repair, shift, 200, 7);
                    qInfo(
                        "%s %-12s %5d incidents  %3d crews: max gap %.3f, within P10-P90 %3.0f %% "
                        "of hours, half cleared %s h (simulated %s), 90 %% %s h (simulated %s)",
                        qPrintable(storm.day.toString(Qt::ISODate)), storm.kind, r.incidents, crews,
                        r.maxGap, 100 * r.coverage, qPrintable(hours(r.actualHalf)),
                        qPrintable(hours(r.simulatedHalf)), qPrintable(hours(r.actualNinety)),
                        qPrintable(hours(r.simulatedNinety)));
                    if (r.maxGap < best.maxGap)
                        best = r;
                    if (fewest < 0)
                        fewest = r.maxGap;
                }
                qInfo("%s actual share cleared at 12/24/48/72/96 h: %.2f %.2f %.2f %.2f %.2f; "
                      "best fit's P50: %.2f %.2f %.2f %.2f %.2f",
                      qPrintable(storm.day.toString(Qt::ISODate)), best.actual[12], best.actual[24],
                      best.actual[48], best.actual[72], best.actual[96], best.p50[12], best.p50[24],
                      best.p50[48], best.p50[72], best.p50[96]);
                qInfo("%s best fit: %d crews, max gap %.3f (shifts %g/%g)",
                      qPrintable(storm.day.toString(Qt::ISODate)), best.crews, best.maxGap,
                      shift.workHours, shift.restHours);
                // The replay responds to crews as it should: a crew count between the extremes fits
                // better than far too few. docs/crews.md discusses how well.
                QVERIFY(best.maxGap < fewest);
            }
    }
};

QTEST_GUILESS_MAIN(TestHistoryReplay)
#include "tst_historyreplay.moc"
