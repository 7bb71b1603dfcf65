#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace stormcrew {
class Store;
}

namespace stormcrew::training {

// The copy of the operational store a training session works on (docs/training.md, "The
// sandbox"): written with SQLite's online backup API from a read-only, immutable connection
// into a temporary folder, which is removed with the sandbox. The operational file is never
// opened for writing.
class TrainingSandbox {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::training::TrainingSandbox)

public:
    // Copies the store at operationalPath and opens the copy read-write, with the training
    // tables added. The operational file is left byte-identical whatever happens.
    [[nodiscard]] static Result<std::unique_ptr<TrainingSandbox>>
    create(const QString &operationalPath);

    ~TrainingSandbox();
    TrainingSandbox(const TrainingSandbox &) = delete;
    TrainingSandbox &operator=(const TrainingSandbox &) = delete;

    [[nodiscard]] QString operationalPath() const { return m_operationalPath; }
    [[nodiscard]] QString path() const; // the copy
    [[nodiscard]] Store &store() const { return *m_store; }

private:
    TrainingSandbox() = default;

    QString m_operationalPath;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

} // namespace stormcrew::training
