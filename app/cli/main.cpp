// stormcrew-cli: the headless entry point. Every data and model command the GUI offers, for
// scheduled runs. Links stormcrew_model only.
#include "clicommand.h"

#include <QCoreApplication>

#include <cstdio>

using namespace stormcrew;

namespace {

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::Cli)
};

std::vector<cli::Command> allCommands()
{
    return {
        cli::infoCommand(),     cli::importCommand(),   cli::stormsCommand(),
        cli::qualityCommand(),  cli::demoCommand(),     cli::fitTableCommand(),
        cli::trainCommand(),    cli::modelsCommand(),   cli::predictCommand(),
        cli::evaluateCommand(), cli::featuresCommand(), cli::planCommand(cli::enginePlanSource()),
        cli::replayCommand(),   cli::windfieldCommand()};
}

// The subcommand is the first argument that is neither an option nor an option's value.
qsizetype commandIndex(const QStringList &args)
{
    static const QStringList withValue = {QStringLiteral("--db"), QStringLiteral("--lang")};
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (withValue.contains(args.at(i))) {
            ++i;
            continue;
        }
        if (!args.at(i).startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

QString commandList(const std::vector<cli::Command> &commands)
{
    QString text = Cli::tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command.name, -10).arg(command.summary);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stormcrew"));
    QCoreApplication::setApplicationName(QStringLiteral("stormcrew"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORMCREW_VERSION));
    CommandLine::installTranslations(app, CommandLine::languageArgument(app.arguments()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();
    QStringList args = app.arguments();
    const qsizetype index = commandIndex(args);

    if (index < 0) {
        CommandLine commandLine(Cli::tr("Stormcrew, headless: storm outage prediction and crew "
                                        "planning for scheduled runs.") +
                                QStringLiteral("\n\n") + commandList(commands));
        commandLine.parser().addPositionalArgument(
            QStringLiteral("command"), Cli::tr("What to do."), Cli::tr("command [options]"));
        commandLine.process(args);
        err << Cli::tr("Give a command.") << Qt::endl << commandList(commands);
        return cli::UsageError;
    }

    const QString name = args.takeAt(index);
    for (const auto &command : commands) {
        if (command.name != name)
            continue;
        CommandLine commandLine(command.summary);
        command.addOptions(commandLine.parser(), args);
        commandLine.process(args);
        return command.run(commandLine, out, err);
    }
    err << Cli::tr("Unknown command '%1'.").arg(name) << Qt::endl << commandList(commands);
    return cli::UsageError;
}
