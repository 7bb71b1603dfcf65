#include "incidentrepository.h"

#include "sqlite.h"
#include "store.h"

#include <QDateTime>

#include <limits>

namespace stormcrew {

IncidentRepository::IncidentRepository(const Store &store) : m_store(store)
{}

Result<std::vector<DailyIncidents>> IncidentRepository::dailyCounts(const QTimeZone &zone) const
{
    auto stmt = sqlite::prepare(
        m_store.handle(),
        QStringLiteral("SELECT start_time, customers FROM incident ORDER BY start_time"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    std::vector<DailyIncidents> days;
    // Rows come in time order: the day's bounds are worked out once per day, not per row.
    qint64 dayEnd = std::numeric_limits<qint64>::min();
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        const qint64 start = sqlite3_column_int64(stmt.get(), 0);
        if (days.empty() || start >= dayEnd) {
            const QDate day = QDateTime::fromSecsSinceEpoch(start, zone).date();
            dayEnd = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
            days.push_back({day, 0, 0});
        }
        ++days.back().incidents;
        days.back().customers += sqlite3_column_int64(stmt.get(), 1);
    }
    if (rc != SQLITE_DONE)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    return days;
}

} // namespace stormcrew
