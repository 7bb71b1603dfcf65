// Whole demo stores: one built in-process (progress, counts, forecast, quality reports, where
// incidents lie, the generating model recovered from the store alone), and the real
// `stormcrew-cli demo create` for determinism and --force.
#include "processrunner.h"
#include "storedigest.h"

#include "demo/demobuilder.h"
#include "demo/demomodel.h"
#include "features/leafon.h"
#include "ingest/importreport.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <Eigen/Dense>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stormcrew;

namespace {

constexpr quint64 Seed = 7;
constexpr qint64 Now = 1795933020; // 2026-11-29T06:17:00Z: the forecast is issued at 06:00
constexpr qint64 IssueHour = 1795932000;
const QString NowText = QStringLiteral("2026-11-29T06:17:00Z");

qint64 scalar(sqlite3 *db, const char *sql)
{
    auto stmt = sqlite::prepare(db, QString::fromUtf8(sql));
    if (!stmt || sqlite3_step(stmt.get()) != SQLITE_ROW)
        return -1;
    return sqlite3_column_int64(stmt.get(), 0);
}

// The covariates of docs/demo-data.md, computed from the store's tables alone (leaf-on from the
// start time and the latitude in C++: leafOn() is not SQL).
constexpr const char *FeatureQuery = R"(
WITH hourly AS (
  SELECT s.id AS storm_id, w.territory_id, max(w.gust_ms) AS gust, sum(w.gust_ms >= 20) AS hours
  FROM storm s JOIN weather w ON w.source = 'demo-hourly' AND w.issued_time IS NULL
   AND w.valid_time BETWEEN s.start_time AND s.end_time
  GROUP BY s.id, w.territory_id),
antecedent AS (
  SELECT s.id AS storm_id, w.territory_id, sum(w.precip_mm) AS mm
  FROM storm s JOIN weather w ON w.source = 'demo-daily' AND w.issued_time IS NULL
   AND w.valid_time >= s.start_time - s.start_time % 86400 - 14 * 86400
   AND w.valid_time < s.start_time - s.start_time % 86400
  GROUP BY s.id, w.territory_id)
SELECT o.outages, t.overhead_km, h.gust, h.hours, s.start_time, (t.min_lat + t.max_lat) / 2,
  t.canopy_fraction, a.mm,
  (s.start_time - CAST(strftime('%s', t.last_trimmed) AS INTEGER)) / (365.25 * 86400)
FROM storm_outcome o JOIN storm s ON s.id = o.storm_id JOIN territory t ON t.id = o.territory_id
JOIN hourly h ON h.storm_id = o.storm_id AND h.territory_id = o.territory_id
JOIN antecedent a ON a.storm_id = o.storm_id AND a.territory_id = o.territory_id
)";

} // namespace

class TestDemoStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    demo::DemoSummary m_summary;
    std::vector<demo::DemoProgress> m_progress;
    std::unique_ptr<Store> m_store;
    QByteArray m_digest;

    [[nodiscard]] sqlite3 *db() const { return m_store->handle(); }

    [[nodiscard]] static ProcessResult cli(const QStringList &arguments)
    {
        return runProcess(QStringLiteral(STORMCREW_CLI_PATH), arguments,
                          QProcessEnvironment::systemEnvironment(), 900'000);
    }

    [[nodiscard]] static QByteArray digestOf(const QString &path)
    {
        auto opened = Store::open(path, Store::Access::ReadOnly);
        return opened ? test::storeDigest(opened.value()->handle()) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.seed = Seed;
        options.now = Now;
        auto built = demo::DemoBuilder(options).build(m_storePath, [&](const auto &progress) {
            m_progress.push_back(progress);
            return true;
        });
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        m_summary = built.value();
        qInfo("demo built in %.1f s: %lld incidents, %lld weather rows", m_summary.seconds,
              m_summary.incidents, m_summary.weatherRows);
        auto opened = Store::open(m_storePath, Store::Access::ReadOnly);
        QVERIFY(opened);
        m_store = std::move(opened).value();
        m_digest = test::storeDigest(db());
        QVERIFY(!m_digest.isEmpty());
    }

    void progressIsReportedStepByStep()
    {
        // Before each step (0 done, 1 done, ...) and once more when the store is in place.
        QVERIFY(m_progress.size() >= 5);
        for (std::size_t i = 0; i < m_progress.size(); ++i) {
            QCOMPARE(m_progress[i].step, int(i));
            QCOMPARE(m_progress[i].steps, int(m_progress.size()) - 1);
            QVERIFY(!m_progress[i].message.isEmpty());
        }
        QCOMPARE(m_progress.front().fraction(), 0.0);
        QCOMPARE(m_progress.back().fraction(), 1.0);
        QVERIFY(!QFile::exists(m_storePath + QStringLiteral(".demo-partial")));
    }

    void holdsTerritoriesStormsWeatherAndIncidents()
    {
        QCOMPARE(scalar(db(), "SELECT count(*) FROM territory WHERE code LIKE '21___'"), 120);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM territory WHERE customers > 0 AND "
                              "overhead_km > 0 AND underground_km > 0 AND poles > 0 AND "
                              "canopy_fraction BETWEEN 0 AND 1 AND last_trimmed IS NOT NULL "
                              "AND depot_id IS NOT NULL"),
                 120);
        QVERIFY(scalar(db(), "SELECT count(*) FROM depot") >= 5);
        QVERIFY(scalar(db(), "SELECT count(*) FROM crew_pool WHERE kind = 'mutual_aid'") >= 1);
        const qint64 storms = scalar(db(), "SELECT count(*) FROM storm");
        QVERIFY(storms >= 60);
        QVERIFY(scalar(db(), "SELECT count(DISTINCT strftime('%Y', start_time, 'unixepoch')) "
                             "FROM storm") >= 6);
        QVERIFY(scalar(db(), "SELECT count(DISTINCT kind) FROM storm") >= 5);
        // Every storm has hourly weather for every territory over its whole span.
        QCOMPARE(scalar(db(), "SELECT count(*) FROM storm s WHERE (SELECT count(DISTINCT "
                              "territory_id) FROM weather w WHERE w.issued_time IS NULL AND "
                              "w.valid_time BETWEEN s.start_time AND s.end_time) = 120 AND "
                              "(SELECT count(*) FROM weather w WHERE w.source = 'demo-hourly' "
                              "AND w.valid_time BETWEEN s.start_time AND s.end_time) = "
                              "120 * ((s.end_time - s.start_time) / 3600 + 1)"),
                 storms);
        QVERIFY(scalar(db(), "SELECT count(*) FROM storm s WHERE EXISTS (SELECT 1 FROM incident "
                             "i WHERE i.storm_id = s.id)") >= 60);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM storm_outcome"), storms * 120);
    }

    void theIncomingForecastIsIssuedAtCreation()
    {
        QCOMPARE(scalar(db(), "SELECT max(issued_time) FROM weather"), IssueHour);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM weather WHERE issued_time = 1795932000 AND "
                              "gust_ms IS NOT NULL AND wind_ms IS NOT NULL AND precip_mm IS NOT "
                              "NULL AND gust_ms >= wind_ms"),
                 120 * 72);
        QCOMPARE(scalar(db(), "SELECT min(valid_time) - min(issued_time) FROM weather WHERE "
                              "issued_time = 1795932000"),
                 3600);
        QCOMPARE(scalar(db(), "SELECT max(valid_time) - min(issued_time) FROM weather WHERE "
                              "issued_time = 1795932000"),
                 72 * 3600);
        QCOMPARE(m_summary.forecastIssued, IssueHour);
    }

    // Every past storm's forecasts as they were issued, 72, 48 and 24 h ahead on the 6-hourly
    // cycle: hourly over its window (demo-forecast), daily for the days between the issue and
    // the storm (demo-forecast-daily). Checked on one territory through the weather_key index.
    void everyPastStormHasItsForecastsAsIssued()
    {
        const qint64 storms = scalar(db(), "SELECT count(*) FROM storm");
        QCOMPARE(scalar(db(), "SELECT count(DISTINCT issued_time) FROM weather WHERE "
                              "issued_time IS NOT NULL"),
                 1 + 3 * storms);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM weather WHERE source = 'demo-forecast' AND "
                              "issued_time < 1795932000"),
                 scalar(db(), "SELECT 3 * 120 * sum((end_time - start_time) / 3600 + 1) FROM "
                              "storm"));
        QCOMPARE(scalar(db(), "SELECT count(*) FROM storm s JOIN weather w ON w.territory_id = "
                              "(SELECT min(id) FROM territory) AND w.source = 'demo-forecast' "
                              "AND w.valid_time = s.start_time AND w.issued_time < s.start_time "
                              "WHERE w.issued_time % 21600 = 0 AND (s.start_time - "
                              "w.issued_time) / 21600 IN (4, 8, 12)"),
                 3 * storms);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM storm s JOIN weather w ON w.territory_id = "
                              "(SELECT min(id) FROM territory) AND w.source = "
                              "'demo-forecast-daily' AND w.valid_time = s.start_time - "
                              "s.start_time % 86400 - 86400 AND w.issued_time < s.start_time"),
                 3 * storms);
    }

    void everyImportReportIsClean()
    {
        QCOMPARE(m_summary.reports.size(), std::size_t(12));
        for (const ImportReport &report : m_summary.reports) {
            QVERIFY2(report.rejected() == 0 && report.accepted() == report.read(),
                     qPrintable(report.toText()));
        }
        auto logged = sqlite::prepare(db(), QStringLiteral("SELECT report_json FROM import_log"));
        int entries = 0;
        while (sqlite3_step(logged.get()) == SQLITE_ROW) {
            const ImportReport report = ImportReport::fromJson(
                QJsonDocument::fromJson(sqlite::columnText(logged.get(), 0).toUtf8()).object());
            QVERIFY2(report.rejected() == 0 && report.read() > 0, qPrintable(report.toText()));
            ++entries;
        }
        QCOMPARE(entries, 12);
    }

    void incidentsLieInTheirTerritoryAndStorm()
    {
        QVERIFY(scalar(db(), "SELECT count(*) FROM incident") > 5000);
        // The generator names each incident <storm>-<territory>-<n>; the importer located it by
        // point-in-polygon and the storm importer linked it by time.
        QCOMPARE(scalar(db(), "SELECT count(*) FROM incident i JOIN territory t ON t.id = "
                              "i.territory_id JOIN storm s ON s.id = i.storm_id WHERE "
                              "i.external_id LIKE s.code || '-' || t.code || '-%' AND i.lon "
                              "BETWEEN t.min_lon AND t.max_lon AND i.lat BETWEEN t.min_lat AND "
                              "t.max_lat AND i.start_time BETWEEN s.start_time AND s.end_time "
                              "AND i.end_time > i.start_time"),
                 scalar(db(), "SELECT count(*) FROM incident"));
        QCOMPARE(scalar(db(), "SELECT count(*) FROM storm_outcome o WHERE o.outages != (SELECT "
                              "count(*) FROM incident i WHERE i.storm_id = o.storm_id AND "
                              "i.territory_id = o.territory_id)"),
                 0);
    }

    // A negative-binomial fit (theta fixed at the truth) on covariates read from the store
    // alone recovers the generator's coefficients: the store says what docs/demo-data.md says.
    void theGeneratingModelIsRecoverable()
    {
        auto stmt = sqlite::prepare(db(), QString::fromUtf8(FeatureQuery));
        QVERIFY(stmt);
        std::vector<std::array<double, 8>> rows;
        while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
            std::array<double, 8> row{};
            for (int c = 0; c < 4; ++c)
                row[std::size_t(c)] = sqlite3_column_double(stmt.get(), c);
            row[4] =
                leafOn(sqlite3_column_double(stmt.get(), 5), sqlite3_column_int64(stmt.get(), 4));
            for (int c = 6; c < 9; ++c)
                row[std::size_t(c) - 1] = sqlite3_column_double(stmt.get(), c);
            rows.push_back(row);
        }
        QCOMPARE(qint64(rows.size()), scalar(db(), "SELECT count(*) FROM storm_outcome"));
        const Eigen::Index n = Eigen::Index(rows.size());
        Eigen::MatrixXd x(n, 7);
        Eigen::VectorXd y(n);
        Eigen::VectorXd offset(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            const auto &r = rows[std::size_t(i)];
            y(i) = r[0];
            offset(i) = std::log(r[1]);
            x.row(i) << 1, std::log(r[2]), r[3], r[4], r[5], r[6], r[7];
        }
        using namespace demo::truth;
        const double truth[] = {Intercept, LogGust,          HoursAbove20,  LeafOn,
                                Canopy,    AntecedentPrecip, YearsSinceTrim};
        Eigen::VectorXd beta = Eigen::VectorXd::Zero(7);
        beta(0) = std::log(y.sum() / offset.array().exp().sum());
        Eigen::MatrixXd information;
        for (int iteration = 0; iteration < 50; ++iteration) {
            const Eigen::VectorXd eta = x * beta + offset;
            const Eigen::ArrayXd mu = eta.array().exp();
            const Eigen::ArrayXd w = mu / (1 + mu / Theta);
            const Eigen::VectorXd z = (eta - offset).array() + (y.array() - mu) / mu;
            information = x.transpose() * w.matrix().asDiagonal() * x;
            const Eigen::VectorXd next =
                information.ldlt().solve(x.transpose() * (w * z.array()).matrix());
            const double change = (next - beta).cwiseAbs().maxCoeff();
            beta = next;
            if (change < 1e-10)
                break;
        }
        const Eigen::VectorXd se = information.inverse().diagonal().cwiseSqrt();
        for (int k = 0; k < 7; ++k) {
            qInfo("coefficient %d: %.4f (truth %.4f, se %.4f)", k, beta(k), truth[k], se(k));
            QVERIFY2(std::fabs(beta(k) - truth[k]) < 4 * se(k),
                     qPrintable(QStringLiteral("coefficient %1 is %2, the truth %3 (se %4)")
                                    .arg(k)
                                    .arg(beta(k))
                                    .arg(truth[k])
                                    .arg(se(k))));
        }
    }

    void theCliGivesTheSameStoreForTheSameSeed()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const auto made = cli({QStringLiteral("demo"), QStringLiteral("create"),
                               QStringLiteral("--db"), path, QStringLiteral("--seed"),
                               QString::number(Seed), QStringLiteral("--now"), NowText});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral("120 territories")), qPrintable(made.out));
        QVERIFY(made.err.contains(QStringLiteral("[1/")));
        QCOMPARE(digestOf(path), m_digest);
    }

    void anExistingStoreIsReplacedOnlyWithForce()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(QFile::exists(path));
        const QByteArray before = fileDigest(path);
        const auto refused =
            cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--db"), path,
                 QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--now"), NowText});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("a store already exists here; give --force")),
                 qPrintable(refused.err));
        QCOMPARE(fileDigest(path), before);

        const auto replaced =
            cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--db"), path,
                 QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--now"), NowText,
                 QStringLiteral("--force"), QStringLiteral("--json")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        const QJsonObject summary = QJsonDocument::fromJson(replaced.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("seed")).toString(), QStringLiteral("8"));
        QCOMPARE(summary.value(QStringLiteral("territories")).toInt(), 120);
        const QByteArray other = digestOf(path);
        QVERIFY(!other.isEmpty());
        QVERIFY(other != m_digest); // another seed, another demo
    }

    void usageErrorsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action")
            << QStringList{} << 2 << QStringLiteral("Usage: stormcrew-cli demo");
        QTest::newRow("a seed that is not a number")
            << QStringList{QStringLiteral("create"), QStringLiteral("--seed"),
                           QStringLiteral("many")}
            << 2 << QStringLiteral("--seed many is not a whole number");
        QTest::newRow("a time that is not ISO 8601")
            << QStringList{QStringLiteral("create"), QStringLiteral("--now"),
                           QStringLiteral("tomorrow")}
            << 2 << QStringLiteral("--now tomorrow is not an ISO 8601 time");
        QTest::newRow("a forecast inside the history")
            << QStringList{QStringLiteral("create"), QStringLiteral("--now"),
                           QStringLiteral("2024-06-01T00:00:00Z")}
            << 1 << QStringLiteral("cannot be issued before 2026-01-15T00:00:00Z");
    }

    void usageErrorsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto result = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                                            m_dir.filePath(QStringLiteral("unused.sqlite"))} +
                                arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unused.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
