// The briefing (issue 7): the PDF read back with poppler (pages, text, the map's colours), the
// territory table's CSV and GeoJSON read back with OGR, the recorded decision in the store and
// its audit log, a read-only store refusing it, and the prediction and plan cancelled or
// superseded. All on a demo store made by the demo utility.
#include "briefingcontroller.h"
#include "briefingdata.h"
#include "briefingmap.h"
#include "briefingwriter.h"
#include "forecastcontroller.h"
#include "plancontroller.h"
#include "session.h"

#include "demo/demobuilder.h"
#include "store/sqlite.h"
#include "store/store.h"

#include "popplertools.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace stormcrew;

namespace {

bool waitUntilSettled(Session &session)
{
    return QTest::qWaitFor(
        [&] {
            return !session.forecast()->busy() && !session.plan()->busy() &&
                   session.forecast()->hasPrediction() && session.plan()->ready();
        },
        120000);
}

qint64 scalar(const QString &storePath, const QString &sql)
{
    auto store = Store::open(storePath, Store::Access::ReadOnly);
    if (!store)
        return -1;
    auto stmt = sqlite::prepare(store.value()->handle(), sql);
    return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite3_column_int64(stmt.get(), 0)
                                                          : -1;
}

QString text(const QString &storePath, const QString &sql)
{
    auto store = Store::open(storePath, Store::Access::ReadOnly);
    if (!store)
        return {};
    auto stmt = sqlite::prepare(store.value()->handle(), sql);
    return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite::columnText(stmt.get(), 0)
                                                          : QString();
}

} // namespace

