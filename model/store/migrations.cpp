#include "migrations.h"

namespace stormcrew {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, QStringLiteral("settings and audit log"),
         QStringLiteral(":/stormcrew/schema/v001_initial.sql")},
        {2, QStringLiteral("territories, assets, crews, storms, weather, incidents, models, plans"),
         QStringLiteral(":/stormcrew/schema/v002_operations.sql")},
        {3, QStringLiteral("vegetation greenness by date, forecast grids"),
         QStringLiteral(":/stormcrew/schema/v003_grids_and_greenness.sql")},
        {4, QStringLiteral("tropical-cyclone tracks: best tracks and forecast advisories"),
         QStringLiteral(":/stormcrew/schema/v004_tracks.sql")},
    };
    return all;
}

} // namespace stormcrew
