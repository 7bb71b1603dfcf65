// The training controller that QML binds to, on a real demo store: the session starts on a
// worker thread (start() returns at once, starting and busy while the store is copied, the
// event loop turning meanwhile), ends up as before (the latest storm's exercise, a call, the
// reveal, the scoreboard), and leaves the operational store byte-identical (SHA-256); a store
// that cannot be copied is reported by name with nothing started; a session ended while its
// copy is made and started again uses that copy; a storm chosen while another is being built
// supersedes it.
#include "trainingcontroller.h"

#include "processrunner.h"
#include "trainingtestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stormcrew;

class TestTrainingController : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // Waits for a session that start() began: active, with an exercise and nothing in flight.
    static bool waitForExercise(TrainingController &training)
    {
        return QTest::qWaitFor([&] { return training.hasExercise() && !training.busy(); }, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_store = buildTrainingDemo(m_dir, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    }

    void sessionStartsOffTheGuiThread()
    {
        const QByteArray before = fileDigest(m_store);
        const QStringList besideBefore = QDir(m_dir.path()).entryList(QDir::Files);
        TrainingController training;
        training.setStorePath(m_store);
        QSignalSpy active(&training, &TrainingController::activeChanged);
        QSignalSpy failed(&training, &TrainingController::startFailed);

        // A timer on the GUI thread keeps ticking while the store is copied.
        QElapsedTimer clock, sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        clock.start();
        sinceTick.start();
        ticker.start();
        QVERIFY(training.start());
        const qint64 returned = clock.elapsed();
        QVERIFY2(training.starting(), "start() returns before the copy is made");
        QVERIFY(training.busy());
        QVERIFY(!training.active());
        QVERIFY(training.sandboxPath().isEmpty());
        QVERIFY(training.start()); // a second start while copying starts nothing more

        QTRY_VERIFY_WITH_TIMEOUT(training.active(), 120000);
        const qint64 copied = clock.elapsed();
        ticker.stop();
        QCOMPARE(active.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!training.starting());
        QVERIFY2(training.busy(), "busy from the copy into the first exercise");
        qInfo("start() returned in %lld ms; the session was ready after %lld ms; the longest "
              "pause of the event loop meanwhile: %lld ms",
              returned, copied, longestGap);
        QVERIFY2(returned < copied / 2, "start() does not wait for the copy");
        QVERIFY2(longestGap < copied, "the event loop turned while the store was copied");

        // The session as before: the latest storm, a call, the reveal, the scoreboard.
        QVERIFY(QFileInfo::exists(training.sandboxPath()));
        QVERIFY(training.sandboxPath() != m_store);
        QVERIFY2(waitForExercise(training), qPrintable(training.errorString()));
        QCOMPARE(training.currentIndex(), training.storms().size() - 1);
        QCOMPARE(training.errorString(), QString());
        QVERIFY(!training.revealed());
        QVERIFY(!training.exercise().contains(QStringLiteral("actual")));
        QVERIFY(training.saveCall(40, 1200, {}));
        QVERIFY(training.reveal());
        QVERIFY(training.exercise().value(QStringLiteral("actual")).toDouble() > 0);
        QCOMPARE(training.scoreboard().value(QStringLiteral("rows")).toList().size(), 1);
        QVERIFY(!training.mapValues().isEmpty());

        const QString folder = QFileInfo(training.sandboxPath()).absolutePath();
        training.end();
        QVERIFY(!training.active());
        QVERIFY2(!QFileInfo::exists(folder), "the copy is removed with the session");
        QCOMPARE(fileDigest(m_store), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), besideBefore);
    }

    void storeThatCannotBeCopiedIsNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-store.sqlite"));
        TrainingController training;
        training.setStorePath(missing);
        QSignalSpy failed(&training, &TrainingController::startFailed);
        QVERIFY(training.start());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY(!training.starting());
        QVERIFY(!training.busy());
        QVERIFY(!training.active());
        QVERIFY2(training.errorString().contains(missing), qPrintable(training.errorString()));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void endedWhileCopyingThenStartedAgain()
    {
        const QByteArray before = fileDigest(m_store);
        TrainingController training;
        training.setStorePath(m_store);
        QSignalSpy active(&training, &TrainingController::activeChanged);
        QVERIFY(training.start());
        training.end();
        QVERIFY(!training.starting());
        QVERIFY(!training.busy());
        QVERIFY(training.start());
        QVERIFY(training.starting());
        QTRY_VERIFY_WITH_TIMEOUT(training.active(), 120000);
        QCOMPARE(active.count(), 1);
        QVERIFY2(waitForExercise(training), qPrintable(training.errorString()));
        training.end();
        QCOMPARE(fileDigest(m_store), before);
    }

    // The trainer picks another storm while the latest one's exercise is being built: the
    // one chosen last is shown, and going back to the first needs no second build.
    void laterChoiceSupersedes()
    {
        TrainingController training;
        training.setStorePath(m_store);
        QVERIFY(training.start());
        QTRY_VERIFY_WITH_TIMEOUT(training.active(), 120000);
        QVERIFY(training.busy());
        const int latest = training.currentIndex();
        QVERIFY(latest >= 1);
        training.setCurrentIndex(latest - 1);
        QVERIFY(!training.hasExercise());
        QVERIFY2(waitForExercise(training), qPrintable(training.errorString()));
        const QString code =
            training.storms().at(latest - 1).toMap().value(QStringLiteral("code")).toString();
        QCOMPARE(training.exercise().value(QStringLiteral("code")).toString(), code);
        training.setCurrentIndex(latest);
        QVERIFY2(training.hasExercise() && !training.busy(), "built while superseded, kept");
        training.end();
    }
};

QTEST_MAIN(TestTrainingController)
#include "tst_trainingcontroller.moc"
