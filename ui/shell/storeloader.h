#pragma once

#include "domain/result.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace stormcrew {

class Session;

// Opens the store the session shows. When the store does not exist yet and a preparation is
// given (the demo utility on first run), runs it on a worker thread first while the session
// reports its progress, then opens what it made.
class StoreLoader : public QObject {
    Q_OBJECT

public:
    // Reports progress (0..1) with a message for a person; returns false to cancel.
    using Progress = std::function<bool(double fraction, const QString &message)>;
    // Makes a store at the path; runs on a worker thread.
    using Preparation = std::function<Result<void>(const QString &path, const Progress &progress)>;

    explicit StoreLoader(Session &session, QObject *parent = nullptr);
    ~StoreLoader() override;

    // Opens path into the session: at once when it exists or no preparation is given,
    // otherwise after the preparation has finished (finished() tells when).
    void load(const QString &path, Store::Access access, Preparation prepareIfMissing = {});

    // True from the start of a preparation until its store is open in the session.
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished();

private:
    void open(const QString &path, Store::Access access);

    Session &m_session;
    QFutureWatcher<Result<void>> m_watcher;
    bool m_busy = false;
};

} // namespace stormcrew
