// A training session on a real demo store: the sandbox guarantee (the operational file's
// SHA-256 is the same after a session that wrote calls and reveals to its copy, also while the
// control centre holds the store open), the calls kept in the copy and validated, the exercise
// as of 48 h before the first outage, and the what-if explorer's direction and speed.
#include "store/sqlite.h"
#include "store/store.h"
#include "training/trainingcalls.h"
#include "training/trainingexercise.h"
#include "training/trainingsandbox.h"
#include "training/trainingscoring.h"

#include "processrunner.h"
#include "trainingtestsupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace stormcrew;
using namespace stormcrew::training;

namespace {

// Whether the file has the table, read without any chance of writing to it.
bool hasTable(const QString &path, const char *table)
{
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    sqlite::DatabasePtr db(raw);
    auto stmt = sqlite::prepare(
        db.get(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                      .arg(QString::fromLatin1(table)));
    return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW && sqlite3_column_int(stmt.get(), 0) > 0;
}

double total(const std::vector<TerritoryPrediction> &predictions)
{
    double sum = 0;
    for (const TerritoryPrediction &p : predictions)
        if (!p.missing)
            sum += p.mean;
    return sum;
}

} // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_storm = 0; // the storm with the most outages

    // Runs a whole session on the store: sandbox, exercise, calls, reveal, what-if.
    void runSession(QString *sandboxFolder)
    {
        auto sandbox = TrainingSandbox::create(m_store);
        QVERIFY2(sandbox, qPrintable(sandbox ? QString() : sandbox.error().toString()));
        Store &copy = sandbox.value()->store();
        QVERIFY(!copy.isReadOnly());
        QVERIFY(sandbox.value()->path() != m_store);
        *sandboxFolder = QFileInfo(sandbox.value()->path()).absolutePath();

        auto exercise = ExerciseBuilder(copy).build(m_storm);
        QVERIFY2(exercise, qPrintable(exercise ? QString() : exercise.error().toString()));
        const Exercise &e = exercise.value();
        QVERIFY(!e.groups.empty());
        std::vector<TrainingCall> calls{{QString(), 40, 1200}};
        for (const TerritoryGroup &group : e.groups)
            calls.push_back({group.key, 5, 100});
        TrainingCallRepository repository(copy);
        QVERIFY(repository.save(m_storm, calls));
        QVERIFY(repository.markRevealed(m_storm));
        auto loaded = repository.load(m_storm);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().size(), calls.size());
        QCOMPARE(loaded.value().front().outages, 1200.0); // the total sorts first (empty key)
        auto revealed = repository.revealedAt(m_storm);
        QVERIFY(revealed && revealed.value().has_value());
        // Something heavier than a call, too: the copy is a real, writable store.
        QVERIFY(copy.audit(QStringLiteral("training.session"), QStringLiteral("test")));
        QVERIFY(hasTable(sandbox.value()->path(), "training_call") ||
                QFileInfo::exists(sandbox.value()->path() + QStringLiteral("-wal")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_store = buildTrainingDemo(m_dir, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
        // The demo's storm with the most outages.
        const QByteArray uri = QUrl::fromLocalFile(m_store).toEncoded() + "?mode=ro";
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        sqlite::DatabasePtr db(raw);
        auto stmt = sqlite::prepare(db.get(), QStringLiteral("SELECT storm_id FROM storm_outcome "
                                                             "GROUP BY storm_id ORDER BY "
                                                             "sum(outages) DESC LIMIT 1"));
        QVERIFY(stmt && sqlite3_step(stmt.get()) == SQLITE_ROW);
        m_storm = sqlite3_column_int64(stmt.get(), 0);
    }

    // The guarantee of issue 9: a session leaves the operational file byte-identical, adds
    // nothing beside it, keeps the calls in the copy and removes the copy when it ends.
    void operationalStoreIsByteIdentical()
    {
        const QByteArray before = fileDigest(m_store);
        const QStringList besideBefore = QDir(m_dir.path()).entryList(QDir::Files);
        QString sandboxFolder;
        runSession(&sandboxFolder);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(fileDigest(m_store), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), besideBefore);
        QVERIFY(!hasTable(m_store, "training_call"));
        QVERIFY2(!QFileInfo::exists(sandboxFolder), "the sandbox folder is removed");
    }

    // The same while the control centre holds the store open read-write (WAL mode), with a
    // commit of its own in the log that the copy must see.
    void operationalStoreOpenElsewhere()
    {
        auto live = Store::open(m_store, Store::Access::ReadWrite);
        QVERIFY(live);
        QVERIFY(live.value()->audit(QStringLiteral("test.live"), QStringLiteral("in the log")));
        const QByteArray before = fileDigest(m_store);
        auto sandbox = TrainingSandbox::create(m_store);
        QVERIFY2(sandbox, qPrintable(sandbox ? QString() : sandbox.error().toString()));
        auto stmt = sqlite::prepare(sandbox.value()->store().handle(),
                                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                                   "= 'test.live'"));
        QVERIFY(stmt && sqlite3_step(stmt.get()) == SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt.get(), 0), 1);
        QVERIFY(TrainingCallRepository(sandbox.value()->store()).save(m_storm, {{{}, 3, 30}}));
        sandbox.value().reset();
        QCOMPARE(fileDigest(m_store), before);
    }

    void missingStoreIsNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-store.sqlite"));
        auto sandbox = TrainingSandbox::create(missing);
        QVERIFY(!sandbox);
        QCOMPARE(sandbox.error().file, missing);
        QVERIFY(!QFileInfo::exists(missing));
    }

    // A bad number names the group and the field and leaves the stored call as it was.
    void badCallIsRefused()
    {
        auto sandbox = TrainingSandbox::create(m_store);
        QVERIFY(sandbox);
        TrainingCallRepository repository(sandbox.value()->store());
        QVERIFY(repository.save(m_storm, {{{}, 10, 500}}));
        auto refused = repository.save(m_storm, {{{}, 10, 600}, {QStringLiteral("D1"), -2, 50}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("crews"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("D1")),
                 qPrintable(refused.error().message));
        auto loaded = repository.load(m_storm);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().size(), std::size_t(1));
        QCOMPARE(loaded.value().front().outages, 500.0);
    }

    // The exercise is the storm as known 48 h before its first outage, its totals add up, and
    // the groups cover every territory once.
    void exerciseAsOf48HoursBefore()
    {
        auto sandbox = TrainingSandbox::create(m_store);
        QVERIFY(sandbox);
        auto storms = ExerciseBuilder(sandbox.value()->store()).storms();
        QVERIFY(storms && !storms.value().empty());
        auto exercise = ExerciseBuilder(sandbox.value()->store()).build(m_storm);
        QVERIFY2(exercise, qPrintable(exercise ? QString() : exercise.error().toString()));
        const Exercise &e = exercise.value();
        QCOMPARE(e.leadHours, 48.0);
        QVERIFY(e.asOf < e.storm.start + 24 * 3600);
        QVERIFY(e.actualTotal > 0);
        QVERIFY(std::abs(e.actualOf({}) - e.actualTotal) < 1e-6);
        double groupsModel = 0;
        std::size_t inGroups = 0;
        for (const TerritoryGroup &group : e.groups) {
            groupsModel += e.modelOf(group.key);
            inGroups += group.territories.size();
        }
        QCOMPARE(inGroups, e.territories.size());
        QVERIFY(std::abs(groupsModel - e.modelOf({})) < 1e-6 * std::max(1.0, groupsModel));
        QVERIFY(std::any_of(e.territories.begin(), e.territories.end(),
                            [](const ExerciseTerritory &t) { return t.forecastGust > 0; }));
        // The what-if with nothing changed is the model of the exercise.
        const auto neutral = e.whatIf->predict({});
        QVERIFY(std::abs(total(neutral) - e.modelOf({})) < 1e-6 * std::max(1.0, e.modelOf({})));
    }

    // More gust (and more leaf, canopy, years since trimming) never gives fewer outages in
    // any territory; and all territories are predicted again well within 50 ms.
    void whatIfDirectionAndSpeed_data()
    {
        QTest::addColumn<QString>("slider");
        QTest::newRow("gust") << QStringLiteral("gust");
        QTest::newRow("leaf-on") << QStringLiteral("leaf");
        QTest::newRow("canopy") << QStringLiteral("canopy");
        QTest::newRow("time since trimming") << QStringLiteral("trim");
    }
    void whatIfDirectionAndSpeed()
    {
        QFETCH(QString, slider);
        auto sandbox = TrainingSandbox::create(m_store);
        QVERIFY(sandbox);
        auto exercise = ExerciseBuilder(sandbox.value()->store()).build(m_storm);
        QVERIFY(exercise);
        const WhatIfExplorer &whatIf = *exercise.value().whatIf;
        std::vector<TerritoryPrediction> previous;
        for (int step = 0; step <= 6; ++step) {
            WhatIfAdjustments a;
            if (slider == QLatin1String("gust"))
                a.gustOffset = -6 + 3.0 * step;
            else if (slider == QLatin1String("leaf"))
                a.leafOnOffset = -0.6 + 0.2 * step;
            else if (slider == QLatin1String("canopy"))
                a.canopyMultiplier = 0.5 + 0.25 * step;
            else
                a.trimYearsOffset = -3 + 1.0 * step;
            const auto now = whatIf.predict(a);
            for (std::size_t i = 0; i < previous.size(); ++i) {
                if (now[i].missing)
                    continue;
                QVERIFY2(now[i].mean >= previous[i].mean * (1 - 1e-12),
                         qPrintable(QStringLiteral("%1 step %2: territory %3 fell from %4 to %5")
                                        .arg(slider)
                                        .arg(step)
                                        .arg(now[i].code)
                                        .arg(previous[i].mean)
                                        .arg(now[i].mean)));
            }
            if (slider == QLatin1String("gust") && !previous.empty())
                QVERIFY(total(now) > total(previous));
            previous = now;
        }
        std::vector<qint64> times;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer clock;
            clock.start();
            WhatIfAdjustments a;
            a.gustOffset = run;
            (void)whatIf.predict(a);
            times.push_back(clock.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        const double medianMs = double(times[times.size() / 2]) / 1e6;
        qInfo("what-if over %lld territories: median %.3f ms", qlonglong(previous.size()),
              medianMs);
        QVERIFY2(medianMs < 50, qPrintable(QString::number(medianMs)));
    }
};

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
