#pragma once

#include <QString>

#include <vector>

namespace stormcrew {

// One forward step of the store's schema: the SQL that takes version-1 to version.
struct Migration {
    int version;
    QString description;
    QString resource; // Qt resource path of the SQL script
};

// Every migration, in ascending version order; the last one's version is the latest schema.
[[nodiscard]] const std::vector<Migration> &migrations();

} // namespace stormcrew
