// stormcrew: the control centre. Composition root: options, translations, store, QML engine.
#include "scenegraphsetup.h"
#include "selftest.h"
#include "session.h"
#include "shellpaths.h"
#include "storeloader.h"
#include "windowshot.h"

#include "demo/demobuilder.h"
#include "engine/commandline.h"
#include "forecastcontroller.h"
#include "plancontroller.h"
#include "replaycontroller.h"
#include "store/store.h"
#include "timelinecontroller.h"

#include <QApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StormcrewPlugin)

using namespace stormcrew;

namespace {
struct Gui {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::Gui)
};

// The first-run preparation: the demo utility, with its default seed.
Result<void> buildDemo(const QString &path, const StoreLoader::Progress &progress)
{
    demo::DemoBuilder builder(demo::DemoOptions{});
    auto built = builder.build(path, [&progress](const demo::DemoProgress &step) {
        return progress(step.fraction(), step.message);
    });
    if (!built)
        return built.error();
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    configureSceneGraph();
    // Qt Charts in QML needs QApplication rather than QGuiApplication.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stormcrew"));
    QApplication::setApplicationName(QStringLiteral("stormcrew"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stormcrew"));
    QApplication::setApplicationVersion(QStringLiteral(STORMCREW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.stormcrew.Stormcrew"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/Stormcrew/icons/stormcrew.svg")));
    CommandLine::installTranslations(app, CommandLine::languageArgument(app.arguments()));

    CommandLine commandLine(Gui::tr("Stormcrew control centre: predicted storm outages and "
                                    "repair crews per service territory."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        Gui::tr("Load every QML page and exit; non-zero on any warning."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Gui::tr("Write a PNG of the main window and exit."),
                                        Gui::tr("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  Gui::tr("Window size for --screenshot (default 1440x900)."),
                                  Gui::tr("WxH"), QStringLiteral("1440x900"));
    const QCommandLineOption theme(QStringLiteral("theme"), Gui::tr("Colour theme: light or dark."),
                                   Gui::tr("theme"));
    const QCommandLineOption hour(
        QStringLiteral("hour"),
        Gui::tr("Forecast hour the timeline opens at (default: the last), e.g. for --screenshot."),
        Gui::tr("hours"));
    // Training mode (docs/training.md): a session at start, e.g. for --screenshot.
    const QCommandLineOption training(QStringLiteral("training"),
                                      Gui::tr("Open in training mode, on a copy of the store."));
    const QCommandLineOption trainingStorm(
        QStringLiteral("training-storm"),
        Gui::tr("Past storm of the training exercise (code), with --training."), Gui::tr("code"));
    const QCommandLineOption trainingCall(
        QStringLiteral("training-call"),
        Gui::tr("The trainee's call for the whole utility, with --training: outages and crews, "
                "e.g. 1200,40."),
        Gui::tr("outages,crews"));
    const QCommandLineOption trainingReveal(
        QStringLiteral("training-reveal"),
        Gui::tr("Reveal the exercise after the call (--training-call), with --training."));
    const QCommandLineOption replayStorm(
        QStringLiteral("replay"),
        Gui::tr("Open the storm replay on a stored storm (code or id), e.g. for --screenshot."),
        Gui::tr("storm"));
    const QCommandLineOption lead(QStringLiteral("lead"),
                                  Gui::tr("With --replay: hours before the storm's first outage "
                                          "(default 48h)."),
                                  Gui::tr("hours"));
    parser.addOptions({selfTest, screenshot, size, theme, hour, training, trainingStorm,
                       trainingCall, trainingReveal, replayStorm, lead});
    commandLine.process(app.arguments());

    const QSize windowSize = WindowShot::parseSize(parser.value(size));
    const QString themeName = parser.value(theme);
    if (!windowSize.isValid() || (!themeName.isEmpty() && themeName != QLatin1String("light") &&
                                  themeName != QLatin1String("dark"))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                !windowSize.isValid()
                    ? Gui::tr("--size %1 is not of the form WIDTHxHEIGHT, e.g. 1600x1000")
                          .arg(parser.value(size))
                    : Gui::tr("--theme %1 is not available; choose light or dark").arg(themeName)));
        return 2;
    }

    const CommonOptions options = commandLine.common();
    Session session(nullptr, options.dbPath, {}, options.language);
    if (!themeName.isEmpty())
        session.overrideTheme(themeName == QLatin1String("dark"));
    if (parser.isSet(hour)) {
        bool ok = false;
        const int requested = parser.value(hour).toInt(&ok);
        if (!ok || requested < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Gui::tr("--hour %1 is not a whole number of hours from 0, "
                                            "e.g. --hour 12")
                                        .arg(parser.value(hour))));
            return 2;
        }
        session.timeline()->setRequestedHour(requested);
    }
    double leadHours = 48;
    if (parser.isSet(lead)) {
        static const QRegularExpression pattern(
            QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*h?\\s*$"));
        const auto match = pattern.match(parser.value(lead));
        leadHours = match.hasMatch() ? match.captured(1).toDouble() : -1;
        if (leadHours < 0 || leadHours > 720 || !parser.isSet(replayStorm)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Gui::tr("--lead %1: expected hours from 0 to 720 such as 48h, "
                                            "with --replay STORM")
                                        .arg(parser.value(lead))));
            return 2;
        }
    }
    StoreLoader loader(session);
    // First run: with no store at the default location, the window opens on the demo utility,
    // built through the real importers while a progress bar shows how far it has got.
    const bool firstRun = !parser.isSet(QStringLiteral("db")) && !parser.isSet(selfTest);
    loader.load(options.dbPath,
                options.readOnly ? Store::Access::ReadOnly : Store::Access::ReadWrite,
                firstRun ? buildDemo : StoreLoader::Preparation{});

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(ShellPaths::importPath());
    QVariantMap trainingOptions;
    if (parser.isSet(training)) {
        trainingOptions.insert(QStringLiteral("start"), true);
        trainingOptions.insert(QStringLiteral("storm"), parser.value(trainingStorm));
        trainingOptions.insert(QStringLiteral("reveal"), parser.isSet(trainingReveal));
        if (parser.isSet(trainingCall)) {
            const QStringList parts = parser.value(trainingCall).split(QLatin1Char(','));
            bool outagesOk = false;
            bool crewsOk = parts.size() < 2;
            const double outages = parts.value(0).toDouble(&outagesOk);
            const double crews = parts.size() < 2 ? 0.0 : parts.value(1).toDouble(&crewsOk);
            if (!outagesOk || !crewsOk || outages < 0 || crews < 0 || parts.size() > 2) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(Gui::tr("--training-call %1 is not outages and crews "
                                                "from 0 up, e.g. --training-call 1200,40")
                                            .arg(parser.value(trainingCall))));
                return 2;
            }
            trainingOptions.insert(QStringLiteral("callOutages"), outages);
            trainingOptions.insert(QStringLiteral("callCrews"), crews);
        }
    }
    engine.setInitialProperties({{QStringLiteral("session"), QVariant::fromValue(&session)},
                                 {QStringLiteral("trainingOptions"), trainingOptions}});

    if (parser.isSet(selfTest))
        return SelfTest::run(engine);

    engine.load(ShellPaths::mainPage());
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    auto *replayer = window
                         ? window->findChild<ReplayController *>(QStringLiteral("replayController"))
                         : nullptr;
    if (replayer && parser.isSet(replayStorm)) {
        // Replays once the store is open (the window opens on the replay view at once).
        replayer->setActive(true);
        const QString storm = parser.value(replayStorm);
        auto startReplay = [replayer, storm, leadHours] { replayer->replay(storm, leadHours); };
        if (session.storeOpen())
            startReplay();
        else
            QObject::connect(&session, &Session::storeChanged, replayer, startReplay,
                             Qt::SingleShotConnection);
    }
    if (parser.isSet(screenshot)) {
        // Ready once the store is open, the prediction and the crew plan are in (or the replay)
        // and the map has drawn its territories and layers.
        const bool replaying = replayer && parser.isSet(replayStorm);
        auto ready = [&loader, &session, window, replayer, replaying] {
            if (loader.isBusy() || session.forecast()->busy() || session.plan()->busy() ||
                session.timeline()->busy())
                return false;
            if (replaying &&
                (replayer->busy() || (!replayer->hasReplay() && replayer->error().isEmpty())))
                return false;
            // A training exercise being built, and the maps on show still drawing.
            QObject *training = window->findChild<QObject *>(QStringLiteral("trainingView"));
            if (training && training->property("busy").toBool())
                return false;
            const auto maps = replaying ? QStringList{QStringLiteral("replayTerritoryMap")}
                                        : QStringList{QStringLiteral("territoryMap"),
                                                      QStringLiteral("trainingMap")};
            for (const QString &name : maps) {
                QObject *map = window->findChild<QObject *>(name);
                bool busy = false;
                if (map &&
                    (!QMetaObject::invokeMethod(map, "isBusy", Q_RETURN_ARG(bool, busy)) || busy))
                    return false;
            }
            return true;
        };
        return WindowShot::capture(window, parser.value(screenshot), windowSize, ready);
    }
    return QApplication::exec();
}
