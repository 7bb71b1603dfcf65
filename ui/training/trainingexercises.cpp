#include "trainingexercises.h"

#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace stormcrew {

using namespace training;

TrainingExercises::TrainingExercises(QObject *parent) : QObject(parent)
{
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &TrainingExercises::loaded);
}

TrainingExercises::~TrainingExercises() = default;

void TrainingExercises::begin(const QString &sandboxPath)
{
    ++m_session;
    m_path = sandboxPath;
    m_exercises.clear();
    setWanted(std::nullopt);
}

void TrainingExercises::end()
{
    ++m_session;
    m_path.clear();
    m_exercises.clear();
    setWanted(std::nullopt);
}

void TrainingExercises::setWanted(std::optional<qint64> stormId)
{
    const bool was = busy();
    m_wanted = stormId;
    if (busy() != was)
        Q_EMIT busyChanged();
}

std::shared_ptr<Exercise> TrainingExercises::find(qint64 stormId) const
{
    const auto found = m_exercises.find(stormId);
    return found == m_exercises.end() ? nullptr : found->second;
}

std::shared_ptr<Exercise> TrainingExercises::request(qint64 stormId)
{
    if (auto found = find(stormId)) {
        setWanted(std::nullopt); // one in flight is still kept when it arrives
        return found;
    }
    if (!m_loading.isRunning())
        startLoading(stormId);
    setWanted(stormId); // a load in flight for another storm starts this one when it ends
    return nullptr;
}

void TrainingExercises::startLoading(qint64 stormId)
{
    const QString path = m_path;
    const quint64 session = m_session;
    m_loading.setFuture(QtConcurrent::run([path, session, stormId]() -> Loaded {
        Loaded out;
        out.session = session;
        out.stormId = stormId;
        auto store = Store::open(path, Store::Access::ReadOnly, Store::Check::Header);
        if (!store) {
            out.error = store.error().toString();
            return out;
        }
        auto built = ExerciseBuilder(*store.value()).build(stormId);
        if (!built)
            out.error = built.error().toString();
        else
            out.exercise = std::make_shared<Exercise>(std::move(built).value());
        return out;
    }));
}

void TrainingExercises::loaded()
{
    const Loaded result = m_loading.result();
    if (result.session != m_session) { // the session ended (or another began) meanwhile
        if (m_wanted)
            startLoading(*m_wanted);
        return;
    }
    if (result.exercise) {
        m_exercises.emplace(result.stormId, result.exercise);
        Q_EMIT built(result.stormId);
    }
    if (!m_wanted)
        return;                        // a storm already built was chosen meanwhile
    if (result.stormId != *m_wanted) { // another storm was chosen meanwhile
        if (find(*m_wanted)) {
            const qint64 wanted = *m_wanted;
            setWanted(std::nullopt);
            Q_EMIT ready(wanted);
        } else {
            startLoading(*m_wanted);
        }
        return;
    }
    setWanted(std::nullopt);
    if (result.exercise)
        Q_EMIT ready(result.stormId);
    else
        Q_EMIT failed(result.error);
}

} // namespace stormcrew
