// The feature builder on a whole demo store: the engine's features are the generator's
// covariates and the docs' SQL definitions, point-in-time reads ignore what came later, gaps
// become NaN with a note, and `stormcrew-cli features` shows the same table.
#include "processrunner.h"

#include "demo/demobuilder.h"
#include "demo/demogdalfiles.h"
#include "demo/demooutages.h"
#include "demo/demoutility.h"
#include "demo/demoweather.h"
#include "features/featurebuilder.h"
#include "features/featurecatalogue.h"
#include "features/leafon.h"
#include "features/weathersources.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

using namespace stormcrew;

namespace {

constexpr quint64 Seed = 5;
// 2026-01-20T06:00:00Z: the forecast's 30 days before reach back into December 2025.
constexpr qint64 Now = 1768888800;

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

qint64 scalar(sqlite3 *db, const QString &sql)
{
    auto stmt = sqlite::prepare(db, sql);
    if (!stmt || sqlite3_step(stmt.get()) != SQLITE_ROW)
        return -1;
    return sqlite3_column_int64(stmt.get(), 0);
}

bool exec(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) ||
           std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

QString describe(const FeatureTable &t, std::size_t row, Feature f, double expected)
{
    return QStringLiteral("%1, territory %2, %3: %4, expected %5")
        .arg(t.stormCode, t.territoryCodes.at(qsizetype(row)), FeatureCatalogue::key(f))
        .arg(t.column(f)[row], 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

// The docs' SQL definitions of the storm-window and antecedent features (docs/model.md), for
// every (storm, territory) of the demo.
constexpr const char *DocsQuery = R"(
WITH hourly AS (
  SELECT s.id AS storm_id, w.territory_id, max(w.gust_ms) AS gust, max(w.wind_ms) AS wind,
         sum(w.gust_ms >= 20) AS hours, sum(w.precip_mm) AS precip,
         sum(coalesce(w.snow_mm, 0) + coalesce(w.ice_mm, 0)) AS snow_ice
  FROM storm s JOIN weather w ON w.source = 'demo-hourly' AND w.issued_time IS NULL
   AND w.valid_time BETWEEN s.start_time AND s.end_time
  GROUP BY s.id, w.territory_id),
daily AS (
  SELECT s.id AS storm_id, w.territory_id,
    sum(CASE WHEN w.valid_time >= s.start_time - s.start_time % 86400 - 14 * 86400
        THEN w.precip_mm END) AS mm14,
    sum(w.precip_mm) AS mm30
  FROM storm s JOIN weather w ON w.source = 'demo-daily' AND w.issued_time IS NULL
   AND w.valid_time >= s.start_time - s.start_time % 86400 - 30 * 86400
   AND w.valid_time < s.start_time - s.start_time % 86400
  GROUP BY s.id, w.territory_id)
SELECT s.code, t.code, h.gust, h.wind, h.hours, h.precip, h.snow_ice, d.mm14, d.mm30,
  (t.min_lat + t.max_lat) / 2, s.start_time, t.canopy_fraction, t.overhead_km,
  (s.start_time - CAST(strftime('%s', t.last_trimmed) AS INTEGER)) / (365.25 * 86400)
FROM storm s JOIN territory t
JOIN hourly h ON h.storm_id = s.id AND h.territory_id = t.id
JOIN daily d ON d.storm_id = s.id AND d.territory_id = t.id
)";

} // namespace

class TestFeatureBuilder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<Store> m_store;
    std::vector<FeatureTable> m_history;
    qint64 m_issued = 0;

    [[nodiscard]] sqlite3 *db() const { return m_store->handle(); }

