// Runs the tst_*.qml files with the Stormcrew module importable and a real session on a
// temporary store, offered to the tests as the StormcrewTest.Fixture singleton.
#include "session.h"
#include "shellpaths.h"

#include "ingest/territoryimporter.h"
#include "store/store.h"

#include <QFile>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(StormcrewPlugin)

using namespace stormcrew;

// What the QML tests need from C++: a session on a fresh store, and a store with the demo
// utility's territories (the 120 Kentucky counties, through the real importer) for the map.
class Fixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(stormcrew::Session *session READ session CONSTANT)
    Q_PROPERTY(QString territoryStorePath READ territoryStorePath CONSTANT)

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

private:
    QTemporaryDir m_dir;
    Session *m_session = nullptr;
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

QUICK_TEST_MAIN_WITH_SETUP(stormcrew_qml, Setup)

#include "tst_qml.moc"
