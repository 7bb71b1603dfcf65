#pragma once

#include "domain/result.h"
#include "domain/stormevent.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <vector>

namespace stormcrew {

class Store;

// Writes storms and links the incidents that started during them.
class StormRepository {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::StormRepository)

public:
    explicit StormRepository(Store &store);

    // Stores detected events as storms of kind 'other' (code auto-YYYY-MM-DD, updated when
    // detected again), from the first day's midnight to the midnight after the last day in the
    // zone, and links their incidents; one transaction, audited. Returns incidents linked.
    [[nodiscard]] Result<qint64> saveDetected(const std::vector<StormEvent> &events,
                                              const QTimeZone &zone);

    // Links incidents that started in [start, end) and belong to no other storm to the storm;
    // runs inside the caller's transaction. Returns how many it linked.
    [[nodiscard]] Result<qint64> linkIncidents(qint64 stormId, qint64 start, qint64 end);

private:
    Store &m_store;
};

} // namespace stormcrew