    [[nodiscard]] static ProcessResult cli(const QStringList &arguments)
    {
        return runProcess(QStringLiteral(STORMCREW_CLI_PATH), arguments,
                          QProcessEnvironment::systemEnvironment(), 300'000);
    }

    // A storm whose window is long enough to put an as-of time in its middle.
    [[nodiscard]] const FeatureTable &longStorm() const
    {
        const FeatureTable *longest = &m_history.front();
        for (const FeatureTable &t : m_history) {
            if (t.windowEnd - t.windowStart > longest->windowEnd - longest->windowStart)
                longest = &t;
        }
        return *longest;
    }

    [[nodiscard]] FeatureTable build(const FeatureRequest &request) const
    {
        auto built = FeatureBuilder(*m_store).build(request);
        if (!built)
            qFatal("%s", qPrintable(built.error().toString()));
        return std::move(built).value();
    }

    static void compareTables(const FeatureTable &a, const FeatureTable &b)
    {
        QCOMPARE(a.stormId, b.stormId);
        QCOMPARE(a.windowStart, b.windowStart);
        QCOMPARE(a.windowEnd, b.windowEnd);
        QCOMPARE(a.forecastIssued, b.forecastIssued);
        QCOMPARE(a.territoryIds, b.territoryIds);
        for (Feature f : FeatureCatalogue::all()) {
            for (std::size_t i = 0; i < a.territoryIds.size(); ++i)
                QVERIFY2(same(a.column(f)[i], b.column(f)[i]),
                         qPrintable(describe(a, i, f, b.column(f)[i])));
        }
        QCOMPARE(a.outages, b.outages);
        QCOMPARE(a.notes, b.notes);
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
        auto built =
            demo::DemoBuilder(options).build(m_storePath, [](const auto &) { return true; });
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        m_issued = built.value().forecastIssued;
        auto opened = Store::open(m_storePath, Store::Access::ReadWrite);
        QVERIFY(opened);
        m_store = std::move(opened).value();

        // The time is printed, not asserted: tests run on slow, busy machines (bench/ measures).
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpu = std::clock();
        auto history = FeatureBuilder(*m_store).history();
        const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        QVERIFY2(history, qPrintable(history ? QString() : history.error().toString()));
        m_history = std::move(history).value();
        qInfo("history: %zu storms x %lld territories in %lld ms (%.0f ms CPU; %lld weather rows)",
              m_history.size(), m_history.front().rows(), clock.elapsed(), cpuMs,
              scalar(db(), QStringLiteral("SELECT count(*) FROM weather")));
    }

    void theHistoryHoldsEveryStormWithOutcomesOldestFirst()
    {
        QCOMPARE(qint64(m_history.size()),
                 scalar(db(), QStringLiteral("SELECT count(*) FROM storm")));
        for (std::size_t s = 1; s < m_history.size(); ++s)
            QVERIFY(m_history[s - 1].windowStart < m_history[s].windowStart);
        qint64 outages = 0;
        for (const FeatureTable &t : m_history) {
            QCOMPARE(t.rows(), 120);
            QCOMPARE(t.outages.size(), std::size_t(120));
            for (double v : t.outages)
                outages += qint64(v);
            QVERIFY(!t.asOf);
            QVERIFY(!t.forecastIssued);
            // The demo imports no NDVI: leaf-on is the calendar's everywhere.
            QCOMPARE(t.leafOnSource.size(), std::size_t(120));
            QVERIFY(std::all_of(t.leafOnSource.begin(), t.leafOnSource.end(),
                                [](LeafOnSource s) { return s == LeafOnSource::Calendar; }));
        }
        QCOMPARE(outages, scalar(db(), QStringLiteral("SELECT sum(outages) FROM storm_outcome")));
        QCOMPARE(outages, scalar(db(), QStringLiteral("SELECT count(*) FROM incident")));
    }

    // The engine's features are exactly the covariates the generator drew the outages from.
    void theFeaturesAreTheGeneratorsCovariates()
    {
        auto counties = demo::DemoGdalFiles::loadCounties();
        QVERIFY(counties);
        const demo::DemoUtility utility = demo::generateUtility(counties.value(), Seed);
        const demo::DemoHistory history = demo::generateHistory(counties.value(), Seed);
        const std::vector<double> canopy(m_history.front().column(Feature::Canopy).begin(),
                                         m_history.front().column(Feature::Canopy).end());
        const demo::DemoOutages outages =
            demo::generateOutages(counties.value(), utility, canopy, history, Seed);
        QCOMPARE(outages.outcomes.size(), m_history.size() * 120);
        for (const demo::DemoOutcome &o : outages.outcomes) {
            const FeatureTable &t = m_history[std::size_t(o.storm)];
            const auto i = std::size_t(o.territory);
            QCOMPARE(t.territoryCodes.at(o.territory), counties.value()[i].code);
            const std::pair<Feature, double> expected[] = {
                {Feature::PeakGust, o.x.gust},
                {Feature::HoursGustAbove20, o.x.hoursAbove20},
                {Feature::LeafOn, o.x.leafOn},
                {Feature::Canopy, o.x.canopy},
                {Feature::Antecedent14, o.x.antecedentMm},
                {Feature::YearsSinceTrim, o.x.yearsSinceTrim}};
            for (const auto &[f, value] : expected)
                QVERIFY2(same(t.column(f)[i], value), qPrintable(describe(t, i, f, value)));
            QCOMPARE(t.outages[i], double(o.outages));
        }
    }

    void theFeaturesMatchTheDocsSql()
    {
        std::map<std::pair<QString, QString>, std::vector<double>> expected;
        auto stmt = sqlite::prepare(db(), QString::fromUtf8(DocsQuery));
        QVERIFY(stmt);
        while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
            std::vector<double> row;
            for (int c = 2; c < 14; ++c)
                row.push_back(sqlite3_column_type(stmt.get(), c) == SQLITE_NULL
                                  ? NaN
                                  : sqlite3_column_double(stmt.get(), c));
            expected[{sqlite::columnText(stmt.get(), 0), sqlite::columnText(stmt.get(), 1)}] = row;
        }
        QCOMPARE(expected.size(), m_history.size() * 120);
        for (const FeatureTable &t : m_history) {
            for (std::size_t i = 0; i < std::size_t(t.rows()); ++i) {
                const std::vector<double> &r =
                    expected.at({t.stormCode, t.territoryCodes.at(qsizetype(i))});
                const std::pair<Feature, double> columns[] = {
                    {Feature::PeakGust, r[0]},
                    {Feature::PeakWind, r[1]},
                    {Feature::HoursGustAbove20, r[2]},
                    {Feature::StormPrecip, r[3]},
                    {Feature::SnowIce, r[4]},
                    {Feature::Antecedent14, r[5]},
                    {Feature::Antecedent30, r[6]},
                    {Feature::LeafOn, leafOn(r[7], qint64(r[8]))},
                    {Feature::Canopy, r[9]},
                    {Feature::OverheadKm, r[10]},
                    {Feature::YearsSinceTrim, r[11]}};
                for (const auto &[f, value] : columns)
                    QVERIFY2(same(t.column(f)[i], value), qPrintable(describe(t, i, f, value)));
            }
        }
    }

