// The engine end to end on the demo store, through stormcrew-cli as a user runs it: train
// recovers the generator's true coefficients, the active model predicts the incoming forecast,
// point-in-time holds when a later forecast arrives, the contract refuses a model trained on
// sabotaged outcomes, and evaluation puts the model ahead of its baselines.
#include "processrunner.h"

#include "demo/demomodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString Cli = QStringLiteral(STORMCREW_CLI_PATH);
const QString ForecastTime = QStringLiteral("2026-06-01T12:00:00Z");

QJsonObject jsonObject(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestEngineCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    ProcessResult cli(const QStringList &arguments, const QString &store = {})
    {
        QStringList full = arguments;
        full << QStringLiteral("--db") << (store.isEmpty() ? m_store : store);
        return runProcess(Cli, full, QProcessEnvironment::systemEnvironment(), 1'200'000);
    }

    QString copyStore(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        if (!QFile::copy(m_store, copy))
            return {};
        return copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto built = runProcess(Cli,
                                      {QStringLiteral("demo"), QStringLiteral("create"),
                                       QStringLiteral("--db"), m_store, QStringLiteral("--seed"),
                                       QStringLiteral("7"), QStringLiteral("--now"), ForecastTime},
                                      QProcessEnvironment::systemEnvironment(), 1'200'000);
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
    }

    void trainingRecoversTheGeneratorsTruth()
    {
        const auto trained =
            cli({QStringLiteral("train"), QStringLiteral("--ridge"), QStringLiteral("0"),
                 QStringLiteral("--pooling"), QStringLiteral("global"), QStringLiteral("--json")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QJsonObject model = jsonObject(trained);
        QCOMPARE(model.value(QStringLiteral("status")).toString(), QStringLiteral("candidate"));
        QVERIFY(model.value(QStringLiteral("contract"))
                    .toObject()
                    .value(QStringLiteral("passed"))
                    .toBool());
        namespace truth = stormcrew::demo::truth;
        const QHash<QString, double> expected{
            {QStringLiteral("hours_gust_20"), truth::HoursAbove20},
            {QStringLiteral("leaf_on"), truth::LeafOn},
            {QStringLiteral("canopy"), truth::Canopy},
            {QStringLiteral("antecedent_14d"), truth::AntecedentPrecip},
            {QStringLiteral("years_since_trim"), truth::YearsSinceTrim},
            {QStringLiteral("gust_x_leaf_on"), 0.0},
            {QStringLiteral("gust_x_canopy"), 0.0},
            {QStringLiteral("gust_x_wetness"), 0.0}};
        int checked = 0;
        double gust = 0;
        for (const QJsonValue &value : model.value(QStringLiteral("coefficients")).toArray()) {
            const QJsonObject c = value.toObject();
            const QString name = c.value(QStringLiteral("name")).toString();
            if (name == QLatin1String("log_gust") || name == QLatin1String("log_wind"))
                gust += c.value(QStringLiteral("estimate")).toDouble();
            if (!expected.contains(name))
                continue;
            const double truthValue = expected.value(name);
            QVERIFY2(c.value(QStringLiteral("lower95")).toDouble() <= truthValue &&
                         truthValue <= c.value(QStringLiteral("upper95")).toDouble(),
                     qPrintable(QStringLiteral("%1: [%2, %3], truth %4")
                                    .arg(name)
                                    .arg(c.value(QStringLiteral("lower95")).toDouble())
                                    .arg(c.value(QStringLiteral("upper95")).toDouble())
                                    .arg(truthValue)));
            ++checked;
        }
        QCOMPARE(checked, expected.size());
        // Gust and sustained wind share the wind's effect; together they hold the truth.
        QVERIFY2(std::abs(gust - truth::LogGust) < 0.3, qPrintable(QString::number(gust)));
        QVERIFY(std::abs(model.value(QStringLiteral("theta")).toDouble() - truth::Theta) < 0.3);
    }

    void theActiveModelPredictsTheForecast()
    {
        const auto trained = cli({QStringLiteral("train"), QStringLiteral("--activate")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QVERIFY(trained.out.contains(QLatin1String("Contract: passed")));
        QVERIFY(trained.out.contains(QLatin1String("One global model: mean log score")));

        const auto listed =
            cli({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray models = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        // The demo's first model, the one above, and this one, now active.
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("retired"));
        QCOMPARE(models.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));

        const auto predicted = cli({QStringLiteral("predict"), QStringLiteral("--forecast"),
                                    QStringLiteral("latest"), QStringLiteral("--json")});
        QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.err));
        const QJsonObject prediction = jsonObject(predicted);
        const QJsonArray territories = prediction.value(QStringLiteral("territories")).toArray();
        QCOMPARE(territories.size(), 120);
        double sum = 0;
        for (const QJsonValue &value : territories) {
            const QJsonObject t = value.toObject();
            QVERIFY(t.value(QStringLiteral("p10")).toDouble() <=
                    t.value(QStringLiteral("p50")).toDouble());
            QVERIFY(t.value(QStringLiteral("p50")).toDouble() <=
                    t.value(QStringLiteral("p90")).toDouble());
            QVERIFY(t.value(QStringLiteral("p90")).toDouble() <=
                    t.value(QStringLiteral("customers")).toDouble());
            double product = t.value(QStringLiteral("baseline")).toDouble();
            const QJsonObject factors = t.value(QStringLiteral("factors")).toObject();
            for (auto it = factors.begin(); it != factors.end(); ++it)
                product *= it.value().toDouble();
            if (!t.value(QStringLiteral("capped")).toBool())
                QVERIFY(std::abs(product / t.value(QStringLiteral("mean")).toDouble() - 1) < 1e-9);
            sum += t.value(QStringLiteral("mean")).toDouble();
        }
        const QJsonObject total = prediction.value(QStringLiteral("total")).toObject();
        QVERIFY(std::abs(total.value(QStringLiteral("mean")).toDouble() - sum) < 1e-6 * sum + 1e-9);
        QVERIFY(total.value(QStringLiteral("p10")).toDouble() <=
                total.value(QStringLiteral("p90")).toDouble());
        QCOMPARE(prediction.value(QStringLiteral("outOfDistribution"))
                     .toObject()
                     .value(QStringLiteral("nearestStorms"))
                     .toArray()
                     .size(),
                 3);

        // The GeoJSON is read by GDAL's own tools.
        const QString geojson = m_dir.filePath(QStringLiteral("forecast.geojson"));
        const auto written = cli({QStringLiteral("predict"), QStringLiteral("--forecast"),
                                  QStringLiteral("latest"), QStringLiteral("--out"), geojson});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const auto info = runProcess(QStringLiteral("ogrinfo"),
                                     {QStringLiteral("-so"), QStringLiteral("-al"), geojson});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.out.contains(QLatin1String("Feature Count: 120")), qPrintable(info.out));
        QVERIFY(info.out.contains(QLatin1String("p90: ")));

        const auto badOut =
            cli({QStringLiteral("predict"), QStringLiteral("--forecast"), QStringLiteral("latest"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("forecast.xlsx"))});
        QCOMPARE(badOut.exitCode, 1);
        QVERIFY(badOut.err.contains(QLatin1String("name the file .csv, .json or .geojson")));
    }

    void aLaterForecastChangesNothingAsOfBefore()
    {
        const QString store = copyStore(QStringLiteral("pointintime.sqlite"));
        QVERIFY(!store.isEmpty());
        const QStringList asOf{QStringLiteral("predict"),
                               QStringLiteral("--forecast"),
                               QStringLiteral("latest"),
                               QStringLiteral("--as-of"),
                               ForecastTime,
                               QStringLiteral("--json")};
        const auto before = cli(asOf, store);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        // A stronger forecast issued an hour later, written with the real sqlite3 shell.
        const auto inserted = runProcess(
            QStringLiteral("sqlite3"),
            {store,
             QStringLiteral("INSERT INTO weather(territory_id, valid_time, issued_time, "
                            "source, gust_ms, wind_ms, precip_mm) SELECT territory_id, "
                            "valid_time, issued_time + 3600, source, gust_ms + 10, wind_ms + "
                            "6, precip_mm FROM weather WHERE issued_time = (SELECT "
                            "max(issued_time) FROM weather)")});
        QVERIFY2(inserted.exitCode == 0, qPrintable(inserted.err));
        const auto after = cli(asOf, store);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, before.out);
        const auto latest = cli({QStringLiteral("predict"), QStringLiteral("--forecast"),
                                 QStringLiteral("latest"), QStringLiteral("--json")},
                                store);
        QCOMPARE(latest.exitCode, 0);
        QVERIFY(jsonObject(latest)
                    .value(QStringLiteral("total"))
                    .toObject()
                    .value(QStringLiteral("mean"))
                    .toDouble() > jsonObject(before)
                                      .value(QStringLiteral("total"))
                                      .toObject()
                                      .value(QStringLiteral("mean"))
                                      .toDouble());
    }

    void theContractRefusesAModelFromSabotagedOutcomes()
    {
        const QString store = copyStore(QStringLiteral("sabotaged.sqlite"));
        // Outcomes swapped so that calm territories had the outages and windy ones none.
        const auto sabotaged = runProcess(
            QStringLiteral("sqlite3"),
            {store,
             QStringLiteral(
                 "UPDATE storm_outcome SET outages = CASE WHEN (SELECT max(w.gust_ms) FROM "
                 "weather w JOIN storm s ON s.id = storm_outcome.storm_id WHERE "
                 "w.territory_id = storm_outcome.territory_id AND w.issued_time IS NULL AND "
                 "w.valid_time BETWEEN s.start_time AND s.end_time) > 18 THEN 0 ELSE 30 END")});
        QVERIFY2(sabotaged.exitCode == 0, qPrintable(sabotaged.err));
        const auto trained =
            cli({QStringLiteral("train"), QStringLiteral("--no-constraints"),
                 QStringLiteral("--ridge"), QStringLiteral("0"), QStringLiteral("--pooling"),
                 QStringLiteral("global"), QStringLiteral("--activate")},
                store);
        QCOMPARE(trained.exitCode, 1);
        QVERIFY2(trained.out.contains(QLatin1String("Contract: FAILED")), qPrintable(trained.out));
        QVERIFY(trained.err.contains(QLatin1String("stored as rejected")));
        const auto listed = cli(
            {QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")}, store);
        const QJsonArray models = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        const QJsonObject last = models.last().toObject();
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const auto refused = cli({QStringLiteral("models"), QStringLiteral("activate"),
                                  QString::number(last.value(QStringLiteral("id")).toInteger())},
                                 store);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("failed its contract")),
                 qPrintable(refused.err));
        // The model that was active stays active.
        QCOMPARE(models.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
    }

    void evaluationPutsTheModelAheadOfItsBaselines()
    {
        const QString report = m_dir.filePath(QStringLiteral("evaluation.md"));
        const auto evaluated = cli({QStringLiteral("evaluate"), QStringLiteral("--no-inner-cv"),
                                    QStringLiteral("--json"), QStringLiteral("--report"), report});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
        const QJsonArray models = jsonObject(evaluated).value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 5);
        QHash<QString, double> score;
        for (const QJsonValue &m : models)
            score.insert(m[QStringLiteral("key")].toString(),
                         m[QStringLiteral("overall")][QStringLiteral("meanLogScore")].toDouble());
        for (const QString &baseline :
             {QStringLiteral("wind_only"), QStringLiteral("climatology"), QStringLiteral("analog")})
            QVERIFY2(score.value(QStringLiteral("model_global")) < score.value(baseline),
                     qPrintable(baseline));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("## Calibration"));
    }

    void badInputGetsClearErrors()
    {
        const auto neither = cli({QStringLiteral("predict")});
        QCOMPARE(neither.exitCode, 2);
        QVERIFY(neither.err.contains(QLatin1String("--storm CODE or --forecast latest")));
        const auto badTime =
            cli({QStringLiteral("predict"), QStringLiteral("--forecast"), QStringLiteral("latest"),
                 QStringLiteral("--as-of"), QStringLiteral("yesterday")});
        QCOMPARE(badTime.exitCode, 2);
        QVERIFY(badTime.err.contains(QLatin1String("--as-of yesterday")));
        const auto unknown = cli({QStringLiteral("predict"), QStringLiteral("--storm"),
                                  QStringLiteral("no-such-storm")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("no storm 'no-such-storm'")));
        const auto badModel =
            cli({QStringLiteral("models"), QStringLiteral("activate"), QStringLiteral("x")});
        QCOMPARE(badModel.exitCode, 2);
        const auto missing =
            cli({QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("no model 999")));
        const auto family =
            cli({QStringLiteral("train"), QStringLiteral("--family"), QStringLiteral("gamma")});
        QCOMPARE(family.exitCode, 2);
        QVERIFY(family.err.contains(QLatin1String("expected negbin or poisson")));
    }
};

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_engine_cli.moc"
