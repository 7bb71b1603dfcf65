// Runs the tst_*.qml files with the Stormcrew module importable and a real session on a
// temporary store, offered to the tests as the StormcrewTest.Fixture singleton.
#include "scenegraphsetup.h"
#include "session.h"
#include "shellpaths.h"

#include "demo/demobuilder.h"
#include "ingest/territoryimporter.h"
#include "store/store.h"

#include <QApplication>
#include <QFile>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(StormcrewPlugin)

using namespace stormcrew;

// What the QML tests need from C++: a session on a fresh store, a store with the demo
// utility's territories (the 120 Kentucky counties, through the real importer) for the map, and
// a session on the whole demo utility (built on first use, with its model) for the panels.
class Fixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(stormcrew::Session *session READ session CONSTANT)
    Q_PROPERTY(QString territoryStorePath READ territoryStorePath CONSTANT)
    Q_PROPERTY(stormcrew::Session *demoSession READ demoSession CONSTANT)
    Q_PROPERTY(stormcrew::Session *readOnlyDemoSession READ readOnlyDemoSession CONSTANT)

public:
    explicit Fixture(QObject *parent = nullptr) : QObject(parent)
    {
        const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto opened = Store::open(path, Store::Access::ReadWrite);
        m_session =
            new Session(opened ? std::move(opened).value() : nullptr, path,
                        opened ? QString() : opened.error().toString(), QStringLiteral("en"), this);
    }
    [[nodiscard]] Session *session() const { return m_session; }

    [[nodiscard]] QString territoryStorePath() const
    {
        const QString path = m_dir.filePath(QStringLiteral("territories.sqlite"));
        if (QFile::exists(path))
            return path;
        const QString source = m_dir.filePath(QStringLiteral("ky_counties.geojson"));
        QFile::copy(QStringLiteral(":/stormcrew/demo/ky_counties.geojson"), source);
        auto store = Store::open(path, Store::Access::ReadWrite);
        if (!store)
            return {};
        TerritoryImportOptions options;
        options.idField = QStringLiteral("fips");
        options.nameField = QStringLiteral("name");
        if (!TerritoryImporter(*store.value())
                 .run(source, options, RejectPolicy::RollBackOnAnyReject))
            return {};
        return path;
    }

    // The demo utility (seed 7, forecast issued 2026-06-01 12:00 UTC), opened read-write.
    [[nodiscard]] Session *demoSession()
    {
        if (!m_demoSession)
            m_demoSession = openDemo(Store::Access::ReadWrite);
        return m_demoSession;
    }
    // The same store opened read-only (as with --read-only).
    [[nodiscard]] Session *readOnlyDemoSession()
    {
        if (!m_readOnlyDemoSession)
            m_readOnlyDemoSession = openDemo(Store::Access::ReadOnly);
        return m_readOnlyDemoSession;
    }

    // A file in the fixture's temporary folder, as the URL a file dialog gives.
    Q_INVOKABLE QUrl fileUrl(const QString &name) const
    {
        return QUrl::fromLocalFile(m_dir.filePath(name));
    }
    // The lines of a text file (empty lines left out).
    Q_INVOKABLE QStringList readLines(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    Session *openDemo(Store::Access access)
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        if (!QFile::exists(path)) {
            demo::DemoOptions options;
            options.seed = 7;
            options.now =
                QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
            if (auto built = demo::DemoBuilder(options).build(path); !built)
                qWarning() << built.error().toString();
        }
        auto opened = Store::open(path, access);
        return new Session(opened ? std::move(opened).value() : nullptr, path,
                           opened ? QString() : opened.error().toString(), QStringLiteral("en"),
                           this);
    }

    QTemporaryDir m_dir;
    Session *m_session = nullptr;
    Session *m_demoSession = nullptr;
    Session *m_readOnlyDemoSession = nullptr;
};

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StormcrewTest"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(ShellPaths::importPath());
        qmlRegisterSingletonInstance("StormcrewTest", 1, 0, "Fixture", new Fixture(engine));
    }
};

// QUICK_TEST_MAIN_WITH_SETUP with a QApplication: Qt Charts in QML (the replay view's charts)
// needs one, and quick_test_main_with_setup uses the application that exists.
int main(int argc, char **argv)
{
    configureSceneGraph();
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "stormcrew_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
