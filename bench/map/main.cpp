// Issue 7: the map canvas at 1920x1080 on Xvfb/llvmpipe, on the 3,231 US counties and on the
// same layer densified to about 1,000,000 vertices (ogr2ogr -segmentize): median frame time
// while panning and while zooming (goals: 16 ms counties, 33 ms densified), recolouring every
// territory after a value change (goal 5 ms), and launch to the first complete map (goal 2 s).
// Peer: QGIS (python3-qgis) rendering the same layer to an image of the same size, which is
// what QGIS's canvas does on every redraw. The ratio goal is 1.0 (not slower than one QGIS
// render); the absolute goals are in each figure's name and checked on stderr.
//
// The parent prepares the stores through the real importer, then starts itself once per layer
// in a fresh process (on an Xvfb of its own when there is no display): launch is timed from the
// start of that process to the first frame that shows the territories.
// A second child per layer draws with the former OpenGL path (STORMCREW_MAP_VERTEX_COLOURS=1:
// vertex colours, every triangle drawn again on a recolour) and reports only its frame after a
// recolour, so the two paths are compared under the same load.
#include "benchmark.h"

#include "ingest/territoryimporter.h"
#include "scenegraphsetup.h"
#include "store/store.h"
#include "territorymap.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace stormcrew;
using namespace stormcrew::bench;

namespace {

constexpr int Width = 1920, Height = 1080;
const QString kCounties =
    QStringLiteral(SHARED_DATA_DIR "/boundaries/us_counties_census2017.geojson");

// --- The child: one window, one layer, the figures on stdout as "key<TAB>seconds". -----------

bool waitForFrame(QQuickWindow *window, int timeoutMs = 10000)
{
    QEventLoop loop;
    bool swapped = false;
    auto connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            swapped = true;
            loop.quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(connection);
    return swapped;
}

void emitFigure(const char *key, double seconds)
{
    std::printf("%s\t%.6f\n", key, seconds);
    std::fflush(stdout);
}

int child(int argc, char *argv[])
{
    // As the control centre's windows are set up (no depth or stencil buffer).
    configureSceneGraph();
    QGuiApplication app(argc, argv);
    const QString store = app.arguments().value(2);
    // "recolour-only": the floor and the recolour figures, for the comparison run of the former
    // vertex-colour path (STORMCREW_MAP_VERTEX_COLOURS=1 in its environment).
    const bool recolourOnly = app.arguments().value(3) == QLatin1String("recolour-only");
    QQuickWindow window;
    window.resize(Width, Height);
    window.setColor(QColor(0xdf, 0xe6, 0xec));
    auto *map = new map::TerritoryMap(window.contentItem());
    map->setSize(QSizeF(Width, Height));
    map->setNeutralColor(QColor(0xbc, 0xc7, 0xd1));
    map->setOutlineColor(Qt::white);

    bool shown = false;
    QObject::connect(map, &map::TerritoryMap::territoriesShown, &window, [&] { shown = true; });
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &app,
        [&] {
            static bool reported = false;
            if (shown && !reported) {
                reported = true;
                std::printf("shown\n");
                std::fflush(stdout);
            }
        },
        Qt::QueuedConnection);
    window.show();
    map->setStorePath(store);
    QElapsedTimer guard;
    guard.start();
    while (!shown || map->isBusy()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (guard.elapsed() > 120000) {
            std::fprintf(stderr, "the map did not load: %s\n", qPrintable(map->errorString()));
            return 1;
        }
    }
    if (map->status() != map::TerritoryMap::Status::Ready) {
        std::fprintf(stderr, "the map did not load: %s\n", qPrintable(map->errorString()));
        return 1;
    }
    waitForFrame(&window);
    std::fprintf(stderr, "renderer: %s (%s), %d territories, %zu vertices\n",
                 qPrintable(map->renderPath()),
                 qEnvironmentVariableIntValue("STORMCREW_MAP_VERTEX_COLOURS") == 1
                     ? "vertex colours"
                     : "id texture and palette",
                 map->territoryCount(), map->territoryLayer()->fullVertexCount);

