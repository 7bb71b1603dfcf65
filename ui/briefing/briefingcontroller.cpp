#include "briefingcontroller.h"

#include "briefingdata.h"
#include "briefingmap.h"
#include "briefingwriter.h"
#include "decisionrecorder.h"
#include "forecastcontroller.h"
#include "plancontroller.h"
#include "session.h"
#include "store/store.h"
#include "uilogging.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace stormcrew {

namespace {

// A file URL from the dialog, or a plain path from a test or a script.
QString localPath(const QUrl &file)
{
    if (file.isLocalFile())
        return file.toLocalFile();
    return file.scheme().isEmpty() ? file.path() : QString();
}

} // namespace

BriefingController::BriefingController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BriefingController::finish);
}

BriefingController::~BriefingController()
{
    m_watcher.waitForFinished();
}

void BriefingController::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->forecast(), nullptr, this, nullptr);
        disconnect(m_session->plan(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::storeChanged, this, &BriefingController::stateChanged);
        connect(m_session->forecast(), &ForecastController::resultChanged, this,
                &BriefingController::stateChanged);
        connect(m_session->forecast(), &ForecastController::busyChanged, this,
                &BriefingController::stateChanged);
        connect(m_session->plan(), &PlanController::planChanged, this,
                &BriefingController::stateChanged);
        connect(m_session->plan(), &PlanController::busyChanged, this,
                &BriefingController::stateChanged);
    }
    Q_EMIT sessionChanged();
    Q_EMIT stateChanged();
}

bool BriefingController::canExport() const
{
    return m_session && m_session->storeOpen() && m_session->forecast()->hasPrediction();
}

QString BriefingController::recordBlockedReason() const
{
    if (!m_session || !m_session->storeOpen())
        return tr("No store is open.");
    if (m_session->readOnly())
        return tr("The store is open read-only (--read-only); start Stormcrew without it to "
                  "record decisions.");
    if (const QString why = briefing::DecisionRecorder::whyNotWritable(m_session->storePath());
        !why.isEmpty())
        return why;
    if (m_session->forecast()->busy() || m_session->plan()->busy())
        return tr("Wait until the prediction and the crew plan are up to date.");
    if (!m_session->forecast()->hasPrediction())
        return tr("There is no prediction to decide on yet.");
    if (!m_session->plan()->ready())
        return tr("There is no crew plan to record yet.");
    if (m_busy)
        return tr("Another action is still running.");
    return {};
}

QString BriefingController::userName()
{
    return Store::currentUser();
}

bool BriefingController::exportTable(const QUrl &file)
{
    const QString path = localPath(file);
    if (!m_session) {
        report(QStringLiteral("table"), false, tr("No store is open."));
        return false;
    }
    if (path.isEmpty()) {
        report(QStringLiteral("table"), false,
               tr("%1 is not a local file; choose a file on this computer.")
                   .arg(file.toDisplayString()));
        return false;
    }
    const QString error = m_session->forecast()->exportTable(QUrl::fromLocalFile(path));
    if (!error.isEmpty()) {
        report(QStringLiteral("table"), false,
               tr("The territory table could not be exported: %1").arg(error));
        return false;
    }
    m_lastFile = path;
    report(QStringLiteral("table"), true, tr("Territory table written to %1.").arg(path));
    return true;
}

void BriefingController::writeBriefing(const QUrl &file)
{
    const QString path = localPath(file);
    if (m_busy || !m_session || path.isEmpty() || !canExport()) {
        report(QStringLiteral("briefing"), false,
               m_busy           ? tr("Another action is still running.")
               : path.isEmpty() ? tr("%1 is not a local file; choose a file on this computer.")
                                      .arg(file.toDisplayString())
               : !canExport() ? tr("There is no prediction to brief on yet.")
                              : tr("No store is open."));
        return;
    }
    briefing::BriefingData data = briefing::collect(*m_session);
    start(QtConcurrent::run([data = std::move(data), path]() -> Outcome {
        Outcome outcome{QStringLiteral("briefing"), {}, false, path, 0};
        auto map = briefing::BriefingMap::load(data.storePath);
        if (!map) {
            outcome.message =
                tr("The briefing could not be written: %1").arg(map.error().toString());
            return outcome;
        }
        auto pages = briefing::BriefingWriter::write(data, map.value(), path);
        if (!pages) {
            outcome.message =
                tr("The briefing could not be written: %1").arg(pages.error().toString());
            return outcome;
        }
        outcome.ok = true;
        outcome.message =
            tr("Briefing written to %1 (%n page(s)).", nullptr, pages.value()).arg(path);
        return outcome;
    }));
}

void BriefingController::recordDecision()
{
    if (const QString why = recordBlockedReason(); !why.isEmpty()) {
        report(QStringLiteral("decision"), false,
               tr("The decision could not be recorded: %1").arg(why));
        return;
    }
    briefing::Decision decision{m_session->forecast()->run()->prediction,
                                *m_session->plan()->currentPlan()};
    const QString path = m_session->storePath();
    start(QtConcurrent::run([decision = std::move(decision), path]() -> Outcome {
        Outcome outcome{QStringLiteral("decision"), {}, false, {}, 0};
        auto recorded = briefing::DecisionRecorder::record(path, decision);
        if (!recorded) {
            outcome.message =
                tr("The decision could not be recorded: %1").arg(recorded.error().toString());
            return outcome;
        }
        outcome.ok = true;
        outcome.planId = recorded.value().planId;
        outcome.message =
            tr("Decision recorded at %1 as plan #%2 (by %3).")
                .arg(QLocale().toString(recorded.value().at, QStringLiteral("HH:mm")) +
                     QStringLiteral(" UTC"))
                .arg(recorded.value().planId)
                .arg(recorded.value().who);
        return outcome;
    }));
}

QUrl BriefingController::suggestedFile(const QString &extension) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString storm = m_session ? m_session->forecast()->stormCode() : QString();
    if (storm.isEmpty())
        storm = QStringLiteral("forecast");
    storm.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString name = QStringLiteral("stormcrew-%1-%2.%3")
                             .arg(storm, QDate::currentDate().toString(Qt::ISODate), extension);
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

void BriefingController::clearMessage()
{
    if (m_message.isEmpty())
        return;
    m_message.clear();
    m_messageIsError = false;
    Q_EMIT messageChanged();
}

void BriefingController::start(QFuture<Outcome> future)
{
    m_busy = true;
    Q_EMIT busyChanged();
    Q_EMIT stateChanged();
    m_watcher.setFuture(std::move(future));
}

void BriefingController::finish()
{
    const Outcome outcome = m_watcher.result();
    m_busy = false;
    if (outcome.ok && !outcome.file.isEmpty())
        m_lastFile = outcome.file;
    if (outcome.ok && outcome.planId > 0)
        m_lastPlanId = outcome.planId;
    Q_EMIT busyChanged();
    Q_EMIT stateChanged();
    report(outcome.action, outcome.ok, outcome.message);
}

void BriefingController::report(const QString &action, bool ok, const QString &message)
{
    if (ok)
        qCInfo(lcUi) << action << message;
    else
        qCWarning(lcUi) << action << message;
    m_message = message;
    m_messageIsError = !ok;
    Q_EMIT messageChanged();
    Q_EMIT finished(action, ok);
}

} // namespace stormcrew
