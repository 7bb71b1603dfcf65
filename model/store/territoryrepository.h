#pragma once

#include "domain/result.h"
#include "domain/territory.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

class Store;

// Reads territories from the store for importers, features and the map.
class TerritoryRepository {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TerritoryRepository)

public:
    explicit TerritoryRepository(const Store &store);

    // Every territory with its outline, ordered by code.
    [[nodiscard]] Result<std::vector<TerritoryShape>> shapes() const;

private:
    const Store &m_store;
};

} // namespace stormcrew
