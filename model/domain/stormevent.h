#pragma once

#include <QDate>

namespace stormcrew {

// Outage incidents that started on one day (in the utility's time zone).
struct DailyIncidents {
    QDate day;
    qint64 incidents = 0;
    qint64 customers = 0;
};

// A run of storm days found in the incident history: days whose incident count stands far
// above the usual.
struct StormEvent {
    QDate firstDay;
    QDate lastDay;
    QDate peakDay;
    qint64 incidents = 0;     // over all the event's days
    qint64 customers = 0;     // customers of those incidents, where known
    qint64 peakIncidents = 0; // on the peak day
    double peakScore = 0;     // robust z-score of the peak day
    double baseline = 0;      // the usual daily count before the peak (rolling median)

    // "auto-2023-03-03": the code a detected storm is stored under.
    [[nodiscard]] QString code() const
    {
        return QStringLiteral("auto-") + firstDay.toString(Qt::ISODate);
    }
};

} // namespace stormcrew
