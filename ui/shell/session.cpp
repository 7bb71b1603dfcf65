#include "session.h"

#include "forecastcontroller.h"
#include "plancontroller.h"
#include "store/store.h"
#include "timelinecontroller.h"

#include <QCoreApplication>
#include <QSettings>

namespace stormcrew {

namespace {
const QString kDarkThemeKey = QStringLiteral("ui/darkTheme");
}

Session::Session(std::unique_ptr<Store> store, QString storePath, QString storeError,
                 QString language, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_storePath(std::move(storePath))
    , m_storeError(std::move(storeError))
    , m_language(std::move(language))
    , m_darkTheme(QSettings().value(kDarkThemeKey, false).toBool())
    , m_forecast(std::make_unique<ForecastController>(*this))
    , m_plan(std::make_unique<PlanController>(*this, *m_forecast))
    , m_timeline(std::make_unique<TimelineController>(*this, *m_forecast, *m_plan))
{
    if (m_store)
        m_forecast->showForecast();
}

Session::~Session()
{
    m_timeline.reset(); // waits for a timeline in flight; reads the forecast and the plan
    m_plan.reset();     // waits for a plan in flight, which reads the forecast
}

QString Session::appVersion() const
{
    return QCoreApplication::applicationVersion();
}

bool Session::readOnly() const
{
    return m_store && m_store->isReadOnly();
}

int Session::schemaVersion() const
{
    return m_store ? m_store->schemaVersion() : 0;
}

int Session::territoryCount() const
{
    return m_store ? int(std::max<qint64>(0, m_store->rowCount(QStringLiteral("territory")))) : 0;
}

int Session::stormCount() const
{
    return m_store ? int(std::max<qint64>(0, m_store->rowCount(QStringLiteral("storm")))) : 0;
}

void Session::setStore(std::unique_ptr<Store> store, QString storePath, QString storeError)
{
    m_store = std::move(store);
    m_storePath = std::move(storePath);
    m_storeError = std::move(storeError);
    Q_EMIT storeChanged();
}

void Session::setPreparing(bool preparing, double progress, const QString &message)
{
    m_preparing = preparing;
    m_preparingProgress = progress;
    m_preparingMessage = message;
    Q_EMIT preparingChanged();
}

void Session::setDarkTheme(bool dark)
{
    QSettings().setValue(kDarkThemeKey, dark);
    overrideTheme(dark);
}

void Session::overrideTheme(bool dark)
{
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    Q_EMIT darkThemeChanged();
}

} // namespace stormcrew
