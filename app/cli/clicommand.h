#pragma once

#include "engine/commandline.h"

#include <QTextStream>

#include <functional>
#include <vector>

namespace stormcrew::cli {

// One subcommand of stormcrew-cli: its name, one-line summary, options and entry point.
struct Command {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(const CommandLine &, QTextStream &out, QTextStream &err)> run;
};

// Exit codes every subcommand uses.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

[[nodiscard]] Command infoCommand();

} // namespace stormcrew::cli
