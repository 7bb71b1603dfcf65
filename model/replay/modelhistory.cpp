#include "modelhistory.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace stormcrew::replay {

ModelHistory::ModelHistory(Store &store) : m_store(store)
{}

Result<std::vector<Activation>> ModelHistory::activations() const
{
    auto stmt = sqlite::prepare(m_store.handle(),
                                QStringLiteral("SELECT at_utc, detail FROM audit_log WHERE action "
                                               "= 'model.activate' ORDER BY id"));
    if (!stmt)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    // "model 3 (outages v3) active; retired 2"
    static const QRegularExpression detail(QStringLiteral("^model (\\d+) "));
    std::vector<Activation> list;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        const QDateTime at =
            QDateTime::fromString(sqlite::columnText(stmt.get(), 0), Qt::ISODateWithMs);
        const auto match = detail.match(sqlite::columnText(stmt.get(), 1));
        if (!at.isValid() || !match.hasMatch())
            continue; // not written by the registry: not an activation we can place
        list.push_back({at.toSecsSinceEpoch(), match.captured(1).toLongLong()});
    }
    if (rc != SQLITE_DONE)
        return Error{sqlite::lastError(m_store.handle()), m_store.path(), 0, {}};
    std::stable_sort(list.begin(), list.end(),
                     [](const Activation &a, const Activation &b) { return a.time < b.time; });
    return list;
}

Result<std::optional<qint64>> ModelHistory::activeAt(qint64 time) const
{
    auto list = activations();
    if (!list)
        return list.error();
    std::optional<qint64> active;
    for (const Activation &a : list.value()) {
        if (a.time > time)
            break;
        active = a.modelId;
    }
    return active;
}

} // namespace stormcrew::replay