class TestBriefing : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<Session> m_session;

    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StormcrewTest"));
        QCoreApplication::setApplicationVersion(QStringLiteral("0.0-test"));
        QVERIFY(m_dir.isValid());
        // To look at the PDFs a run wrote (pdftoppm -png -r 60 ...), keep the folder.
        if (qEnvironmentVariableIsSet("STORMCREW_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo() << "test files kept in" << m_dir.path();
        }
        GDALAllRegister();
        m_storePath = file(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.seed = 7;
        options.now =
            QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        auto built = demo::DemoBuilder(options).build(m_storePath);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().toString()));
        auto opened = Store::open(m_storePath, Store::Access::ReadWrite);
        QVERIFY(opened);
        m_session = std::make_unique<Session>(std::move(opened).value(), m_storePath, QString(),
                                              QStringLiteral("en"));
        QVERIFY(waitUntilSettled(*m_session));
    }

    void cleanupTestCase() { m_session.reset(); }

    void topTerritoriesAreTheHardestHit()
    {
        const briefing::BriefingData data = briefing::collect(*m_session);
        QVERIFY(data.hasPrediction);
        QVERIFY(data.plan.ready);
        QCOMPARE(qsizetype(data.territories.size()), qsizetype(m_session->territoryCount()));
        const auto top = briefing::topTerritories(data, 10);
        QCOMPARE(top.size(), std::size_t(10));
        for (std::size_t i = 1; i < top.size(); ++i)
            QVERIFY2(top[i - 1].p50 >= top[i].p50, qPrintable(top[i].name));
        double largest = 0;
        for (const auto &t : data.territories)
            largest = std::max(largest, std::isfinite(t.p50) ? t.p50 : 0.0);
        QCOMPARE(top.front().p50, largest);
        QVERIFY(top.front().planned);
    }

    void writesTheBriefing()
    {
        const briefing::BriefingData data = briefing::collect(*m_session);
        auto map = briefing::BriefingMap::load(m_storePath);
        QVERIFY2(map, qPrintable(map ? QString() : map.error().toString()));
        QCOMPARE(map.value().territoryCount(), m_session->territoryCount());
        const QString path = file(QStringLiteral("briefing.pdf"));
        briefing::BriefingWriter::Options options;
        options.pageSize = QPageSize::A4;
        auto pages = briefing::BriefingWriter::write(data, map.value(), path, options);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().toString()));
        QCOMPARE(pages.value(), 2); // the summary and 25 territories on one table page

        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        const QString info = poppler(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(!info.isEmpty(), "pdfinfo (poppler-utils) reads the file");
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("842 x 595")), qPrintable(info)); // A4 landscape

        const QString content = pdfText(path);
        const auto top = briefing::topTerritories(data, 25);
        for (const QString &expected :
             {QStringLiteral("Storm briefing: incoming storm"),
              QStringLiteral("The model advises; the director decides."),
              QStringLiteral("Model v%1 · contract").arg(data.modelVersion),
              QStringLiteral("Predicted outages per territory (P50)"),
              QStringLiteral("Territories hit hardest"),
              QStringLiteral("Stormcrew 0.0-test · page 2 of 2"), top.front().name, top.back().name,
              QLocale().toString(std::round(data.totals.p50), 'f', 0)})
            QVERIFY2(content.contains(expected), qPrintable(expected));
        for (const QString &request : data.plan.requests)
            QVERIFY2(content.simplified().contains(request.simplified().left(30)),
                     qPrintable(request));

        // The map is drawn, in the map's colours: page 1's left part is mostly coloured.
        const QString prefix = file(QStringLiteral("page"));
        poppler(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), path, prefix});
        const QImage page(prefix + QStringLiteral("-1.png"));
        QVERIFY(!page.isNull());
        int coloured = 0, total = 0;
        for (int y = page.height() / 5; y < page.height() * 4 / 5; ++y)
            for (int x = page.width() / 20; x < page.width() / 2; ++x, ++total)
                if (QColor(page.pixel(x, y)).hsvSaturation() > 90)
                    ++coloured;
        QVERIFY2(coloured > total / 5,
                 qPrintable(QStringLiteral("%1 of %2").arg(coloured).arg(total)));
    }

    void speaksTheUserLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("footer");
        QTest::addColumn<QString>("title");
        QTest::newRow("Spanish") << QStringLiteral("es")
                                 << QStringLiteral("El modelo aconseja; el director decide.")
                                 << QStringLiteral("Informe de la tormenta: tormenta que llega");
        QTest::newRow("French") << QStringLiteral("fr")
                                << QStringLiteral("Le modèle conseille ; le directeur décide.")
                                << QStringLiteral("Point de situation de la tempête : tempête");
    }

    void speaksTheUserLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, footer);
        QFETCH(QString, title);
        // The catalogue the application installs for --lang, removed again afterwards.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("stormcrew"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        const briefing::BriefingData data = briefing::collect(*m_session);
        auto map = briefing::BriefingMap::load(m_storePath);
        QVERIFY(map);
        const QString path = file(QStringLiteral("briefing-%1.pdf").arg(language));
        QVERIFY(briefing::BriefingWriter::write(data, map.value(), path));
        // pdftotext gives the no-break spaces of French as plain ones.
        const QString content = pdfText(path).replace(QChar(0x00A0), QLatin1Char(' '));
        QVERIFY2(content.contains(footer), qPrintable(content.left(600)));
        QVERIFY2(content.contains(title), qPrintable(content.left(600)));
    }

    void reportsAFileThatCannotBeWritten()
    {
        const briefing::BriefingData data = briefing::collect(*m_session);
        auto map = briefing::BriefingMap::load(m_storePath);
        QVERIFY(map);
        const QString path = file(QStringLiteral("no-such-folder/briefing.pdf"));
        auto pages = briefing::BriefingWriter::write(data, map.value(), path);
        QVERIFY(!pages);
        QVERIFY2(pages.error().toString().contains(path), qPrintable(pages.error().toString()));
        QVERIFY(!QFile::exists(path));
    }

    void exportsTheTableAndTheBriefing()
    {
        BriefingController briefing;
        briefing.setSession(m_session.get());
        QVERIFY(briefing.canExport());
        const int territories = m_session->territoryCount();

        const QString csv = file(QStringLiteral("table.csv"));
        QVERIFY2(briefing.exportTable(QUrl::fromLocalFile(csv)), qPrintable(briefing.message()));
        QVERIFY(!briefing.messageIsError());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("code,name,mean,p10,p50,p90")));
        QCOMPARE(lines.size(), territories + 1);

        // GeoJSON read back by OGR: one feature with an outline per territory.
        const QString geojson = file(QStringLiteral("table.geojson"));
        QVERIFY2(briefing.exportTable(QUrl(geojson)), qPrintable(briefing.message()));
        GDALDatasetH dataset =
            GDALOpenEx(geojson.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(dataset);
        OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
        QCOMPARE(int(OGR_L_GetFeatureCount(layer, TRUE)), territories);
        OGRFeatureH feature = OGR_L_GetNextFeature(layer);
        QVERIFY(feature && OGR_F_GetGeometryRef(feature));
        const auto type = wkbFlatten(OGR_G_GetGeometryType(OGR_F_GetGeometryRef(feature)));
        QVERIFY(type == wkbPolygon || type == wkbMultiPolygon);
        OGR_F_Destroy(feature);
        GDALClose(dataset);

        QVERIFY(!briefing.exportTable(QUrl::fromLocalFile(file(QStringLiteral("table.xlsx")))));
        QVERIFY(briefing.messageIsError());
        QVERIFY2(briefing.message().contains(QStringLiteral(".xlsx")),
                 qPrintable(briefing.message()));

        QSignalSpy finished(&briefing, &BriefingController::finished);
        const QString pdf = file(QStringLiteral("from-controller.pdf"));
        briefing.writeBriefing(QUrl::fromLocalFile(pdf));
        QVERIFY(briefing.busy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(briefing.lastFile(), pdf);
        // English plural forms come from stormcrew_en.ts, which this test does not load.
        QVERIFY2(briefing.message().contains(QStringLiteral("(2 page")),
                 qPrintable(briefing.message()));
    }

    void recordsTheDecision()
    {
        PlanController &plan = *m_session->plan();
        plan.setCrewsOnHand(30); // the director overrides what the depots have
        QVERIFY(waitUntilSettled(*m_session));
        BriefingController briefing;
        briefing.setSession(m_session.get());
        QVERIFY2(briefing.canRecord(), qPrintable(briefing.recordBlockedReason()));
        const qint64 plansBefore =
            scalar(m_storePath, QStringLiteral("SELECT count(*) FROM crew_plan"));

        QSignalSpy finished(&briefing, &BriefingController::finished);
        briefing.recordDecision();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(briefing.message()));
        const qint64 planId = briefing.lastPlanId();
        QVERIFY(planId > 0);
        QVERIFY2(briefing.message().contains(QStringLiteral("as plan #%1").arg(planId)),
                 qPrintable(briefing.message()));

        QCOMPARE(scalar(m_storePath, QStringLiteral("SELECT count(*) FROM crew_plan")),
                 plansBefore + 1);
        QCOMPARE(scalar(m_storePath, QStringLiteral("SELECT sum(own_crews + mutual_aid_crews) FROM "
                                                    "crew_plan_territory WHERE plan_id = %1")
                                         .arg(planId)),
                 qint64(plan.ownCrews() + plan.mutualAidCrews()));
        const QJsonObject settings =
            QJsonDocument::fromJson(
                text(
                    m_storePath,
                    QStringLiteral("SELECT settings_json FROM crew_plan WHERE id = %1").arg(planId))
                    .toUtf8())
                .object();
        QVERIFY2(QJsonDocument(settings).toJson().contains("30"),
                 QJsonDocument(settings).toJson().constData());

        QCOMPARE(text(m_storePath, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC")),
                 QStringLiteral("crews.decision"));
        QCOMPARE(text(m_storePath, QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC")),
                 Store::currentUser());
        const QJsonObject detail =
            QJsonDocument::fromJson(
                text(m_storePath, QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC"))
                    .toUtf8())
                .object();
        QCOMPARE(detail.value(QStringLiteral("plan")).toInteger(), planId);
        QCOMPARE(detail.value(QStringLiteral("crews_on_hand")).toInt(), 30);
        QCOMPARE(detail.value(QStringLiteral("storm")).toString(),
                 m_session->forecast()->stormCode());
        QCOMPARE(detail.value(QStringLiteral("model_version")).toInt(),
                 m_session->forecast()->modelVersion());
        QCOMPARE(detail.value(QStringLiteral("own_crews")).toInt(), plan.ownCrews());
        QCOMPARE(detail.value(QStringLiteral("mutual_aid_crews")).toInt(), plan.mutualAidCrews());
        plan.setCrewsOnHand(-1);
        QVERIFY(waitUntilSettled(*m_session));
    }

    void aReadOnlyStoreCannotRecord()
    {
        auto opened = Store::open(m_storePath, Store::Access::ReadOnly);
        QVERIFY(opened);
        Session session(std::move(opened).value(), m_storePath, {}, QStringLiteral("en"));
        BriefingController briefing;
        briefing.setSession(&session);
        QVERIFY(!briefing.canRecord());
        QVERIFY2(briefing.recordBlockedReason().contains(QStringLiteral("read-only")),
                 qPrintable(briefing.recordBlockedReason()));
        const qint64 plansBefore =
            scalar(m_storePath, QStringLiteral("SELECT count(*) FROM crew_plan"));
        briefing.recordDecision();
        QVERIFY(briefing.messageIsError());
        QVERIFY(briefing.message().contains(QStringLiteral("read-only")));
        QCOMPARE(scalar(m_storePath, QStringLiteral("SELECT count(*) FROM crew_plan")),
                 plansBefore);
        QVERIFY(waitUntilSettled(session)); // let its workers finish before it goes
    }

    void aCancelledPredictionKeepsWhatWasShown()
    {
        ForecastController &forecast = *m_session->forecast();
        const QString shown = forecast.stormCode();
        const QVariantList storms = forecast.storms();
        QVERIFY(!storms.isEmpty());
        QSignalSpy results(&forecast, &ForecastController::resultChanged);
        forecast.showStorm(storms.first().toMap().value(QStringLiteral("code")).toString());
        QVERIFY(forecast.busy());
        forecast.cancel();
        QVERIFY(forecast.cancelling());
        QTRY_VERIFY_WITH_TIMEOUT(!forecast.busy(), 60000);
        QCOMPARE(results.count(), 0);
        QCOMPARE(forecast.stormCode(), shown);
    }

    void aNewerStormSupersedesTheOneInFlight()
    {
        ForecastController &forecast = *m_session->forecast();
        const QVariantList storms = forecast.storms();
        QVERIFY(storms.size() >= 2);
        const QString first = storms.at(0).toMap().value(QStringLiteral("code")).toString();
        const QString second = storms.at(1).toMap().value(QStringLiteral("code")).toString();
        QSignalSpy results(&forecast, &ForecastController::resultChanged);
        forecast.showStorm(first);
        forecast.showStorm(second);
        QVERIFY(!forecast.cancelling()); // superseded, not cancelled: the newer one runs next
        QTRY_VERIFY_WITH_TIMEOUT(results.count() == 1 && !forecast.busy(), 60000);
        QTest::qWait(100);
        QCOMPARE(results.count(), 1);
        QCOMPARE(forecast.stormCode(), second);
        QVERIFY(waitUntilSettled(*m_session));
        forecast.showForecast();
        QVERIFY(waitUntilSettled(*m_session));
    }

    void planSettingsSupersedeAndCancel()
    {
        PlanController &plan = *m_session->plan();
        QSignalSpy plans(&plan, &PlanController::planChanged);
        plan.setTargetPercent(80);
        plan.setTargetPercent(85);
        QTRY_VERIFY_WITH_TIMEOUT(plans.count() == 1 && !plan.busy(), 60000);
        QCOMPARE(plan.currentPlan()->settings.targetShare, 0.85);

        plans.clear();
        plan.setTargetPercent(90);
        QVERIFY(plan.busy());
        plan.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!plan.busy(), 60000);
        QCOMPARE(plans.count(), 0);
        QCOMPARE(plan.currentPlan()->settings.targetShare, 0.85); // the plan shown stays
        plan.setTargetPercent(95);
        QVERIFY(waitUntilSettled(*m_session));
    }
};

QTEST_MAIN(TestBriefing)

#include "tst_briefing.moc"
