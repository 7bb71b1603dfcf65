// Storm replay on a real demo store (built through the model API, read through the CLI as an
// analyst runs it): the replay against what happened, point in time (a later forecast and
// changed observations leave it byte-identical), forecast lead time, the hindsight simulation's
// law, model A against model B, reports and the errors a user can cause.
#include "processrunner.h"

#include "crews/crewplanrepository.h"
#include "demo/demobuilder.h"
#include "engine/modelregistry.h"
#include "engine/outageengine.h"
#include "replay/hindsight.h"
#include "replay/stormactuals.h"
#include "replay/stormreplayer.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stormcrew;

namespace {

const QString Cli = QStringLiteral(STORMCREW_CLI_PATH);

qint64 scalar(const QString &path, const QString &sql)
{
    auto opened = Store::open(path, Store::Access::ReadOnly);
    if (!opened)
        return -1;
    auto stmt = sqlite::prepare(opened.value()->handle(), sql);
    return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite3_column_int64(stmt.get(), 0)
                                                          : -1;
}

qint64 unixTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_storm; // a storm of about 1,500 outages: a real test, and a quick plan
    QString m_sqlite3;

    ProcessResult cli(const QStringList &arguments, const QString &store = {})
    {
        QStringList full = arguments;
        full << QStringLiteral("--db") << (store.isEmpty() ? m_store : store);
        return runProcess(Cli, full, QProcessEnvironment::systemEnvironment(), 600'000);
    }

    ProcessResult sqlite3(const QString &store, const QString &sql)
    {
        return runProcess(m_sqlite3, {store, sql});
    }

    QString copyStore(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        return QFile::copy(m_store, copy) ? copy : QString();
    }

    QByteArray replayJson(const QString &store)
    {
        const auto replayed =
            cli({QStringLiteral("replay"), QStringLiteral("--storm"), m_storm,
                 QStringLiteral("--simulations"), QStringLiteral("50"), QStringLiteral("--json")},
                store);
        if (replayed.exitCode != 0)
            qWarning("%s", qPrintable(replayed.err));
        return replayed.out.toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 shell is needed to change the store");
        m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.seed = 7;
        options.now = unixTime(QStringLiteral("2026-06-01T12:00:00Z"));
        auto built = demo::DemoBuilder(options).build(m_store);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        auto opened = Store::open(m_store, Store::Access::ReadOnly);
        QVERIFY(opened);
        auto stmt = sqlite::prepare(opened.value()->handle(),
                                    QStringLiteral("SELECT s.code FROM storm s JOIN storm_outcome "
                                                   "o ON o.storm_id = s.id GROUP BY s.id ORDER "
                                                   "BY abs(sum(o.outages) - 1500) LIMIT 1"));
        QVERIFY(stmt && sqlite3_step(stmt.get()) == SQLITE_ROW);
        m_storm = sqlite::columnText(stmt.get(), 0);
    }

    void theReplayStandsBesideWhatHappened()
    {
        const QString report = m_dir.filePath(QStringLiteral("replay.md"));
        const auto replayed = cli({QStringLiteral("replay"), QStringLiteral("--storm"), m_storm,
                                   QStringLiteral("--lead"), QStringLiteral("48h"),
                                   QStringLiteral("--report"), report, QStringLiteral("--json")});
        QVERIFY2(replayed.exitCode == 0, qPrintable(replayed.err));
        const QJsonObject r = QJsonDocument::fromJson(replayed.out.toUtf8()).object();
        const QJsonObject storm = r.value(QStringLiteral("storm")).toObject();
        QCOMPARE(storm.value(QStringLiteral("code")).toString(), m_storm);
        const qint64 id = storm.value(QStringLiteral("id")).toInteger();

        // As of 48 h before the first incident, reading the forecast issued 48 h (or a little
        // more, on its 6-hourly cycle) before the storm's start.
        const qint64 firstOutage = scalar(
            m_store,
            QStringLiteral("SELECT min(start_time) FROM incident WHERE storm_id = %1").arg(id));
        const qint64 asOf = unixTime(r.value(QStringLiteral("asOf")).toString());
        QCOMPARE(unixTime(storm.value(QStringLiteral("firstOutage")).toString()), firstOutage);
        QCOMPARE(asOf, firstOutage - 48 * 3600);
        const qint64 issued = unixTime(r.value(QStringLiteral("forecastIssued")).toString());
        const qint64 start = unixTime(storm.value(QStringLiteral("start")).toString());
        QVERIFY(issued <= asOf);
        QVERIFY(start - issued >= 48 * 3600 && start - issued < 54 * 3600);
        QCOMPARE(issued % (6 * 3600), 0);

        // The demo's model was trained after the history: the active one, and said so.
        const QJsonObject model = r.value(QStringLiteral("model")).toObject();
        QCOMPARE(model.value(QStringLiteral("choice")).toString(), QStringLiteral("active_now"));
        const QString notes =
            r.value(QStringLiteral("notes")).toVariant().toStringList().join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("trained after this storm")), qPrintable(notes));

