#pragma once

#include "stormreplay.h"

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace stormcrew::replay {

// A replay as data and as a review report: JSON (the CLI's --json, the GUI's source), a
// markdown report for people and a CSV of the territories for spreadsheets.
class ReplayExport {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::replay::ReplayExport)

public:
    [[nodiscard]] static QJsonObject toJson(const StormReplay &replay);
    [[nodiscard]] static QJsonObject toJson(const ModelComparison &comparison);
    [[nodiscard]] static QJsonObject toJson(const Scores &scores);

    [[nodiscard]] static QString markdown(const StormReplay &replay);
    // One row per territory: code, name, predicted, mean, p10, p50, p90, actual, signed and
    // relative error, in interval, log score, crews deployed, customer-hours.
    [[nodiscard]] static QByteArray csv(const StormReplay &replay);

    // Writes the report the file's suffix asks for (.pdf, .md or .csv); an Error names the file.
    [[nodiscard]] static Result<void> write(const StormReplay &replay, const QString &path);

    [[nodiscard]] static QString choiceName(ModelChoice choice); // explicit, active_then, ...
};

} // namespace stormcrew::replay