    void daysSinceRainFollowsTheDailyRows()
    {
        // Every daily row, then the rule walked by hand: back from the start day until 10 mm,
        // a day without a row, or 60 days.
        std::map<std::pair<qint64, qint64>, double> rain;
        auto stmt = sqlite::prepare(
            db(), QStringLiteral("SELECT territory_id, valid_time, precip_mm FROM weather WHERE "
                                 "source = 'demo-daily'"));
        while (sqlite3_step(stmt.get()) == SQLITE_ROW)
            rain[{sqlite3_column_int64(stmt.get(), 0), sqlite3_column_int64(stmt.get(), 1)}] =
                sqlite3_column_double(stmt.get(), 2);
        int lowerBounds = 0;
        int found = 0;
        for (const FeatureTable &t : m_history) {
            const qint64 startDay = t.windowStart - t.windowStart % 86400;
            for (std::size_t i = 0; i < std::size_t(t.rows()); ++i) {
                double expected = 60;
                for (int back = 1; back <= 60; ++back) {
                    const auto day = rain.find({t.territoryIds[i], startDay - back * 86400});
                    if (day == rain.end()) {
                        expected = back - 1;
                        ++lowerBounds;
                        break;
                    }
                    if (day->second >= 10) {
                        expected = back;
                        ++found;
                        break;
                    }
                }
                const double value = t.column(Feature::DaysSinceRain)[i];
                QVERIFY2(same(value, expected),
                         qPrintable(describe(t, i, Feature::DaysSinceRain, expected)));
            }
        }
        QVERIFY(found > 1000); // most pairs see rain within their 30 days
        qInfo("days since rain: %d found, %d lower bounds", found, lowerBounds);
    }

