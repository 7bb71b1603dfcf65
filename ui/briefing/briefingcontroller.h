#pragma once

#include "session.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace stormcrew {

// The control centre's briefing actions, for the toolbar, the shortcuts and the tests: export
// the territory table (CSV, GeoJSON), write the briefing PDF, record the plan shown as the
// director's decision. Writes run on a worker thread; every outcome, good or bad, is reported
// in `message` for the window to show.
class BriefingController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Briefing)

    Q_PROPERTY(stormcrew::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    // The file the last export or briefing went to; the plan id of the last decision.
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY messageChanged)
    Q_PROPERTY(qint64 lastPlanId READ lastPlanId NOTIFY messageChanged)
    Q_PROPERTY(bool canExport READ canExport NOTIFY stateChanged)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY stateChanged)
    // Why a decision cannot be recorded now (read-only store, no plan yet, ...); empty if it can.
    Q_PROPERTY(QString recordBlockedReason READ recordBlockedReason NOTIFY stateChanged)
    // Who the audit log will name.
    Q_PROPERTY(QString userName READ userName CONSTANT)

public:
    explicit BriefingController(QObject *parent = nullptr);
    ~BriefingController() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] QString lastFile() const { return m_lastFile; }
    [[nodiscard]] qint64 lastPlanId() const { return m_lastPlanId; }
    [[nodiscard]] bool canExport() const;
    [[nodiscard]] bool canRecord() const { return recordBlockedReason().isEmpty(); }
    [[nodiscard]] QString recordBlockedReason() const;
    [[nodiscard]] static QString userName();

    // The territory table as CSV or GeoJSON (by the extension); a file URL or a plain path.
    // Returns true when the file was written.
    Q_INVOKABLE bool exportTable(const QUrl &file);
    // The briefing PDF, written on a worker thread; `busy` until it is done.
    Q_INVOKABLE void writeBriefing(const QUrl &file);
    // Stores the plan shown with its settings and writes the decision to the audit log.
    Q_INVOKABLE void recordDecision();
    // A file name for a save dialog: the user's documents folder, the storm and today's date.
    Q_INVOKABLE QUrl suggestedFile(const QString &extension) const;
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void messageChanged();
    void stateChanged();
    // After every action: what was done, whether it worked.
    void finished(const QString &action, bool ok);

private:
    struct Outcome {
        QString action; // "briefing" or "decision"
        QString message;
        bool ok = false;
        QString file;
        qint64 planId = 0;
    };
    void start(QFuture<Outcome> future);
    void finish();
    void report(const QString &action, bool ok, const QString &message);

    QPointer<Session> m_session;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
    QString m_lastFile;
    qint64 m_lastPlanId = 0;
};

} // namespace stormcrew
