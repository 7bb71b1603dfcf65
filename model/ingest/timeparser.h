#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace stormcrew {

// Reads ISO 8601 times ("2023-03-03T18:05:00Z", "...+02:00", "2023-03-03 13:05") as Unix
// seconds UTC. A time without zone is read in the configured IANA zone; without one it is
// refused, and so are local times that do not exist or happen twice when clocks change.
class TimeParser {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TimeParser)

public:
    TimeParser() = default;
    explicit TimeParser(QTimeZone zone) : m_zone(std::move(zone)) {}

    // The IANA zone of that name ("America/New_York"), or an Error saying how to name one.
    [[nodiscard]] static Result<QTimeZone> zone(const QString &ianaId);

    // Unix seconds UTC; the Error's message says what is wrong (file, line, field left empty).
    [[nodiscard]] Result<qint64> parse(const QString &text) const;

private:
    QTimeZone m_zone; // invalid: naive times are refused
};

} // namespace stormcrew
