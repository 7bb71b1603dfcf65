#pragma once

#include "training/trainingexercise.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace stormcrew {

// The exercises of a training session, each built once on a worker thread and kept for the
// rest of the session. A storm's exercise is a replay (features as of then, the prediction): a
// second or two on a large store, so the window stays responsive while it is built. Choosing
// another storm while one is being built supersedes it: the one in flight is finished and kept,
// then the storm wanted last is built. Ending the session drops what is still in flight.
class TrainingExercises : public QObject {
    Q_OBJECT

public:
    explicit TrainingExercises(QObject *parent = nullptr);
    ~TrainingExercises() override;

    // A new session on the copy at sandboxPath (each worker opens it read-only); the cache is
    // emptied.
    void begin(const QString &sandboxPath);
    // No session: the cache is emptied and an exercise in flight is dropped when it arrives.
    void end();

    [[nodiscard]] bool busy() const { return m_wanted.has_value(); }
    // The storm's exercise if it has been built in this session, else null.
    [[nodiscard]] std::shared_ptr<training::Exercise> find(qint64 stormId) const;
    // The storm's exercise at once when built; else null, and it is built on the worker
    // (busy() until it arrives: ready() or failed()).
    std::shared_ptr<training::Exercise> request(qint64 stormId);

Q_SIGNALS:
    void busyChanged();
    // A storm's exercise was built and kept (also one no longer wanted), before ready().
    void built(qint64 stormId);
    // The exercise of the storm requested last has arrived.
    void ready(qint64 stormId);
    // Building the storm requested last failed; the message says why.
    void failed(const QString &error);

private:
    // An exercise built on a worker thread, on a read-only connection of its own to the copy.
    struct Loaded {
        quint64 session = 0;
        qint64 stormId = 0;
        std::shared_ptr<training::Exercise> exercise;
        QString error;
    };

    void setWanted(std::optional<qint64> stormId);
    void startLoading(qint64 stormId);
    void loaded();

    QString m_path;
    quint64 m_session = 0; // counts begin() and end(): a result of an earlier one is dropped
    std::map<qint64, std::shared_ptr<training::Exercise>> m_exercises;
    QFutureWatcher<Loaded> m_loading;
    std::optional<qint64> m_wanted; // the storm being waited for
};

} // namespace stormcrew