        // Every territory, with the actuals of the store and errors that add up.
        const QJsonArray territories = r.value(QStringLiteral("territories")).toArray();
        QCOMPARE(territories.size(), 120);
        double actual = 0, absolute = 0, covered = 0, predicted = 0;
        for (const QJsonValue &value : territories) {
            const QJsonObject t = value.toObject();
            QVERIFY(t.value(QStringLiteral("predicted")).toBool());
            const double mean = t.value(QStringLiteral("mean")).toDouble();
            const double observed = t.value(QStringLiteral("actual")).toDouble();
            QVERIFY(std::abs(t.value(QStringLiteral("error")).toDouble() - (mean - observed)) <
                    1e-3);
            actual += observed;
            predicted += mean;
            absolute += std::abs(mean - observed);
            covered += t.value(QStringLiteral("inInterval")).toBool();
        }
        QCOMPARE(qint64(actual),
                 scalar(m_store, QStringLiteral("SELECT sum(outages) FROM storm_outcome WHERE "
                                                "storm_id = %1")
                                     .arg(id)));
        const QJsonObject metrics = r.value(QStringLiteral("metrics")).toObject();
        QVERIFY(std::abs(metrics.value(QStringLiteral("mae")).toDouble() - absolute / 120) < 1e-3);
        QVERIFY(std::abs(metrics.value(QStringLiteral("coverage80")).toDouble() - covered / 120) <
                1e-4);
        QVERIFY(std::abs(metrics.value(QStringLiteral("totalAbsPercentError")).toDouble() -
                         100 * std::abs(predicted - actual) / actual) < 1e-2);
        QVERIFY(r.value(QStringLiteral("predicted"))
                    .toObject()
                    .value(QStringLiteral("mean"))
                    .toDouble() > 0);

        // The timeline: every incident begins in it; those out at its end are the ones
        // restored later (it follows restorations for at most 14 days).
        const QJsonArray timeline = r.value(QStringLiteral("timeline")).toArray();
        QVERIFY(timeline.size() > 10);
        const QJsonObject last = timeline.last().toObject();
        QCOMPARE(
            qint64(last.value(QStringLiteral("cumulative")).toInt()),
            scalar(m_store,
                   QStringLiteral("SELECT count(*) FROM incident WHERE storm_id = %1").arg(id)));
        QCOMPARE(qint64(last.value(QStringLiteral("out")).toInt()),
                 scalar(m_store,
                        QStringLiteral("SELECT count(*) FROM incident WHERE storm_id = "
                                       "%1 AND (end_time IS NULL OR end_time > %2)")
                            .arg(id)
                            .arg(unixTime(last.value(QStringLiteral("time")).toString()) + 3600)));

