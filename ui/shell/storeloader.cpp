#include "storeloader.h"

#include "session.h"
#include "uilogging.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace stormcrew {

StoreLoader::StoreLoader(Session &session, QObject *parent) : QObject(parent), m_session(session)
{}

StoreLoader::~StoreLoader()
{
    // The preparation cannot be interrupted mid-step; let it finish before the session goes.
    m_watcher.waitForFinished();
}

void StoreLoader::load(const QString &path, Store::Access access, Preparation prepareIfMissing)
{
    if (!prepareIfMissing || QFileInfo::exists(path) || access == Store::Access::ReadOnly) {
        open(path, access);
        Q_EMIT finished();
        return;
    }
    m_busy = true;
    m_session.setPreparing(true, 0, {});
    QPointer<Session> session(&m_session);
    const Progress progress = [session](double fraction, const QString &message) {
        QMetaObject::invokeMethod(
            session.data(),
            [session, fraction, message] {
                if (session)
                    session->setPreparing(true, fraction, message);
            },
            Qt::QueuedConnection);
        return true;
    };
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, [this, path, access] {
        const Result<void> prepared = m_watcher.result();
        m_session.setPreparing(false);
        if (!prepared) {
            qCWarning(lcUi) << "preparing the store failed:" << prepared.error().toString();
            m_session.setStore(nullptr, path, prepared.error().toString());
        } else {
            open(path, access);
        }
        m_busy = false;
        Q_EMIT finished();
    });
    m_watcher.setFuture(QtConcurrent::run(
        [prepareIfMissing, path, progress] { return prepareIfMissing(path, progress); }));
}

void StoreLoader::open(const QString &path, Store::Access access)
{
    auto opened = Store::open(path, access);
    if (opened)
        m_session.setStore(std::move(opened).value(), path, {});
    else
        m_session.setStore(nullptr, path, opened.error().toString());
}

} // namespace stormcrew
