#include "timeparser.h"

#include <QDateTime>

#include <set>

namespace stormcrew {

Result<QTimeZone> TimeParser::zone(const QString &ianaId)
{
    QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return Error{tr("'%1' is not a time zone this system knows; give an IANA name such as "
                        "America/New_York or UTC")
                         .arg(ianaId),
                     {},
                     0,
                     {}};
    return zone;
}

Result<qint64> TimeParser::parse(const QString &text) const
{
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    if (iso.size() == 10)
        iso += QStringLiteral("T00:00:00");
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    if (!parsed.isValid())
        return Error{
            tr("'%1' is not an ISO 8601 time such as 2023-03-03T18:05:00Z").arg(text), {}, 0, {}};
    if (parsed.timeSpec() != Qt::LocalTime)
        return parsed.toSecsSinceEpoch();

    if (!m_zone.isValid())
        return Error{tr("'%1' has no time zone; add Z or an offset, or give --timezone").arg(text),
                     {},
                     0,
                     {}};
    // Try the zone's offsets on either side of the moment: a wall time that none of them gives
    // back fell in a spring-forward gap, one that two give back is ambiguous (autumn).
    const QDateTime wall(parsed.date(), parsed.time(), Qt::UTC);
    const qint64 wallSecs = wall.toSecsSinceEpoch();
    std::set<qint64> matches;
    for (const qint64 probe : {wallSecs - 86400, wallSecs, wallSecs + 86400}) {
        const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, Qt::UTC));
        const qint64 utc = wallSecs - offset;
        const QDateTime back = QDateTime::fromSecsSinceEpoch(utc, m_zone);
        if (back.date() == parsed.date() && back.time() == parsed.time())
            matches.insert(utc);
    }
    if (matches.empty())
        return Error{tr("'%1' does not exist in %2 (the clocks jumped forward)")
                         .arg(text, QString::fromUtf8(m_zone.id())),
                     {},
                     0,
                     {}};
    if (matches.size() > 1)
        return Error{tr("'%1' happens twice in %2 (the clocks went back); add an offset")
                         .arg(text, QString::fromUtf8(m_zone.id())),
                     {},
                     0,
                     {}};
    return *matches.begin();
}

} // namespace stormcrew