        // Hindsight: the model's plan and the crews deployed, both on the actual outages, with
        // their Monte Carlo error; the deployed crews are the store's.
        const QJsonObject hindsight = r.value(QStringLiteral("hindsight")).toObject();
        const QJsonObject deployed = hindsight.value(QStringLiteral("deployed")).toObject();
        const QJsonObject plan = hindsight.value(QStringLiteral("modelPlan")).toObject();
        QCOMPARE(qint64(deployed.value(QStringLiteral("ownCrews")).toInt() +
                        deployed.value(QStringLiteral("mutualAidCrews")).toInt()),
                 scalar(m_store, QStringLiteral("SELECT sum(crews_deployed) FROM storm_outcome "
                                                "WHERE storm_id = %1")
                                     .arg(id)));
        for (const QJsonObject &run : {plan, deployed}) {
            const QJsonObject hours = run.value(QStringLiteral("customerHours")).toObject();
            QVERIFY(hours.value(QStringLiteral("value")).toDouble() > 0);
            QVERIFY(hours.value(QStringLiteral("standardError")).toDouble() > 0);
        }
        QCOMPARE(hindsight.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("risk"))
                     .toString(),
                 QStringLiteral("p80"));

        QFile md(report);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Storm replay: ") + m_storm));
        QVERIFY(text.contains(QStringLiteral("## Hindsight")));
    }

    // Point in time: a forecast issued a minute after the as-of time, and every observation
    // whose period ended after it changed beyond recognition, leave the replay byte-identical;
    // the same forecast issued a minute before it changes the replay.
    void onlyWhatWasKnownThenIsRead()
    {
        const QByteArray before = replayJson(m_store);
        QVERIFY(!before.isEmpty());
        const QJsonObject r = QJsonDocument::fromJson(before).object();
        const qint64 asOf = unixTime(r.value(QStringLiteral("asOf")).toString());
        const qint64 id =
            r.value(QStringLiteral("storm")).toObject().value(QStringLiteral("id")).toInteger();
        const QString forecast = QStringLiteral(
            "INSERT INTO weather(territory_id, valid_time, issued_time, source, gust_ms, wind_ms, "
            "precip_mm, ice_mm) SELECT t.id, s.start_time + 3600 * h.h, %1, 'late-forecast', 60, "
            "40, 30, 20 FROM territory t, storm s, (WITH RECURSIVE k(h) AS (SELECT 0 UNION ALL "
            "SELECT h + 1 FROM k WHERE h < 200) SELECT h FROM k) h WHERE s.id = %2 AND "
            "s.start_time + 3600 * h.h <= s.end_time;");

        const QString later = copyStore(QStringLiteral("later.sqlite"));
        const auto changed = sqlite3(
            later, forecast.arg(asOf + 60).arg(id) +
                       QStringLiteral("UPDATE weather SET gust_ms = gust_ms + 30, precip_mm = "
                                      "precip_mm + 80 WHERE issued_time IS NULL AND ((source = "
                                      "'demo-hourly' AND valid_time + 3600 > %1) OR (source = "
                                      "'demo-daily' AND valid_time + 86400 > %1));")
                           .arg(asOf));
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY(scalar(later, QStringLiteral("SELECT count(*) FROM weather WHERE source = "
                                             "'late-forecast'")) > 1000);
        QCOMPARE(replayJson(later), before);

        const QString earlier = copyStore(QStringLiteral("earlier.sqlite"));
        const auto inserted = sqlite3(earlier, forecast.arg(asOf - 60).arg(id));
        QVERIFY2(inserted.exitCode == 0, qPrintable(inserted.err));
        // In process and without the hindsight: a 60 m/s storm everywhere is a plan nobody can
        // meet, and only the prediction matters here.
        auto opened = Store::open(earlier, Store::Access::ReadOnly);
        QVERIFY(opened);
        replay::ReplayOptions options;
        options.hindsight = false;
        auto known = replay::StormReplayer(*opened.value()).replay(m_storm, options);
        QVERIFY2(known, qPrintable(known ? QString() : known.error().toString()));
        QCOMPARE(known.value().forecastIssued, std::optional<qint64>(asOf - 60));
        QVERIFY(known.value().predictedTotals.mean > r.value(QStringLiteral("predicted"))
                                                         .toObject()
                                                         .value(QStringLiteral("mean"))
                                                         .toDouble());
    }

    // The demo's forecasts err more the earlier they were issued: over every storm, a replay
    // 72 h ahead misses by more than one 24 h ahead.
    void longerLeadsMissByMore()
    {
        auto opened = Store::open(m_store, Store::Access::ReadOnly);
        QVERIFY(opened);
        const replay::StormReplayer replayer(*opened.value());
        auto active = ModelRegistry(*opened.value()).active();
        QVERIFY(active);
        const qint64 model = active.value().id;
        replay::ReplayOptions options;
        options.prediction.draws = 200;
        options.hindsight = false;
        std::map<int, Scores> overall;
        for (int lead : {24, 72}) {
            options.leadHours = lead;
            auto compared = replayer.compare(model, model, {}, options);
            QVERIFY2(compared, qPrintable(compared ? QString() : compared.error().toString()));
            QCOMPARE(compared.value().storms.size(), std::size_t(65));
            QVERIFY(compared.value().skipped.isEmpty());
            overall[lead] = compared.value().overallA;
            qInfo("lead %d h: MAE %.2f, RMSE %.2f, mean error of the total %.1f %%, Spearman "
                  "%.3f, coverage %.2f",
                  lead, overall[lead].mae, overall[lead].rmse, overall[lead].totalAbsPercentError,
                  overall[lead].spearman, overall[lead].coverage80);
        }
        QVERIFY(overall[72].mae > overall[24].mae);
        QVERIFY(overall[72].totalAbsPercentError > overall[24].totalAbsPercentError);
        QVERIFY(overall[72].meanLogScore > overall[24].meanLogScore);
    }

    // More crews never give more customer-hours: the deployed crews, and twice as many, on the
    // storm's actual outages with common random numbers.
    void moreCrewsNeverMoreCustomerHours()
    {
        auto opened = Store::open(m_store, Store::Access::ReadOnly);
        QVERIFY(opened);
        Store &store = *opened.value();
        auto id = replay::StormActualsReader(store).find(m_storm);
        QVERIFY(id);
        auto actuals = replay::StormActualsReader(store).read(id.value());
        QVERIFY(actuals);
        auto inputs = crews::CrewPlanRepository(store).inputs(actuals.value().kind);
        QVERIFY(inputs);
        crews::PlanSettings settings;
        settings.simulations = 200;
        const replay::HindsightSimulator simulator(inputs.value(), settings);
        std::map<qint64, double> outages;
        std::vector<int> deployed;
        for (const auto &t : inputs.value().territories) {
            const auto &o = actuals.value().outcomes.at(t.id);
            outages[t.id] = o.outages;
            deployed.push_back(int(o.crewsDeployed));
        }
        const OutageDistribution actual = simulator.actualDistribution(outages);
        double previous = std::numeric_limits<double>::infinity();
        for (int factor : {1, 2, 4}) {
            std::vector<int> crews = deployed;
            for (int &c : crews)
                c = c * factor + (factor > 1 ? 1 : 0);
            std::vector<std::vector<int>> matrix(
                crews.size(), std::vector<int>(simulator.planner().sources().size(), 0));
            for (std::size_t t = 0; t < crews.size(); ++t)
                matrix[t][0] = crews[t]; // own crews: no arrival delay to blur the law
            auto run = simulator.simulate(actual, matrix);
            QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
            const double hours = run.value().customerHours.value;
            QVERIFY2(hours <= previous * (1 + 1e-9),
                     qPrintable(QStringLiteral("%1 x crews: %2 customer-hours, before %3")
                                    .arg(factor)
                                    .arg(hours)
                                    .arg(previous)));
            previous = hours;
        }
    }

    // Model A against model B: a second model trained with other settings, both on the same
    // storms, lead and inputs.
    void twoModelsSideBySide()
    {
        const QString store = copyStore(QStringLiteral("two-models.sqlite"));
        {
            auto opened = Store::open(store, Store::Access::ReadWrite);
            QVERIFY(opened);
            TrainOptions poisson;
            poisson.crossValidate = false;
            poisson.family = GlmFamily::Poisson;
            poisson.pooling = TrainOptions::Pooling::Global;
            poisson.ridge = 0;
            auto trained = OutageEngine(*opened.value()).train(poisson, false);
            QVERIFY2(trained, qPrintable(trained ? QString() : trained.error().toString()));
            QCOMPARE(trained.value().id, 2);
        }
        const auto compared = cli({QStringLiteral("replay"), QStringLiteral("--compare"),
                                   QStringLiteral("1,2"), QStringLiteral("--storms"),
                                   m_storm + QStringLiteral(",1,2"), QStringLiteral("--json")},
                                  store);
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
        const QJsonObject c = QJsonDocument::fromJson(compared.out.toUtf8()).object();
        QCOMPARE(c.value(QStringLiteral("modelA")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("modelB")).toInt(), 2);
        const QJsonArray perStorm = c.value(QStringLiteral("storms")).toArray();
        QCOMPARE(perStorm.size(), 3);
        QCOMPARE(perStorm.at(0).toObject().value(QStringLiteral("code")).toString(), m_storm);
        bool differ = false;
        for (const QJsonValue &value : perStorm) {
            const QJsonObject s = value.toObject();
            for (const QString &side : {QStringLiteral("a"), QStringLiteral("b")})
                QCOMPARE(s.value(side).toObject().value(QStringLiteral("territories")).toInt(),
                         120);
            differ =
                differ || s.value(QStringLiteral("a")).toObject().value(QStringLiteral("mae")) !=
                              s.value(QStringLiteral("b")).toObject().value(QStringLiteral("mae"));
        }
        QVERIFY(differ); // two models, two answers
        for (const QString &side : {QStringLiteral("overallA"), QStringLiteral("overallB")})
            QCOMPARE(c.value(side).toObject().value(QStringLiteral("territories")).toInt(), 360);
        QCOMPARE(c.value(QStringLiteral("stormsALowerMae")).toInt() +
                     c.value(QStringLiteral("stormsBLowerMae")).toInt(),
                 3);

        const auto text = cli({QStringLiteral("replay"), QStringLiteral("--compare"),
                               QStringLiteral("1,2"), QStringLiteral("--storms"), m_storm},
                              store);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("Overall A: MAE")));
        QVERIFY(text.out.contains(QStringLiteral("Overall B: MAE")));
    }

    void theCsvReportHasEveryTerritory()
    {
        const QString csv = m_dir.filePath(QStringLiteral("replay.csv"));
        const auto replayed =
            cli({QStringLiteral("replay"), QStringLiteral("--storm"), m_storm,
                 QStringLiteral("--lead"), QStringLiteral("1d"), QStringLiteral("--simulations"),
                 QStringLiteral("100"), QStringLiteral("--report"), csv});
        QVERIFY2(replayed.exitCode == 0, qPrintable(replayed.err));
        QVERIFY(replayed.out.contains(QStringLiteral("24.0 h before the first outage")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 121);
        QVERIFY(lines.front().startsWith("code,name,predicted,mean,p10,p50,p90,actual,error"));
    }

    // The review report as PDF, from the headless CLI (cairo): read back with poppler's tools.
    void thePdfReportReadsBack()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QFAIL("pdftotext and pdfinfo (poppler-utils) are needed to read the report back");
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        const auto replayed = cli({QStringLiteral("replay"), QStringLiteral("--storm"), m_storm,
                                   QStringLiteral("--simulations"), QStringLiteral("100"),
                                   QStringLiteral("--json"), QStringLiteral("--report"), pdf});
        QVERIFY2(replayed.exitCode == 0, qPrintable(replayed.err));
        const QJsonObject json = QJsonDocument::fromJson(replayed.out.toUtf8()).object();

        const auto info = runProcess(pdfinfo, {pdf});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY(info.out.contains(QStringLiteral("Storm review: ") + m_storm));
        static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const auto match = pages.match(info.out);
        QVERIFY(match.hasMatch());
        // The summary, the charts, and 120 territories at 40 a page (long notes may take more).
        QVERIFY2(match.captured(1).toInt() >= 5, qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("841.89 x 595.28 pts")), qPrintable(info.out));

        const auto text =
            runProcess(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        for (const QString &expected : QStringList{
                 QStringLiteral("Storm review: ") + m_storm,
                 QStringLiteral("Predicted against actual"),
                 QStringLiteral("Hindsight: the crew plan against what happened"),
                 QStringLiteral("Crews actually deployed"),
                 QStringLiteral("Storm totals over time"),
                 QStringLiteral("Restoration against the plan"), QStringLiteral("Territories")})
            QVERIFY2(text.out.contains(expected), qPrintable(expected));
        // Every territory's code is in the table, and the actual total is the JSON's.
        for (const QJsonValue &t : json.value(QStringLiteral("territories")).toArray())
            QVERIFY2(text.out.contains(t.toObject().value(QStringLiteral("code")).toString()),
                     qPrintable(t.toObject().value(QStringLiteral("code")).toString()));
        const QString actual =
            QLocale().toString(json.value(QStringLiteral("actualTotal")).toDouble(), 'f', 0);
        QVERIFY2(text.out.contains(actual), qPrintable(actual));
    }

    void errorsSayWhatAndWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown storm")
            << QStringList{QStringLiteral("--storm"), QStringLiteral("NO-SUCH-STORM")} << 1
            << QStringLiteral("no storm 'NO-SUCH-STORM' in this store");
        QTest::newRow("a storm without outcomes")
            << QStringList{QStringLiteral("--storm"), QStringLiteral("EMPTY-STORM")} << 1
            << QStringLiteral("has no recorded outcomes or incidents");
        QTest::newRow("a lead before any forecast")
            << QStringList{QStringLiteral("--storm"), QString(), QStringLiteral("--lead"),
                           QStringLiteral("10d")}
            << 1 << QStringLiteral("choose a shorter --lead");
        QTest::newRow("a model that is not there")
            << QStringList{QStringLiteral("--storm"), QString(), QStringLiteral("--model"),
                           QStringLiteral("99")}
            << 1 << QStringLiteral("no model 99 in this store");
        QTest::newRow("a lead that is not a time")
            << QStringList{QStringLiteral("--storm"), QString(), QStringLiteral("--lead"),
                           QStringLiteral("soon")}
            << 2 << QStringLiteral("--lead soon: expected hours");
        QTest::newRow("a report of an unknown type")
            << QStringList{QStringLiteral("--storm"), QString(), QStringLiteral("--report"),
                           QStringLiteral("review.txt")}
            << 1 << QStringLiteral("unknown report type '.txt': name the file .pdf, .md or .csv");
        QTest::newRow("a PDF report in a folder that is not there")
            << QStringList{QStringLiteral("--storm"),
                           QString(),
                           QStringLiteral("--simulations"),
                           QStringLiteral("50"),
                           QStringLiteral("--report"),
                           QStringLiteral("/nonexistent-folder/review.pdf")}
            << 1 << QStringLiteral("/nonexistent-folder/review.pdf");
        QTest::newRow("neither a storm nor a comparison")
            << QStringList{} << 2 << QStringLiteral("Give either --storm");
        QTest::newRow("one model to compare")
            << QStringList{QStringLiteral("--compare"), QStringLiteral("1")} << 2
            << QStringLiteral("expected two model ids");
    }

    void errorsSayWhatAndWhatToDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString store = m_dir.filePath(QStringLiteral("errors.sqlite"));
        if (!QFile::exists(store)) {
            QVERIFY(QFile::copy(m_store, store));
            const auto inserted =
                sqlite3(store, QStringLiteral("INSERT INTO storm(code, name, kind, start_time, "
                                              "end_time) VALUES('EMPTY-STORM', 'Nothing "
                                              "happened', 'other', 1700000000, 1700036000);"));
            QVERIFY2(inserted.exitCode == 0, qPrintable(inserted.err));
        }
        for (QString &argument : arguments)
            if (argument.isEmpty())
                argument = m_storm;
        const QByteArray digest = fileDigest(store);
        const auto result = cli(QStringList{QStringLiteral("replay")} + arguments, store);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(fileDigest(store), digest); // a replay never writes
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