    auto frames = [&](int count, const std::function<void(int)> &step) {
        std::vector<double> samples;
        for (int i = 0; i < count; ++i) {
            samples.push_back(secondsFor([&] {
                step(i);
                if (!waitForFrame(&window))
                    std::fprintf(stderr, "a frame did not come\n");
            }));
        }
        return median(samples);
    };
    // The contiguous United States fills the window (as the QGIS side shows it), then the map
    // pans at that zoom and zooms in and out around the middle, through the levels of detail.
    auto showContiguousStates = [&] {
        const QPointF northWest = map::WebMercator::project(-125.0, 50.0);
        const QPointF southEast = map::WebMercator::project(-66.0, 24.0);
        const QRectF world(northWest, southEast);
        map->setZoomLevel(map::WebMercator::zoomForPixelsPerWorld(
            std::min(Width / world.width(), Height / world.height())));
        map->setCenter(QGeoCoordinate(map::WebMercator::unproject(world.center()).y(),
                                      map::WebMercator::unproject(world.center()).x()));
    };
    // Until the map has drawn itself for the current view (no gesture, label or raster pending).
    auto waitForRest = [&] {
        while (map->isBusy())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    // The floor under every frame: the same window with the map hidden (on Xvfb, llvmpipe
    // clears, draws nothing, and the 1920x1080 image is copied to the X server).
    map->setVisible(false);
    emitFigure("baseline", frames(60, [](int) {}));
    map->setVisible(true);

    showContiguousStates();
    waitForRest();
    waitForFrame(&window);
    if (!recolourOnly) {
        const double fitted = map->zoomLevel();
        emitFigure("pan", frames(150, [&](int i) {
                       const double dx = (i / 25) % 2 ? -14 : 14;
                       map->panBy(dx, 6 * ((i / 10) % 2 ? -1 : 1));
                   }));
        emitFigure("zoom", frames(150, [&](int i) {
                       const int phase = i % 60;
                       const double zoom = fitted + 0.05 * (phase < 30 ? phase : 60 - phase);
                       map->zoomAround(zoom, QPointF(Width / 2.0, Height / 2.0));
                   }));
        // A gesture's last step to the map drawn again for the rested view: the rest the map
        // waits for (TerritoryMap::SettleMilliseconds) and the full drawing after it.
        emitFigure("settle", [&] {
            std::vector<double> samples;
            for (int i = 0; i < 12; ++i)
                samples.push_back(secondsFor([&] {
                    map->panBy(i % 2 ? -14 : 14, 0);
                    waitForFrame(&window);
                    waitForRest();
                    waitForFrame(&window);
                }));
            return median(samples);
        }());
    }
    showContiguousStates();
    waitForRest();
    waitForFrame(&window);
    // A repaint where the map itself did not change: what every other frame of the window
    // (hover, tooltip, a busy indicator turning) costs with the map in it.
    emitFigure("still", frames(60, [](int) {}));

    // Recolouring: new values for every territory (as after a slider move), timed from the
    // call to the colours being ready for the next frame; then that frame, upload included.
    std::vector<double> recolour, recolourFrame;
    QRandomGenerator random(7);
    for (int run = 0; run < 30; ++run) {
        QVariantMap values;
        for (const auto &feature : map->territoryLayer()->features)
            values.insert(QString::number(feature.id), random.bounded(500.0));
        recolour.push_back(secondsFor([&] { map->setValues(values); }));
        recolourFrame.push_back(secondsFor([&] { waitForFrame(&window); }));
    }
    emitFigure("recolour", median(recolour));
    emitFigure("recolour_frame", median(recolourFrame));
    return 0;
}

// --- The parent --------------------------------------------------------------------------------

QString makeStore(const QString &geojson, const QString &storePath)
{
    if (QFileInfo::exists(storePath))
        return {};
    auto store = Store::open(storePath, Store::Access::ReadWrite);
    if (!store)
        return store.error().toString();
    TerritoryImportOptions options;
    options.idField = QStringLiteral("fips");
    options.nameField = QStringLiteral("name");
    // A few of the 3,231 outlines are broken beyond repair in the source: keep the others.
    auto outcome = TerritoryImporter(*store.value()).run(geojson, options, RejectPolicy::KeepGoing);
    if (!outcome)
        return outcome.error().toString();
    note(QStringLiteral("%1 territories imported, %2 rejected")
             .arg(outcome.value().accepted())
             .arg(outcome.value().read() - outcome.value().accepted()));
    return {};
}

struct ChildFigures {
    double launch = 0;
    QMap<QString, double> seconds;
    bool ok = false;
};

// Our own X server for the children when there is no display, started once, so that a child's
// launch is timed from its exec to its first complete frame with nothing else in between.
class VirtualDisplay {
public:
    VirtualDisplay()
    {
        if (!qEnvironmentVariableIsEmpty("DISPLAY"))
            return;
        m_server.start(QStringLiteral("Xvfb"),
                       {QStringLiteral("-displayfd"), QStringLiteral("1"),
                        QStringLiteral("-screen"), QStringLiteral("0"),
                        QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
        if (m_server.waitForStarted() && m_server.waitForReadyRead(20000))
            m_display = QStringLiteral(":") + QString::fromLatin1(m_server.readLine().trimmed());
    }
    ~VirtualDisplay()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(5000);
        }
    }
    // Empty: use the environment's DISPLAY.
    [[nodiscard]] QString display() const { return m_display; }
    [[nodiscard]] bool usable() const
    {
        return !qEnvironmentVariableIsEmpty("DISPLAY") || !m_display.isEmpty();
    }

private:
    QProcess m_server;
    QString m_display;
};

// vertexColours: the former OpenGL path, recolour figures only (the comparison under the same
// load).
ChildFigures runChild(const QString &self, const QString &store, const VirtualDisplay &display,
                      bool vertexColours = false)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!display.display().isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    if (vertexColours)
        env.insert(QStringLiteral("STORMCREW_MAP_VERTEX_COLOURS"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    ChildFigures figures;
    clock.start();
    QStringList arguments{QStringLiteral("--child"), store};
    if (vertexColours)
        arguments << QStringLiteral("recolour-only");
    process.start(self, arguments);
    QByteArray buffer;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable()) {
        process.waitForReadyRead(200);
        buffer += process.readAll();
        int newline;
        while ((newline = int(buffer.indexOf('\n'))) >= 0) {
            const QByteArray line = buffer.left(newline);
            buffer.remove(0, newline + 1);
            if (line == "shown" && figures.launch == 0) {
                figures.launch = clock.elapsed() / 1000.0;
            } else {
                const auto parts = line.split('\t');
                if (parts.size() == 2)
                    figures.seconds.insert(QString::fromLatin1(parts[0]), parts[1].toDouble());
            }
        }
    }
    figures.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
                 figures.launch > 0 && figures.seconds.size() == (vertexColours ? 4 : 7);
    return figures;
}

struct Peer {
    QString version;
    double render = 0;
    double launch = 0;
    bool ok = false;
};

Peer runQgis(const QString &geojson)
{
    Peer peer;
    const QString script = QStringLiteral(STORMCREW_BENCH_MAP_DIR "/peer_qgis.py");
    const QString out = workDir() + QStringLiteral("/qgis.png");
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList size{QString::number(Width), QString::number(Height)};
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{script, geojson} + size + QStringList{QStringLiteral("5"), out});
    process.waitForFinished(-1);
    const auto fields =
        QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char('\t'));
    if (process.exitCode() != 0 || fields.size() != 2)
        return peer;
    peer.version = fields[0];
    peer.render = fields[1].toDouble();
    std::vector<double> launches;
    for (int i = 0; i < 3; ++i) {
        launches.push_back(secondsFor([&] {
            QProcess once;
            once.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            once.start(QStringLiteral("/usr/bin/python3"),
                       QStringList{script, geojson} + size + QStringList{QStringLiteral("0"), out});
            once.waitForFinished(-1);
        }));
    }
    peer.launch = median(launches);
    peer.ok = true;
    return peer;
}

