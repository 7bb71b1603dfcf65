#pragma once

#include "training/trainingexercise.h"
#include "training/trainingsandbox.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace stormcrew {

// Starts a training session off the GUI thread: the copy of the operational store into the
// sandbox (TrainingSandbox, SQLite's online backup API from an untouched read-only open) and
// the list of its past storms. The copy reads the whole store (0.4 to 1.5 s on the demo, more
// on a utility's), so the window keeps drawing meanwhile.
class TrainingStarter : public QObject {
    Q_OBJECT

public:
    // A session ready to use: the copy and its storms (at least one), oldest first.
    struct Started {
        std::shared_ptr<training::TrainingSandbox> sandbox;
        std::vector<training::ExerciseStorm> storms;
        QString storePath; // the operational store copied
        QString error;     // why there is no session
    };

    explicit TrainingStarter(QObject *parent = nullptr);
    ~TrainingStarter() override;

    [[nodiscard]] bool starting() const { return m_wanted; }
    // Makes the copy of the store at storePath on a worker thread: ready() or failed().
    void start(const QString &storePath);
    // The copy being made is not wanted: it is removed once it is done.
    void cancel();
    // The session, after ready(); once.
    [[nodiscard]] Started take();

Q_SIGNALS:
    void startingChanged();
    void ready();
    // Nothing was started and the operational store is as it was; the message says why.
    void failed(const QString &error);

private:
    void finished();
    void setWanted(bool wanted);

    QFutureWatcher<Started> m_copying;
    QString m_path; // the store wanted
    bool m_wanted = false;
    Started m_started;
};

} // namespace stormcrew
