#include "migrations.h"

namespace stormcrew {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, QStringLiteral("settings and audit log"),
         QStringLiteral(":/stormcrew/schema/v001_initial.sql")},
        {2, QStringLiteral("territories, assets, crews, storms, weather, incidents, models, plans"),
         QStringLiteral(":/stormcrew/schema/v002_operations.sql")},
    };
    return all;
}

} // namespace stormcrew