bool qgisAvailable()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
    return probe.waitForFinished(60000) && probe.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv);
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = workDir();
    const QString densified = dir + QStringLiteral("/counties_1m.geojson");
    if (!QFileInfo::exists(densified)) {
        note(QStringLiteral("densifying the counties with ogr2ogr -segmentize 0.008 ..."));
        QProcess ogr;
        ogr.start(QStringLiteral("ogr2ogr"),
                  {QStringLiteral("-f"), QStringLiteral("GeoJSON"), QStringLiteral("-segmentize"),
                   QStringLiteral("0.008"), densified, kCounties});
        if (!ogr.waitForFinished(-1) || ogr.exitCode() != 0) {
            note(QStringLiteral("ogr2ogr failed: ") +
                 QString::fromLocal8Bit(ogr.readAllStandardError()));
            return 1;
        }
    }
    struct Layer {
        QString name, geojson, store;
        double frameGoal;
    };
    const QList<Layer> layers{{QStringLiteral("3,231 US counties"), kCounties,
                               dir + QStringLiteral("/counties.sqlite"), 0.016},
                              {QStringLiteral("3,231 US counties densified to ~1,000,000 vertices"),
                               densified, dir + QStringLiteral("/counties_1m.sqlite"), 0.033}};
    const VirtualDisplay display;
    if (!display.usable()) {
        note(QStringLiteral("no display and no Xvfb (package xvfb): cannot render"));
        return 1;
    }
    const bool withPeer = qgisAvailable();
    if (!withPeer)
        note(QStringLiteral("QGIS is not installed (apt-get install python3-qgis): the peer "
                            "column is skipped, see bench/README.md"));
    bool failed = false;
    for (const Layer &layer : layers) {
        note(QStringLiteral("importing %1 into a store ...").arg(layer.name));
        if (const QString error = makeStore(layer.geojson, layer.store); !error.isEmpty()) {
            note(error);
            return 1;
        }
        note(QStringLiteral("rendering %1 ...").arg(layer.name));
        const ChildFigures ours =
            runChild(QCoreApplication::applicationFilePath(), layer.store, display);
        if (!ours.ok) {
            note(QStringLiteral("the map failed on %1").arg(layer.name));
            return 1;
        }
        note(QStringLiteral("rendering %1 with the former vertex-colour path ...").arg(layer.name));
        const ChildFigures former =
            runChild(QCoreApplication::applicationFilePath(), layer.store, display, true);
        if (!former.ok) {
            note(QStringLiteral("the former path failed on %1").arg(layer.name));
            return 1;
        }
        Peer peer;
        if (withPeer) {
            note(QStringLiteral("QGIS renders %1 ...").arg(layer.name));
            peer = runQgis(layer.geojson);
            if (!peer.ok) {
                note(QStringLiteral("QGIS failed on %1").arg(layer.name));
                return 1;
            }
        }
        const QString peerRender =
            withPeer ? QStringLiteral("QGIS %1 (python3-qgis), one full render, same size")
                           .arg(peer.version)
                     : QStringLiteral("QGIS not installed");
        auto line = [&](const QString &figure, double seconds, const QString &peerName,
                        double peerSeconds, double absoluteGoal) {
            report(figure, seconds, peerName, withPeer ? peerSeconds : 0, 1.0);
            if (seconds > absoluteGoal) {
                note(QStringLiteral("GOAL MISSED: %1 took %2 ms, the goal is %3 ms")
                         .arg(figure)
                         .arg(seconds * 1000, 0, 'f', 1)
                         .arg(absoluteGoal * 1000, 0, 'f', 0));
                failed = true;
            }
        };
        const QString goal = QStringLiteral(" (goal %1 ms)").arg(layer.frameGoal * 1000, 0, 'f', 0);
        report(QStringLiteral("an empty 1920x1080 frame on this machine, the floor under the "
                              "frames below (%1 run)")
                   .arg(layer.name),
               ours.seconds.value(QStringLiteral("baseline")),
               QStringLiteral("no peer: the machine's own baseline"), 0, 0.0);
        line(QStringLiteral("map frame while panning, %1, 1920x1080, median").arg(layer.name) +
                 goal,
             ours.seconds.value(QStringLiteral("pan")), peerRender, peer.render, layer.frameGoal);
        line(QStringLiteral("map frame while zooming, %1, 1920x1080, median").arg(layer.name) +
                 goal,
             ours.seconds.value(QStringLiteral("zoom")), peerRender, peer.render, layer.frameGoal);
        report(QStringLiteral("a gesture's last step to the map drawn for the rested view "
                              "(%1 ms rest included), %2")
                   .arg(map::TerritoryMap::SettleMilliseconds)
                   .arg(layer.name),
               ours.seconds.value(QStringLiteral("settle")),
               QStringLiteral("no peer: QGIS's canvas also redraws in full once a pan ends"), 0,
               0.0);
        report(QStringLiteral("a repaint of the window with the map unchanged (hover, tooltip, "
                              "animation), %1")
                   .arg(layer.name),
               ours.seconds.value(QStringLiteral("still")),
               QStringLiteral("no peer: what any other frame costs with the map shown"), 0, 0.0);
        line(QStringLiteral("recolour every territory after a value change, %1 (goal 5 ms)")
                 .arg(layer.name),
             ours.seconds.value(QStringLiteral("recolour")), peerRender, peer.render, 0.005);
        line(QStringLiteral("the frame after a recolour, upload included, %1").arg(layer.name) +
                 goal,
             ours.seconds.value(QStringLiteral("recolour_frame")), peerRender, peer.render,
             layer.frameGoal);
        report(QStringLiteral("the frame after a recolour with the former path (vertex colours, "
                              "every triangle drawn again), %1, same run")
                   .arg(layer.name),
               former.seconds.value(QStringLiteral("recolour_frame")),
               QStringLiteral("no peer: the comparison under the same load"), 0, 0.0);
        line(QStringLiteral("launch to the first complete map, %1 (goal 2 s)").arg(layer.name),
             ours.launch,
             withPeer ? QStringLiteral("QGIS %1 (python3-qgis): start, open, first image")
                            .arg(peer.version)
                      : QStringLiteral("QGIS not installed"),
             peer.launch, 2.0);
    }
    // A missed absolute goal is a figure, not a wrong answer: it shows in the table and above.
    Q_UNUSED(failed)
    return 0;
}
