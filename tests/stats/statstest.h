#pragma once

#include "stats/csvtable.h"
#include "stats/designmatrix.h"
#include "stats/glm.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>

// Helpers the statistics tests share: near-equality that explains itself, and the fixtures.
namespace stormcrew::test {

// Whether ours and theirs agree to a relative tolerance; message says how they compare, so that
// a failure reads "EthN estimate: Stormcrew -0.569371 vs R -0.569372, relative difference 2e-06,
// allowed 1e-06".
inline bool closeRelative(const QString &what, double ours, double theirs, const QString &peer,
                          double tolerance, QString &message)
{
    const double difference = std::abs(ours - theirs) / std::max(std::abs(theirs), 1e-300);
    message = QStringLiteral("%1: Stormcrew %2 vs %3 %4, relative difference %5, allowed %6")
                  .arg(what)
                  .arg(ours, 0, 'g', 12)
                  .arg(peer)
                  .arg(theirs, 0, 'g', 12)
                  .arg(difference, 0, 'g', 3)
                  .arg(tolerance, 0, 'g', 3);
    return difference <= tolerance;
}

#define STORMCREW_COMPARE_RELATIVE(what, ours, theirs, peer, tolerance)                            \
    do {                                                                                           \
        QString message_;                                                                          \
        QVERIFY2(stormcrew::test::closeRelative(what, ours, theirs, peer, tolerance, message_),    \
                 qPrintable(message_));                                                            \
    } while (false)

inline QString glmData(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/glm/") + name;
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Reads a fixture and builds its model frame; empty frame (and a message) on failure.
inline Result<ModelFrame> frameOf(const QString &file, const ModelSpec &spec)
{
    auto table = CsvTable::read(glmData(file), {});
    if (!table)
        return table.error();
    return ModelFrameBuilder::build(table.value(), spec);
}

} // namespace stormcrew::test
