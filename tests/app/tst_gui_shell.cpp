// End-to-end tests of the control centre's shell: it loads every QML page without a warning and
// renders in both Qt Quick backends, software (offscreen) and OpenGL (xcb on Xvfb, Mesa), in the
// light and the dark theme.
#include "processrunner.h"

#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestGuiShell : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The GUI on the given platform plugin. For xcb without a display, a private Xvfb is started.
    [[nodiscard]] ProcessResult gui(const QString &platform, const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("QSG_INFO"), QStringLiteral("1"));
        QStringList args = arguments;
        args << QStringLiteral("--db") << m_dir.filePath(QStringLiteral("store.sqlite"));
        if (platform == QLatin1String("xcb")) {
            // Mesa's llvmpipe driver is unloaded before LeakSanitizer runs, so what it keeps
            // shows up as leaks of an "<unknown module>" that no suppression can name. Address
            // and UB checks stay on here; leaks of the same code paths are checked offscreen.
            const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       asan + (asan.isEmpty() ? QString() : QStringLiteral(":")) +
                           QStringLiteral("detect_leaks=0"));
        }
        if (platform == QLatin1String("xcb") && !env.contains(QStringLiteral("DISPLAY"))) {
            args.prepend(QStringLiteral(STORMCREW_GUI_PATH));
            args = QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                               QStringLiteral("-screen 0 1920x1080x24")} +
                   args;
            return runProcess(QStringLiteral("xvfb-run"), args, env);
        }
        return runProcess(QStringLiteral(STORMCREW_GUI_PATH), args, env);
    }

    static double meanLuminance(const QImage &image)
    {
        double sum = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                sum += qGray(image.pixel(x, y));
        return sum / ((image.height() / 4.0) * (image.width() / 4.0)) / 255.0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty() ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "the OpenGL tests need a display or xvfb-run (package xvfb)");
    }

    void version()
    {
        const auto result = gui(QStringLiteral("offscreen"), {QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("stormcrew ")));
    }

    void selfTestLoadsEveryPageWithoutWarnings()
    {
        const auto result = gui(QStringLiteral("offscreen"), {QStringLiteral("--self-test")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("no warnings")));
    }

    void badOptionsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("a size that is not WxH")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                           QStringLiteral("--size"), QStringLiteral("big")}
            << QStringLiteral("--size big is not of the form WIDTHxHEIGHT");
        QTest::newRow("an unknown theme")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("purple")}
            << QStringLiteral("--theme purple is not available; choose light or dark");
    }

    void badOptionsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto result = gui(QStringLiteral("offscreen"), arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void rendersInBothBackendsAndThemes_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("renderer"); // what QSG_INFO reports
        QTest::newRow("software renderer, light theme")
            << QStringLiteral("offscreen") << QStringLiteral("light") << QStringLiteral("software");
        QTest::newRow("software renderer, dark theme")
            << QStringLiteral("offscreen") << QStringLiteral("dark") << QStringLiteral("software");
        QTest::newRow("OpenGL on Xvfb, light theme")
            << QStringLiteral("xcb") << QStringLiteral("light") << QStringLiteral("opengl");
        QTest::newRow("OpenGL on Xvfb, dark theme")
            << QStringLiteral("xcb") << QStringLiteral("dark") << QStringLiteral("opengl");
    }

    void rendersInBothBackendsAndThemes()
    {
        QFETCH(QString, platform);
        QFETCH(QString, theme);
        QFETCH(QString, renderer);
        const QString png =
            m_dir.filePath(platform + QLatin1Char('-') + theme + QStringLiteral(".png"));
        const auto result =
            gui(platform, {QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                           QStringLiteral("1280x800"), QStringLiteral("--theme"), theme});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(renderer, Qt::CaseInsensitive), qPrintable(result.err));

        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        // A laid-out window has text, panels and borders: many distinct colours, not a blank fill.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        const double luminance = meanLuminance(image);
        if (theme == QLatin1String("dark"))
            QVERIFY2(luminance < 0.3, qPrintable(QString::number(luminance)));
        else
            QVERIFY2(luminance > 0.75, qPrintable(QString::number(luminance)));
    }
};

QTEST_GUILESS_MAIN(TestGuiShell)
#include "tst_gui_shell.moc"
