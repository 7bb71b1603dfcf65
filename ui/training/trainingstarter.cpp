#include "trainingstarter.h"

#include "training/traininglogging.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace stormcrew {

using namespace training;

namespace {

// On the worker: nothing here touches a QObject.
TrainingStarter::Started copyStore(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    TrainingStarter::Started out;
    out.storePath = path;
    auto sandbox = TrainingSandbox::create(path);
    if (!sandbox) {
        out.error = sandbox.error().toString();
        return out;
    }
    auto storms = ExerciseBuilder(sandbox.value()->store()).storms();
    if (!storms) {
        out.error = storms.error().toString();
        return out;
    }
    if (storms.value().empty()) {
        out.error = TrainingStarter::tr("The store has no past storm with recorded outcomes; "
                                        "import storms and their outcomes or incidents first.");
        return out;
    }
    out.sandbox = std::move(sandbox).value();
    out.storms = std::move(storms).value();
    qCDebug(lcTraining) << "session of" << path << "started on a worker thread in"
                        << clock.elapsed() << "ms";
    return out;
}

} // namespace

TrainingStarter::TrainingStarter(QObject *parent) : QObject(parent)
{
    connect(&m_copying, &QFutureWatcher<Started>::finished, this, &TrainingStarter::finished);
}

TrainingStarter::~TrainingStarter() = default;

void TrainingStarter::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    Q_EMIT startingChanged();
}

void TrainingStarter::start(const QString &storePath)
{
    if (m_wanted)
        return;
    setWanted(true);
    if (m_copying.isRunning() && storePath == m_path)
        return; // a copy cancelled before it was done is still being made: it is used
    m_path = storePath;
    if (!m_copying.isRunning())
        m_copying.setFuture(QtConcurrent::run(copyStore, storePath));
    // else: another store's copy is still being made; this one starts when it is done
}

void TrainingStarter::cancel()
{
    setWanted(false);
}

void TrainingStarter::finished()
{
    // Taken, not copied: a copy not kept is removed with `result` here.
    Started result = m_copying.future().takeResult();
    if (!m_wanted)
        return;
    if (result.storePath != m_path) { // another store was wanted meanwhile
        m_copying.setFuture(QtConcurrent::run(copyStore, m_path));
        return;
    }
    m_started = std::move(result);
    if (!m_started.sandbox) {
        setWanted(false);
        Q_EMIT failed(m_started.error);
        return;
    }
    // Still starting while the session is taken, so that busy does not drop in between.
    Q_EMIT ready();
    setWanted(false);
}

TrainingStarter::Started TrainingStarter::take()
{
    return std::exchange(m_started, {});
}

} // namespace stormcrew
