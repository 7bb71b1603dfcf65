#pragma once

#include "demo/demobuilder.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

// The store the training tests work on: the demo utility as `stormcrew-cli demo create --seed 7
// --now 2026-06-01T12:00Z` makes it (past storms with outcomes, an active model), as demo.sqlite
// in `dir`. Its path, or an empty string and the reason in *error.
inline QString buildTrainingDemo(const QTemporaryDir &dir, QString *error)
{
    if (!dir.isValid()) {
        *error = dir.errorString();
        return {};
    }
    stormcrew::demo::DemoOptions options;
    options.seed = 7;
    options.now = QDateTime::fromString(QStringLiteral("2026-06-01T12:00:00Z"), Qt::ISODate)
                      .toSecsSinceEpoch();
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto built = stormcrew::demo::DemoBuilder(options).build(path);
    if (!built) {
        *error = built.error().toString();
        return {};
    }
    return path;
}
