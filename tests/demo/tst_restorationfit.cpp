// The restoration-time lognormal the demo draws from: the interval-censored fit itself, and the
// committed constants recomputed from the real LG&E/KU incident log (../shared/data).
#include "demo/demomodel.h"
#include "demo/demorandom.h"
#include "demo/restorationfit.h"
#include "ingest/gdalhandles.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::demo;

namespace {

// The outage feed's snapshots are about 20 minutes apart: an incident started up to one
// snapshot before it was first seen and ended up to one after it was last seen.
constexpr double SnapshotHours = 1.0 / 3.0;

} // namespace

class TestRestorationFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recoversAKnownLognormal()
    {
        DemoRandom random(3);
        std::vector<DurationInterval> data;
        for (int i = 0; i < 20000; ++i) {
            const double hours = random.lognormal(1.0, 0.9);
            const double low = std::max(0.0, hours - 2 * SnapshotHours * random.uniform());
            data.push_back({low, low + 2 * SnapshotHours});
        }
        const LognormalFit fit = fitIntervalLognormal(data);
        QCOMPARE(fit.count, 20000);
        QVERIFY2(std::fabs(fit.mu - 1.0) < 0.03, qPrintable(QString::number(fit.mu)));
        QVERIFY2(std::fabs(fit.sigma - 0.9) < 0.03, qPrintable(QString::number(fit.sigma)));
    }

    void theCommittedConstantsComeFromTheRealLog()
    {
        const QString file =
            QStringLiteral(SHARED_DATA_DIR "/outages/ky_lgeku_incidents_2019_2023.csv.gz");
        if (!QFile::exists(file))
            QSKIP("the shared data folder is not beside the checkout");
        gdal::registerDrivers();
        gdal::DatasetPtr dataset(GDALOpenEx(gdal::virtualPath(file).toUtf8().constData(),
                                            GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr,
                                            nullptr));
        QVERIFY(dataset);
        OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
        const int first = OGR_FD_GetFieldIndex(definition, "first_seen_utc");
        const int last = OGR_FD_GetFieldIndex(definition, "last_seen_utc");
        const int customers = OGR_FD_GetFieldIndex(definition, "max_customers_affected");
        QVERIFY(first >= 0 && last >= 0 && customers >= 0);

        // The large storm days the data's README names, as Kentucky (Louisville) dates.
        const QSet<QDate> stormDays{QDate(2021, 2, 11), QDate(2021, 12, 11), QDate(2022, 6, 17),
                                    QDate(2023, 3, 3)};
        QSet<QByteArray> utcDays; // a local day spans two UTC dates
        for (const QDate &day : stormDays) {
            utcDays.insert(day.toString(Qt::ISODate).toLatin1());
            utcDays.insert(day.addDays(1).toString(Qt::ISODate).toLatin1());
        }
        const QTimeZone kentucky("America/Kentucky/Louisville");
        QVERIFY(kentucky.isValid());

        std::vector<DurationInterval> durations;
        std::vector<double> affected;
        OGR_L_ResetReading(layer);
        while (gdal::FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
            const QByteArray firstText(OGR_F_GetFieldAsString(feature.get(), first));
            if (!utcDays.contains(firstText.left(10)))
                continue;
            const QDateTime firstSeen =
                QDateTime::fromString(QString::fromLatin1(firstText), Qt::ISODate);
            if (!stormDays.contains(firstSeen.toTimeZone(kentucky).date()))
                continue;
            const QDateTime lastSeen = QDateTime::fromString(
                QString::fromLatin1(OGR_F_GetFieldAsString(feature.get(), last)), Qt::ISODate);
            const double hours = double(firstSeen.secsTo(lastSeen)) / 3600.0;
            durations.push_back({hours, hours + 2 * SnapshotHours});
            affected.push_back(OGR_F_GetFieldAsDouble(feature.get(), customers));
        }
        QCOMPARE(qint64(durations.size()), 7018);

        const LognormalFit restoration = fitIntervalLognormal(durations);
        qInfo("restoration time: mu %.6f, sigma %.6f (log hours) from %lld incidents",
              restoration.mu, restoration.sigma, restoration.count);
        QVERIFY(std::fabs(restoration.mu - fitted::RestorationMu) < 5e-4);
        QVERIFY(std::fabs(restoration.sigma - fitted::RestorationSigma) < 5e-4);

        const LognormalFit perIncident = fitLognormal(affected);
        qInfo("customers per incident: mu %.6f, sigma %.6f (log customers) from %lld incidents",
              perIncident.mu, perIncident.sigma, perIncident.count);
        QVERIFY(std::fabs(perIncident.mu - fitted::CustomersMu) < 5e-4);
        QVERIFY(std::fabs(perIncident.sigma - fitted::CustomersSigma) < 5e-4);
    }
};

QTEST_GUILESS_MAIN(TestRestorationFit)
#include "tst_restorationfit.moc"
