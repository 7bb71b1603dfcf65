#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <vector>

namespace stormcrew {
class Store;
}

namespace stormcrew::training {

// A group of territories a trainee calls as one: the territories a depot serves.
struct TerritoryGroup {
    QString key;  // the depot's code; "-" for territories without a depot
    QString name; // the depot's name, or "No depot" (translated)
    std::vector<qint64> territories;
};

// Reads the groups of the store: one per depot with territories (territory.depot_id), in the
// depots' order, and one for territories without a depot when there are any. The store has no
// region or district field; depots are what crews are dispatched from, so they are the groups
// a director already thinks in.
class TerritoryGroups {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::training::TerritoryGroups)

public:
    static constexpr const char *NoDepotKey = "-";

    [[nodiscard]] static Result<std::vector<TerritoryGroup>> read(Store &store);
    // Territory id -> group key.
    [[nodiscard]] static std::map<qint64, QString>
    byTerritory(const std::vector<TerritoryGroup> &groups);
};

} // namespace stormcrew::training
