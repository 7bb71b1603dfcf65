// The demo generator without a store: its random draws, geometry and calendar helpers, and the
// storm history, outages and forecast it draws from the shipped counties.
#include "demo/demoforecasts.h"
#include "demo/demogdalfiles.h"
#include "demo/demomodel.h"
#include "demo/demooutages.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoutility.h"
#include "demo/demoweather.h"
#include "features/leafon.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>

using namespace stormcrew;
using namespace stormcrew::demo;

namespace {

constexpr quint64 Seed = 7;
// 2026-11-29T06:00:00Z, the forecast's issue time in these tests.
constexpr qint64 Now = 1795932000;

template <typename T> void hashVector(QCryptographicHash &hash, const std::vector<T> &values)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(values.data()),
                                qsizetype(values.size() * sizeof(T))));
}

QByteArray digest(const DemoHistory &history)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DemoStorm &s : history.storms)
        hash.addData(
            (s.code + s.name + QString::number(s.start) + QString::number(s.end)).toUtf8());
    for (const HourlyWeather &w : history.hourly) {
        hashVector(hash, w.gust);
        hashVector(hash, w.wind);
        hashVector(hash, w.precip);
        hashVector(hash, w.temp);
        hashVector(hash, w.ice);
    }
    for (const DailyWeather &d : history.daily) {
        hash.addData(QByteArray::number(d.day));
        hashVector(hash, d.precip);
        hashVector(hash, d.gust);
    }
    return hash.result().toHex();
}

QByteArray digest(const std::vector<IssuedForecast> &forecasts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const IssuedForecast &f : forecasts) {
        hash.addData(QByteArray::number(f.issued));
        hashVector(hash, f.hourly.gust);
        hashVector(hash, f.hourly.precip);
        hashVector(hash, f.hourly.ice);
        for (const DailyWeather &d : f.daily)
            hashVector(hash, d.precip);
    }
    return hash.result().toHex();
}

QByteArray digest(const DemoOutages &outages)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DemoIncident &i : outages.incidents)
        hash.addData(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                         .arg(i.storm)
                         .arg(i.territory)
                         .arg(i.start)
                         .arg(i.end)
                         .arg(i.customers)
                         .arg(i.cause)
                         .arg(i.lon, 0, 'f', 6)
                         .arg(i.lat, 0, 'f', 6)
                         .toUtf8());
    return hash.result().toHex();
}

struct Moments {
    double mean = 0;
    double variance = 0;
};

Moments moments(int n, const std::function<double()> &draw)
{
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; ++i) {
        const double x = draw();
        sum += x;
        squares += x * x;
    }
    const double mean = sum / n;
    return {mean, squares / n - mean * mean};
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private:
    std::vector<DemoCounty> m_counties;
    DemoUtility m_utility;
    DemoHistory m_history;

