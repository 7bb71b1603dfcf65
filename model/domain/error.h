#pragma once

#include <QString>

namespace stormcrew {

// A problem a user can cause and act on: what is wrong, where (file, line, field), what to do.
struct Error {
    QString message;
    QString file;
    qint64 line = 0;
    QString field;

    // "weather.csv line 812, field gust_ms: 'n/a' is not a number"
    [[nodiscard]] QString toString() const;
};

} // namespace stormcrew