    void sourcePeriodsAreInferred()
    {
        auto sources = readWeatherSources(db(), m_storePath);
        QVERIFY(sources);
        QMap<QString, qint64> periods;
        for (const WeatherSource &source : sources.value())
            periods.insert(source.name, source.period);
        const QMap<QString, qint64> expected{{QStringLiteral("demo-daily"), 86400},
                                             {QStringLiteral("demo-forecast"), 3600},
                                             {QStringLiteral("demo-forecast-daily"), 86400},
                                             {QStringLiteral("demo-hourly"), 3600}};
        QCOMPARE(periods, expected);

        // A source with one valid time per territory has no period: not read, and said so; one
        // every 15 minutes is finer than hourly and feeds the window, each row a quarter hour.
        const FeatureTable &stored = m_history.back();
        QVERIFY(exec(db(), QStringLiteral("SAVEPOINT sources")));
        QVERIFY(exec(db(), QStringLiteral("INSERT INTO weather(territory_id, valid_time, source, "
                                          "gust_ms) SELECT id, %1, 'snapshot', 70 FROM territory")
                               .arg(stored.windowStart)));
        QVERIFY(exec(db(), QStringLiteral("INSERT INTO weather(territory_id, valid_time, source, "
                                          "gust_ms) SELECT id, %1 + 900 * k.k, 'quarter-hourly', "
                                          "21 FROM territory, (SELECT 1 AS k UNION SELECT 2) k")
                               .arg(stored.windowStart)));
        auto withTest = readWeatherSources(db(), m_storePath);
        FeatureRequest request;
        request.stormId = stored.stormId;
        const FeatureTable t = build(request);
        QVERIFY(exec(db(), QStringLiteral("ROLLBACK TO sources")));
        QVERIFY(exec(db(), QStringLiteral("RELEASE sources")));
        QVERIFY(withTest);
        for (const WeatherSource &source : withTest.value()) {
            if (source.name == QLatin1String("snapshot"))
                QCOMPARE(source.period, 0);
            if (source.name == QLatin1String("quarter-hourly"))
                QCOMPARE(source.period, 900);
        }
        const QString notes = t.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("snapshot (period unknown")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("quarter-hourly (every 15 min)")),
                 qPrintable(notes));
        for (std::size_t i = 0; i < std::size_t(t.rows()); ++i) {
            QVERIFY(t.column(Feature::PeakGust)[i] < 70); // the snapshot is not read
            // Two quarter hours of 21 m/s between the hourly rows.
            const double hourly = stored.column(Feature::HoursGustAbove20)[i];
            QCOMPARE(t.column(Feature::HoursGustAbove20)[i], hourly + 0.5);
        }
    }

    void theForecastReadsItsIssueAndTheDaysBefore()
    {
        FeatureRequest request;
        request.target = FeatureRequest::Target::LatestForecast;
        const FeatureTable t = build(request);
        QCOMPARE(t.stormId, 0);
        QCOMPARE(t.stormCode, QStringLiteral("forecast"));
        QCOMPARE(t.forecastIssued, std::optional<qint64>(m_issued));
        QCOMPARE(t.windowStart, m_issued + 3600);
        QCOMPARE(t.windowEnd, m_issued + 72 * 3600);
        QCOMPARE(t.stormKind, [&] {
            auto stmt = sqlite::prepare(
                db(), QStringLiteral("SELECT value FROM setting WHERE key = 'demo.forecast_kind'"));
            return sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite::columnText(stmt.get(), 0)
                                                          : QString();
        }());
        QVERIFY(t.outages.empty());
        auto stmt = sqlite::prepare(
            db(), QStringLiteral("SELECT max(gust_ms), max(wind_ms), sum(precip_mm) FROM weather "
                                 "WHERE source = 'demo-forecast' AND territory_id = ?1 AND "
                                 "issued_time = ?2"));
        for (std::size_t i = 0; i < std::size_t(t.rows()); ++i) {
            sqlite3_reset(stmt.get());
            sqlite3_bind_int64(stmt.get(), 1, t.territoryIds[i]);
            sqlite3_bind_int64(stmt.get(), 2, m_issued);
            QCOMPARE(sqlite3_step(stmt.get()), SQLITE_ROW);
            QVERIFY(same(t.column(Feature::PeakGust)[i], sqlite3_column_double(stmt.get(), 0)));
            QVERIFY(same(t.column(Feature::PeakWind)[i], sqlite3_column_double(stmt.get(), 1)));
            QVERIFY(same(t.column(Feature::StormPrecip)[i], sqlite3_column_double(stmt.get(), 2)));
            // The demo observes 30 days before the issue day: both antecedents are complete.
            QVERIFY(!std::isnan(t.column(Feature::Antecedent14)[i]));
            QVERIFY(!std::isnan(t.column(Feature::Antecedent30)[i]));
            QVERIFY(!std::isnan(t.column(Feature::LeafOn)[i]));
        }
        // The forecast has no snow or ice column: 0, and said so.
        QVERIFY(t.notes.contains(QStringLiteral(
            "No weather row of the storm window reports snow or ice; snow and ice are 0.")));
        QVERIFY2(!t.notes.join(QLatin1Char('\n')).contains(QStringLiteral("missing")),
                 qPrintable(t.notes.join(QLatin1Char('\n'))));
    }

    // Rows a test inserts into the store (gust 55 m/s everywhere), inside a savepoint rolled
    // back afterwards; times relative to an as-of time in the middle of the longest storm.
    void pointInTime_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("issued"); // INT64_MIN: an observation
        QTest::addColumn<QList<qint64>>("valid");
        QTest::addColumn<qint64>("readFrom"); // the first as-of that reads them
        const qint64 observation = std::numeric_limits<qint64>::min();
        QTest::newRow("a forecast issued a minute after as-of")
            << QStringLiteral("test-forecast") << qint64(60) << QList<qint64>{3600, 7200}
            << qint64(60);
        QTest::newRow("an observation of an hour ending after as-of")
            << QStringLiteral("test-station") << observation << QList<qint64>{-1800, 1800}
            << qint64(5400);
        QTest::newRow("a forecast issued an hour before as-of")
            << QStringLiteral("test-forecast") << qint64(-3600) << QList<qint64>{3600, 7200}
            << qint64(0);
    }

    void pointInTime()
    {
        QFETCH(QString, source);
        QFETCH(qint64, issued);
        QFETCH(QList<qint64>, valid);
        QFETCH(qint64, readFrom);
        const FeatureTable &stored = longStorm();
        FeatureRequest request;
        request.stormId = stored.stormId;
        const qint64 asOf =
            stored.windowStart + (stored.windowEnd - stored.windowStart) / 2 / 3600 * 3600;
        request.asOf = asOf;
        // The demo's forecasts of its past storms would fill the hours not yet observed; this
        // test is about the rows it inserts.
        QVERIFY(exec(db(), QStringLiteral("SAVEPOINT test")));
        QVERIFY(
            exec(db(), QStringLiteral("DELETE FROM weather WHERE issued_time < %1").arg(m_issued)));
        const FeatureTable before = build(request);
        // The hours not yet observed are not read.
        for (std::size_t i = 0; i < std::size_t(before.rows()); ++i)
            QVERIFY(before.column(Feature::HoursGustAbove20)[i] <=
                    stored.column(Feature::HoursGustAbove20)[i]);

        auto insert = sqlite::prepare(
            db(), QStringLiteral("INSERT INTO weather(territory_id, valid_time, issued_time, "
                                 "source, gust_ms, wind_ms, precip_mm) SELECT id, ?1, ?2, ?3, 55, "
                                 "30, 1 FROM territory"));
        const QByteArray name = source.toUtf8();
        for (qint64 v : valid) {
            sqlite3_reset(insert.get());
            sqlite3_bind_int64(insert.get(), 1, asOf + v);
            if (issued == std::numeric_limits<qint64>::min())
                sqlite3_bind_null(insert.get(), 2);
            else
                sqlite3_bind_int64(insert.get(), 2, asOf + issued);
            sqlite3_bind_text(insert.get(), 3, name.constData(), int(name.size()), SQLITE_STATIC);
            QCOMPARE(sqlite3_step(insert.get()), SQLITE_DONE);
        }
        const FeatureTable after = build(request);
        request.asOf = asOf + readFrom;
        const FeatureTable reading = build(request);
        QVERIFY(exec(db(), QStringLiteral("ROLLBACK TO test")));
        QVERIFY(exec(db(), QStringLiteral("RELEASE test")));

        // From readFrom on the rows are read: every territory's peak gust is theirs.
        for (std::size_t i = 0; i < std::size_t(reading.rows()); ++i)
            QCOMPARE(reading.column(Feature::PeakGust)[i], 55.0);
        QVERIFY(reading.notes.join(QLatin1Char('\n')).contains(source));
        if (readFrom > 0) {
            compareTables(after, before); // before then: as if they were not there
            return;
        }
        for (std::size_t i = 0; i < std::size_t(after.rows()); ++i)
            QCOMPARE(after.column(Feature::HoursGustAbove20)[i],
                     before.column(Feature::HoursGustAbove20)[i] + 2);
        QCOMPARE(after.forecastIssued, std::optional<qint64>(asOf + issued));
        QVERIFY(after.notes.join(QLatin1Char('\n')).contains(QStringLiteral("are forecasts")));
    }

    void aLaterForecastIssueDoesNotReplaceTheLatestAsOf()
    {
        FeatureRequest request;
        request.target = FeatureRequest::Target::LatestForecast;
        request.asOf = m_issued + 1800;
        const FeatureTable before = build(request);
        QVERIFY(exec(db(), QStringLiteral("SAVEPOINT later")));
        QVERIFY(exec(db(), QStringLiteral("INSERT INTO weather(territory_id, valid_time, "
                                          "issued_time, source, gust_ms) SELECT territory_id, "
                                          "valid_time, issued_time + 3600, source, 60 FROM "
                                          "weather WHERE issued_time = %1")
                               .arg(m_issued)));
        const FeatureTable after = build(request);
        request.asOf = m_issued + 3600;
        const FeatureTable newer = build(request);
        QVERIFY(exec(db(), QStringLiteral("ROLLBACK TO later")));
        QVERIFY(exec(db(), QStringLiteral("RELEASE later")));
        compareTables(after, before);
        QCOMPARE(newer.forecastIssued, std::optional<qint64>(m_issued + 3600));
        QCOMPARE(newer.column(Feature::PeakGust)[0], 60.0);

        // Before the demo's first forecast (of its first past storm) there is none.
        request.asOf = scalar(db(), QStringLiteral("SELECT min(issued_time) FROM weather")) - 1;
        auto none = FeatureBuilder(*m_store).build(request);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("holds no forecast issued by")),
                 qPrintable(none.error().message));
    }

    void missingDataIsNaNWithANote()
    {
        const FeatureTable &stored = m_history.back();
        const qint64 a = stored.territoryIds[0], b = stored.territoryIds[1],
                     c = stored.territoryIds[2];
        QVERIFY(exec(db(), QStringLiteral("SAVEPOINT gaps")));
        // a: no hourly weather in the window (daily remains); b: no weather at all in it, and
        // no daily weather before it; c: no canopy.
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM weather WHERE source IN ('demo-hourly', "
                                          "'demo-forecast') AND territory_id IN (%1, %2) AND "
                                          "valid_time BETWEEN %3 AND %4")
                               .arg(a)
                               .arg(b)
                               .arg(stored.windowStart)
                               .arg(stored.windowEnd)));
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM weather WHERE source IN ('demo-daily', "
                                          "'demo-forecast-daily') AND territory_id = %1 AND "
                                          "valid_time > %2")
                               .arg(b)
                               .arg(stored.windowStart - 90 * 86400)));
        QVERIFY(exec(
            db(),
            QStringLiteral("UPDATE territory SET canopy_fraction = NULL WHERE id = %1").arg(c)));
        FeatureRequest request;
        request.stormId = stored.stormId;
        const FeatureTable t = build(request);
        QVERIFY(exec(db(), QStringLiteral("ROLLBACK TO gaps")));
        QVERIFY(exec(db(), QStringLiteral("RELEASE gaps")));

        const QString notes = t.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Hourly weather covers 118 of 120 territories")),
                 qPrintable(notes));
        // a: daily fallback, hours above 20 m/s unknown.
        QVERIFY(!std::isnan(t.column(Feature::PeakGust)[0]));
        QVERIFY(std::isnan(t.column(Feature::HoursGustAbove20)[0]));
        QVERIFY(notes.contains(QStringLiteral("1 territories take peak gust")));
        // b: nothing for the window, nothing before it.
        for (Feature f : {Feature::PeakGust, Feature::PeakWind, Feature::HoursGustAbove20,
                          Feature::StormPrecip, Feature::SnowIce, Feature::Antecedent14,
                          Feature::Antecedent30, Feature::DaysSinceRain})
            QVERIFY2(std::isnan(t.column(f)[1]), qPrintable(FeatureCatalogue::key(f)));
        QVERIFY(
            notes.contains(QStringLiteral("1 territories have no weather for the storm window")));
        QVERIFY(notes.contains(
            QStringLiteral("Precipitation of the 14 days before is missing for 1 of 120")));
        QVERIFY(notes.contains(QStringLiteral("Days since significant rain is missing for 1")));
        // c: canopy.
        QVERIFY(std::isnan(t.column(Feature::Canopy)[2]));
        QVERIFY(notes.contains(QStringLiteral("Tree canopy is missing for 1 territories")));
        // Everyone else as before.
        for (Feature f : FeatureCatalogue::all()) {
            for (std::size_t i = 3; i < std::size_t(t.rows()); ++i)
                QVERIFY(same(t.column(f)[i], stored.column(f)[i]));
        }
    }

    void theCliShowsTheSameTable()
    {
        const FeatureTable &stored = m_history[m_history.size() / 2];
        const QString csvPath = m_dir.filePath(QStringLiteral("features.csv"));
        const auto shown = cli({QStringLiteral("features"), QStringLiteral("--db"), m_storePath,
                                QStringLiteral("--storm"), stored.stormCode,
                                QStringLiteral("--json"), QStringLiteral("--csv"), csvPath});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("stormCode")).toString(), stored.stormCode);
        const QJsonArray territories = json.value(QStringLiteral("territories")).toArray();
        QCOMPARE(territories.size(), stored.rows());
        for (qsizetype i = 0; i < territories.size(); ++i) {
            const QJsonObject row = territories.at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("code")).toString(), stored.territoryCodes.at(i));
            QCOMPARE(row.value(QStringLiteral("outages")).toDouble(),
                     stored.outages[std::size_t(i)]);
            const QJsonObject values = row.value(QStringLiteral("features")).toObject();
            for (Feature f : FeatureCatalogue::all()) {
                const QJsonValue v = values.value(FeatureCatalogue::key(f));
                QVERIFY(same(v.isNull() ? NaN : v.toDouble(), stored.column(f)[std::size_t(i)]));
            }
        }
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), stored.rows() + 1);
        const QStringList header = lines.front().split(QLatin1Char(','));
        QCOMPARE(header.mid(5, FeatureCount).front(), QStringLiteral("peak_gust"));
        QCOMPARE(header.back(), QStringLiteral("outages"));
        const qsizetype gustColumn = header.indexOf(QStringLiteral("peak_gust"));
        QCOMPARE(lines.at(1).split(QLatin1Char(',')).at(gustColumn).toDouble(),
                 stored.column(Feature::PeakGust)[0]);

        const auto text = cli({QStringLiteral("features"), QStringLiteral("--db"), m_storePath,
                               QStringLiteral("--forecast"), QStringLiteral("latest")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Storm forecast")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("peak_gust")));

        const auto catalogue = cli({QStringLiteral("features"), QStringLiteral("--catalogue")});
        QCOMPARE(catalogue.exitCode, 0);
        QCOMPARE(catalogue.out, FeatureCatalogue::markdownTable());

        const auto listed = cli({QStringLiteral("storms"), QStringLiteral("list"),
                                 QStringLiteral("--db"), m_storePath, QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray storms = QJsonDocument::fromJson(listed.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("storms"))
                                      .toArray();
        QCOMPARE(qsizetype(storms.size()), qsizetype(m_history.size()));
        QCOMPARE(storms.at(0).toObject().value(QStringLiteral("code")).toString(),
                 m_history.front().stormCode);
    }

    void theCliNamesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("neither a storm nor the forecast")
            << QStringList{} << 2
            << QStringLiteral("Give either --storm CODE or --forecast latest");
        QTest::newRow("both") << QStringList{QStringLiteral("--storm"), QStringLiteral("X"),
                                             QStringLiteral("--forecast"), QStringLiteral("latest")}
                              << 2
                              << QStringLiteral("Give either --storm CODE or --forecast latest");
        QTest::newRow("a forecast other than the latest")
            << QStringList{QStringLiteral("--forecast"), QStringLiteral("next")} << 2
            << QStringLiteral("--forecast next: only 'latest' is known");
        QTest::newRow("a storm code the store lacks")
            << QStringList{QStringLiteral("--storm"), QStringLiteral("DEMO-1999-01-01")} << 1
            << QStringLiteral("has no storm with code 'DEMO-1999-01-01'\nList the stored storms' "
                              "codes with: stormcrew-cli storms list");
        QTest::newRow("an as-of time that is not ISO 8601")
            << QStringList{QStringLiteral("--forecast"), QStringLiteral("latest"),
                           QStringLiteral("--as-of"), QStringLiteral("yesterday")}
            << 2
            << QStringLiteral("--as-of yesterday is not a time: give ISO 8601, e.g. "
                              "2024-06-01T18:00:00Z");
        QTest::newRow("an as-of time before any forecast")
            << QStringList{QStringLiteral("--forecast"), QStringLiteral("latest"),
                           QStringLiteral("--as-of"), QStringLiteral("2019-01-01T00:00:00Z")}
            << 1 << QStringLiteral("holds no forecast issued by 2019-01-01T00:00:00Z");
    }

    void theCliNamesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto result =
            cli(QStringList{QStringLiteral("features"), QStringLiteral("--db"), m_storePath} +
                arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeatureBuilder)
#include "tst_featurebuilder.moc"