private Q_SLOTS:
    void initTestCase()
    {
        auto counties = DemoGdalFiles::loadCounties();
        QVERIFY2(counties, qPrintable(counties ? QString() : counties.error().toString()));
        m_counties = std::move(counties).value();
        m_utility = generateUtility(m_counties, Seed);
        m_history = generateHistory(m_counties, Seed);
    }

    void theEngineIsTheStandardOne()
    {
        // The C++ standard fixes the 10000th output of a default-seeded mt19937_64.
        DemoRandom random(5489);
        double u = 0;
        for (int i = 0; i < 10000; ++i)
            u = random.uniform();
        QCOMPARE(u, double(9981545732273789042ULL >> 11) * 0x1.0p-53);
    }

    void streamsAreReproducibleAndIndependent()
    {
        DemoRandom a = DemoRandom::stream(Seed, 3);
        DemoRandom b = DemoRandom::stream(Seed, 3);
        DemoRandom c = DemoRandom::stream(Seed, 4);
        for (int i = 0; i < 5; ++i) {
            const double x = a.uniform();
            QCOMPARE(b.uniform(), x);
            QVERIFY(c.uniform() != x);
        }
    }

    void distributionsHaveTheirMoments_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("variance");
        QTest::newRow("normal (Box-Muller)") << 0 << 0.0 << 1.0;
        QTest::newRow("gamma, shape 2.5, scale 2") << 1 << 5.0 << 10.0;
        QTest::newRow("gamma, shape 0.5, scale 3") << 2 << 1.5 << 4.5;
        QTest::newRow("Poisson, mean 3.2") << 3 << 3.2 << 3.2;
        QTest::newRow("Poisson, mean 75 (in pieces)") << 4 << 75.0 << 75.0;
        QTest::newRow("NB2, mean 20, theta 2.5") << 5 << 20.0 << 20.0 + 400.0 / 2.5;
        QTest::newRow("log of the restoration lognormal")
            << 6 << fitted::RestorationMu << fitted::RestorationSigma * fitted::RestorationSigma;
    }

    void distributionsHaveTheirMoments()
    {
        QFETCH(int, kind);
        QFETCH(double, mean);
        QFETCH(double, variance);
        DemoRandom r(11);
        const std::function<double()> draws[] = {
            [&] { return r.normal(); },
            [&] { return r.gamma(2.5, 2); },
            [&] { return r.gamma(0.5, 3); },
            [&] { return double(r.poisson(3.2)); },
            [&] { return double(r.poisson(75)); },
            [&] { return double(r.negativeBinomial(20, 2.5)); },
            [&] { return std::log(r.lognormal(fitted::RestorationMu, fitted::RestorationSigma)); },
        };
        const Moments m = moments(200000, draws[kind]);
        const double sd = std::sqrt(variance);
        QVERIFY2(std::fabs(m.mean - mean) < 0.02 * sd + 1e-3,
                 qPrintable(QStringLiteral("mean %1, expected %2").arg(m.mean).arg(mean)));
        QVERIFY2(
            std::fabs(m.variance - variance) < 0.05 * variance,
            qPrintable(QStringLiteral("variance %1, expected %2").arg(m.variance).arg(variance)));
    }

    void calendarAndTimes()
    {
        char text[24] = {};
        QCOMPARE(formatIsoUtc(1677823200, text), 20);
        QCOMPARE(QByteArray(text), QByteArray("2023-03-03T06:00:00Z"));
        formatIsoUtc(-1, text);
        QCOMPARE(QByteArray(text), QByteArray("1969-12-31T23:59:59Z"));
        for (qint64 day = -800; day < 30000; day += 13) {
            const CivilDate d = civilFromDays(day);
            QCOMPARE(daysFromCivil(d.year, d.month, d.day), day);
        }
        QCOMPARE(dayOfYear(unixTime(2024, 12, 31)), 365);
    }

    void geometry()
    {
        DemoCounty square;
        square.polygons.push_back(
            {{{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, {{0.4, 0.4}, {0.6, 0.4}, {0.6, 0.6}, {0.4, 0.6}}}});
        measure(square);
        QVERIFY(contains(square, 0.2, 0.2));
        QVERIFY(!contains(square, 0.5, 0.5)); // in the hole
        QVERIFY(!contains(square, 1.2, 0.5));
        // One square degree at the equator on the authalic sphere, minus the hole.
        const double radian = std::numbers::pi / 180;
        const double expected = 6371.007 * 6371.007 * radian * std::sin(radian);
        QVERIFY(std::fabs(square.areaKm2 - 0.96 * expected) < 0.01 * expected);
        QVERIFY(std::fabs(square.centroid.lon - 0.5) < 1e-9);
    }

    void theCountiesAreKentucky()
    {
        QCOMPARE(m_counties.size(), std::size_t(120));
        double area = 0;
        for (std::size_t i = 0; i < m_counties.size(); ++i) {
            QVERIFY(m_counties[i].code.startsWith(QLatin1String("21")));
            QVERIFY(i == 0 || m_counties[i - 1].code < m_counties[i].code);
            QVERIFY(
                contains(m_counties[i], m_counties[i].centroid.lon, m_counties[i].centroid.lat) ||
                m_counties[i].polygons.size() > 1);
            area += m_counties[i].areaKm2;
        }
        QVERIFY2(area > 100'000 && area < 108'000, qPrintable(QString::number(area)));
    }

    void theUtilityIsPlausible()
    {
        QCOMPARE(m_utility.territories.size(), std::size_t(120));
        QCOMPARE(m_utility.depots.size(), std::size_t(8));
        qint64 customers = 0;
        for (const DemoTerritory &t : m_utility.territories) {
            QVERIFY(t.customers >= 500);
            QVERIFY(t.overheadKm > t.undergroundKm);
            QVERIFY(t.poles > 15 * t.overheadKm);
            QVERIFY(t.lastTrimmed.year >= 2013 && t.lastTrimmed.year <= 2018);
            QVERIFY(!t.depotCode.isEmpty());
            customers += t.customers;
        }
        QVERIFY2(customers > 1'500'000 && customers < 3'500'000,
                 qPrintable(QString::number(customers)));
    }

    void theHistoryHasEnoughStormsOfSeveralKinds()
    {
        const auto &storms = m_history.storms;
        QVERIFY(storms.size() >= 60);
        QSet<QString> kinds;
        QSet<int> years;
        int leafOn = 0;
        QSet<double> regimes;
        for (std::size_t s = 0; s < storms.size(); ++s) {
            kinds.insert(storeKind(storms[s].pattern));
            years.insert(dateOf(storms[s].start).year);
            leafOn += stormcrew::leafOn(37.5, storms[s].start) >= 0.5;
            regimes.insert(storms[s].antecedentRegime);
            QVERIFY(storms[s].end > storms[s].start);
            QCOMPARE(storms[s].start % SecondsPerHour, 0);
            if (s > 0) // hourly windows never overlap: no duplicate weather rows
                QVERIFY(storms[s - 1].end + 2 * WindowMarginHours * SecondsPerHour <
                        storms[s].start);
        }
        QCOMPARE(kinds.size(), 5);
        QVERIFY(years.size() >= 6);
        QVERIFY(leafOn > 10 && leafOn < int(storms.size()) - 10);
        QCOMPARE(regimes.size(), 3); // dry, usual and wet antecedent periods
    }

    void weatherIsConsistent()
    {
        for (std::size_t s = 0; s < m_history.storms.size(); ++s) {
            const DemoStorm &storm = m_history.storms[s];
            const HourlyWeather &w = m_history.hourly[s];
            QCOMPARE(w.firstHour, storm.start - WindowMarginHours * SecondsPerHour);
            QVERIFY(w.firstHour + (w.hours - 1) * SecondsPerHour >=
                    storm.end + WindowMarginHours * SecondsPerHour);
            QCOMPARE(w.territories, 120);
            for (std::size_t i = 0; i < w.gust.size(); ++i) {
                QVERIFY(w.gust[i] >= w.wind[i] && w.wind[i] >= 0 && w.precip[i] >= 0);
                QVERIFY(w.gust[i] < 600);
            }
        }
        for (const DailyWeather &d : m_history.daily) {
            for (std::size_t t = 0; t < d.gust.size(); ++t)
                QVERIFY(d.gust[t] >= d.wind[t] && d.precip[t] >= 0);
        }
    }

    void theSameSeedGivesTheSameDemo()
    {
        QCOMPARE(digest(generateHistory(m_counties, Seed)), digest(m_history));
        QVERIFY(digest(generateHistory(m_counties, Seed + 1)) != digest(m_history));
        const std::vector<double> canopy(m_counties.size(), 0.45);
        const DemoOutages a = generateOutages(m_counties, m_utility, canopy, m_history, Seed);
        const DemoOutages b = generateOutages(m_counties, m_utility, canopy, m_history, Seed);
        QCOMPARE(digest(a), digest(b));
        const DemoForecast f = generateForecast(m_counties, Seed, Now);
        const DemoForecast g = generateForecast(m_counties, Seed, Now + 1234);
        QCOMPARE(f.grid.issued, g.grid.issued); // both round down to 06:00
        QVERIFY(f.grid.gust == g.grid.gust);
    }

    // Every past storm has forecasts issued 72, 48 and 24 h before its start (on the 6-hourly
    // cycle), over its window, and they err more the longer the lead: the peak gust of each
    // territory against the observed one, the storm's total rain against the observed total.
    void pastStormsHaveForecastsThatErrMoreWithLead()
    {
        const std::vector<IssuedForecast> forecasts =
            generateIssuedForecasts(m_counties, m_history, Seed);
        QCOMPARE(forecasts.size(), m_history.storms.size() * ForecastLeadHours.size());
        QCOMPARE(digest(generateIssuedForecasts(m_counties, m_history, Seed)), digest(forecasts));
        QVERIFY(digest(generateIssuedForecasts(m_counties, m_history, Seed + 1)) !=
                digest(forecasts));
        std::map<int, std::pair<double, int>> gustError; // lead -> (sum |log ratio|, count)
        std::map<int, double> timingError;
        for (const IssuedForecast &f : forecasts) {
            const DemoStorm &storm = m_history.storms[std::size_t(f.storm)];
            const HourlyWeather &observed = m_history.hourly[std::size_t(f.storm)];
            QCOMPARE(f.issued % (6 * SecondsPerHour), 0);
            QVERIFY(storm.start - f.issued >= f.leadHours * SecondsPerHour);
            QVERIFY(storm.start - f.issued < (f.leadHours + 6) * SecondsPerHour);
            QCOMPARE(f.hourly.firstHour, storm.start);
            QCOMPARE(qint64(f.hourly.hours), (storm.end - storm.start) / SecondsPerHour + 1);
            QVERIFY(!f.daily.empty());
            QCOMPARE(f.daily.back().day, dayOf(storm.start) * SecondsPerDay - SecondsPerDay);
            timingError[f.leadHours] += std::abs(f.error.shiftHours);
            const int offset = int((storm.start - observed.firstHour) / SecondsPerHour);
            for (int t = 0; t < f.hourly.territories; ++t) {
                int forecastPeak = 0;
                int observedPeak = 0;
                for (int h = 0; h < f.hourly.hours; ++h) {
                    forecastPeak = std::max<int>(forecastPeak, f.hourly.gust[f.hourly.at(t, h)]);
                    observedPeak =
                        std::max<int>(observedPeak, observed.gust[observed.at(t, h + offset)]);
                    QVERIFY(f.hourly.gust[f.hourly.at(t, h)] >= f.hourly.wind[f.hourly.at(t, h)]);
                }
                auto &[sum, count] = gustError[f.leadHours];
                sum += std::abs(std::log(double(forecastPeak) / double(observedPeak)));
                ++count;
            }
        }
        const auto mean = [&](int lead) { return gustError[lead].first / gustError[lead].second; };
        qInfo("mean |log(forecast / observed peak gust)|: 24 h %.3f, 48 h %.3f, 72 h %.3f",
              mean(24), mean(48), mean(72));
        QVERIFY(mean(24) < mean(48));
        QVERIFY(mean(48) < mean(72));
        QVERIFY(timingError[24] < timingError[72]);
    }

    void incidentsLieInTheirTerritoryAndStorm()
    {
        const std::vector<double> canopy(m_counties.size(), 0.45);
        const DemoOutages outages = generateOutages(m_counties, m_utility, canopy, m_history, Seed);
        QVERIFY(outages.incidents.size() > 5000);
        QCOMPARE(outages.outcomes.size(), m_history.storms.size() * m_counties.size());
        qint64 counted = 0;
        for (const DemoOutcome &o : outages.outcomes)
            counted += o.outages;
        QCOMPARE(counted, qint64(outages.incidents.size()));
        for (const DemoIncident &i : outages.incidents) {
            const DemoStorm &storm = m_history.storms[std::size_t(i.storm)];
            QVERIFY(contains(m_counties[std::size_t(i.territory)], i.lon, i.lat));
            QVERIFY(i.start >= storm.start && i.start < storm.end);
            QVERIFY(i.end > i.start);
            QVERIFY(i.customers >= 1);
        }
    }

    void theModelNeverLowersWithMoreHazard_data()
    {
        QTest::addColumn<int>("covariate");
        QTest::newRow("stronger gust") << 0;
        QTest::newRow("longer above 20 m/s") << 1;
        QTest::newRow("leaf-on") << 2;
        QTest::newRow("more canopy") << 3;
        QTest::newRow("wetter ground") << 4;
        QTest::newRow("longer since trimming") << 5;
    }

    void theModelNeverLowersWithMoreHazard()
    {
        QFETCH(int, covariate);
        const Covariates base{22, 2, 0, 0.4, 40, 5};
        Covariates more = base;
        double *fields[] = {&more.gust,   &more.hoursAbove20, &more.leafOn,
                            &more.canopy, &more.antecedentMm, &more.yearsSinceTrim};
        *fields[covariate] += 1;
        QVERIFY(expectedOutages(1000, more) > expectedOutages(1000, base));
    }

    void theForecastCoversTheState()
    {
        const DemoForecast f = generateForecast(m_counties, Seed, Now + 1234);
        const ForecastGrid &g = f.grid;
        QCOMPARE(g.issued, Now);
        QCOMPARE(g.steps, 72);
        QCOMPARE(g.gust.size(), std::size_t(g.width) * std::size_t(g.height) * 72);
        const GeoBounds b = boundsOf(m_counties);
        QVERIFY(g.west < b.minLon && g.west + g.width * g.cellDegrees > b.maxLon);
        QVERIFY(g.north > b.maxLat && g.north - g.height * g.cellDegrees < b.minLat);
        QVERIFY(f.stormStart >= Now + 18 * SecondsPerHour &&
                f.stormStart <= Now + 36 * SecondsPerHour);
        for (std::size_t i = 0; i < g.gust.size(); ++i)
            QVERIFY(g.gust[i] >= g.wind[i] && g.precip[i] >= 0);
        QCOMPARE(f.recent.size(), std::size_t(DailyHistoryDays));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
