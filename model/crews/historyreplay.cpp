#include "historyreplay.h"

#include "randomstream.h"
#include "restorationkernel.h"

#include "ingest/csvsource.h"
#include "stats/stormdetector.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <set>

namespace stormcrew::crews {

namespace {

// The share of incidents cleared by each whole hour 0..hours.
std::vector<double> clearedByHour(const std::vector<double> &cleared, int hours)
{
    std::vector<double> counts(size_t(hours) + 1, 0.0);
    for (const double t : cleared) {
        if (t <= hours)
            counts[size_t(std::max(0.0, std::ceil(t)))] += 1;
    }
    double sum = 0;
    for (double &c : counts) {
        sum += c;
        c = cleared.empty() ? 1.0 : sum / double(cleared.size());
    }
    return counts;
}

double firstHourReaching(const std::vector<double> &curve, double share)
{
    for (size_t h = 0; h < curve.size(); ++h) {
        if (curve[h] >= share)
            return double(h);
    }
    return Never;
}

} // namespace

Result<IncidentLog> HistoryReplay::read(const QString &file, const QTimeZone &zone)
{
    auto opened = openCsv(file);
    if (!opened)
        return opened.error();
    CsvSource &source = *opened.value();
    const int first = source.column("first_seen_utc");
    const int last = source.column("last_seen_utc");
    if (first < 0 || last < 0)
        return Error{tr("needs the columns first_seen_utc and last_seen_utc"), file, 1, {}};
    IncidentLog log;
    struct Row {
        QDate day;
        double firstSeen;
        double lastSeen;
    };
    std::vector<Row> rows;
    std::map<QDate, qint64> counts;
    CsvRecord record;
    for (;;) {
        auto more = source.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        ++log.rows;
        const QDateTime firstSeen =
            QDateTime::fromString(QString::fromLatin1(record.field(first)), Qt::ISODate);
        const QDateTime lastSeen =
            QDateTime::fromString(QString::fromLatin1(record.field(last)), Qt::ISODate);
        if (!firstSeen.isValid() || !lastSeen.isValid() || lastSeen < firstSeen)
            continue;
        const QDateTime local = firstSeen.toTimeZone(zone);
        const QDate day = local.date();
        const qint64 midnight = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
        rows.push_back({day, double(firstSeen.toSecsSinceEpoch() - midnight) / 3600.0,
                        double(lastSeen.toSecsSinceEpoch() - midnight) / 3600.0});
        ++counts[day];
    }
    // Storm days by the same detector `storms detect` uses.
    std::vector<DailyIncidents> daily;
    for (const auto &[day, n] : counts)
        daily.push_back({day, n, 0});
    std::set<QDate> storm;
    for (const StormEvent &event : StormDetector().detect(daily)) {
        for (QDate d = event.firstDay; d <= event.lastDay; d = d.addDays(1))
            storm.insert(d);
    }
    log.stormDays.assign(storm.begin(), storm.end());
    for (const Row &row : rows) {
        log.days[row.day].push_back({row.firstSeen, row.lastSeen});
        // Ordinary days, and not the day after a storm (its restorations run on).
        if (!storm.count(row.day) && !storm.count(row.day.addDays(-1))) {
            const double hours = row.lastSeen - row.firstSeen;
            log.quietDurations.push_back({hours, hours + 2 * SnapshotHours});
        }
    }
    for (auto &[day, incidents] : log.days)
        std::stable_sort(incidents.begin(), incidents.end(),
                         [](const ReplayIncident &a, const ReplayIncident &b) {
                             return a.firstSeen < b.firstSeen;
                         });
    return log;
}

ReplayResult HistoryReplay::replay(const std::vector<ReplayIncident> &incidents, int crews,
                                   const RepairTime &repair, const ShiftPattern &shift,
                                   int simulations, quint64 seed, int hours)
{
    ReplayResult result;
    result.crews = crews;
    result.incidents = int(incidents.size());
    // Restored halfway between the last sighting and the next snapshot.
    std::vector<double> cleared;
    for (const ReplayIncident &i : incidents)
        cleared.push_back(i.lastSeen + SnapshotHours / 2);
    result.actual = clearedByHour(cleared, hours);

    // Hour 0 of the shift clock: the storm's onset, when 5 % of the day's incidents have
    // appeared (the first ones are often the night's ordinary outages).
    const double start = incidents.empty() ? 0.0 : incidents[incidents.size() / 20].firstSeen;
    std::vector<float> release;
    for (const ReplayIncident &i : incidents)
        release.push_back(float(i.firstSeen - start));
    const LognormalTable table(repair.medianHours, repair.sigma, repair.capHours);
    const ScheduleSettings settings{shift, 1.0, 1e6};
    std::vector<float> work(incidents.size());
    std::vector<double> freeAt(size_t(std::max(1, crews)));
    std::vector<double> done(incidents.size());
    std::vector<std::vector<double>> curves;
    for (int s = 0; s < simulations; ++s) {
        RandomStream random(seed, quint64(incidents.size()), quint64(s));
        for (float &w : work)
            w = float(table.sample(random.uniform()));
        std::fill(freeAt.begin(), freeAt.end(), 0.0);
        const JobList jobs{work.data(), release.data(), int(work.size())};
        (void)scheduleJobs(jobs, freeAt.data(), crews, settings, done.data());
        for (double &d : done)
            d += start;
        curves.push_back(clearedByHour(done, hours));
    }
    std::vector<double> column(static_cast<size_t>(simulations));
    int covered = 0;
    for (int h = 0; h <= hours; ++h) {
        for (int s = 0; s < simulations; ++s)
            column[size_t(s)] = curves[size_t(s)][size_t(h)];
        std::sort(column.begin(), column.end());
        auto at = [&](double p) {
            return column[size_t(
                std::clamp(int(std::ceil(p * simulations)) - 1, 0, simulations - 1))];
        };
        result.p10.push_back(at(0.1));
        result.p50.push_back(at(0.5));
        result.p90.push_back(at(0.9));
        const double actual = result.actual[size_t(h)];
        result.maxGap = std::max(result.maxGap, std::fabs(actual - result.p50.back()));
        covered += actual >= result.p10.back() - 1e-12 && actual <= result.p90.back() + 1e-12;
    }
    result.coverage = double(covered) / (hours + 1);
    result.actualHalf = firstHourReaching(result.actual, 0.5);
    result.simulatedHalf = firstHourReaching(result.p50, 0.5);
    result.actualNinety = firstHourReaching(result.actual, 0.9);
    result.simulatedNinety = firstHourReaching(result.p50, 0.9);
    return result;
}

} // namespace stormcrew::crews
