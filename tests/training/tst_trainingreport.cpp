// The session report (ui/training): a real session on the demo store (three past storms
// called, revealed and scored through the model API), written with TrainingReport and read
// back with poppler: the storms, the calls, the model, the actual, the scores and the points
// for discussion; in Spanish too. STORMCREW_KEEP_TEST_FILES keeps the PDFs to look at.
#include "trainingreport.h"

#include "training/trainingcalls.h"
#include "training/trainingexercise.h"
#include "training/trainingsandbox.h"

#include "popplertools.h"
#include "trainingtestsupport.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::training;

class TestTrainingReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TrainingReportData m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral("0.0-test"));
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("STORMCREW_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo() << "test files kept in" << m_dir.path();
        }
        QString error;
        const QString store = buildTrainingDemo(m_dir, &error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));

        // The trainee's calls on the three latest storms with outages: a cautious 30 % over
        // what the model will say on the first, half of it on the second, the model's figure
        // again on the third; and one depot group called on each.
        auto sandbox = TrainingSandbox::create(store);
        QVERIFY(sandbox);
        ExerciseBuilder builder(sandbox.value()->store());
        auto storms = builder.storms();
        QVERIFY(storms && storms.value().size() >= 3);
        const double factors[] = {1.3, 0.5, 1.0};
        int used = 0;
        std::vector<StormResult> results;
        for (auto it = storms.value().rbegin(); it != storms.value().rend() && used < 3; ++it) {
            auto exercise = builder.build(it->id);
            QVERIFY2(exercise, qPrintable(exercise ? QString() : exercise.error().toString()));
            const Exercise &e = exercise.value();
            if (e.actualTotal < 50)
                continue;
            const double call = std::round(e.modelOf({}) * factors[used]);
            const TerritoryGroup &group = e.groups.front();
            std::vector<TrainingCall> calls{
                {QString(), 40.0 + 10 * used, call},
                {group.key, 5, std::round(e.modelOf(group.key) * factors[used])}};
            TrainingCallRepository repository(sandbox.value()->store());
            QVERIFY(repository.save(e.storm.id, calls));
            QVERIFY(repository.markRevealed(e.storm.id));
            auto loaded = repository.load(e.storm.id);
            QVERIFY(loaded);
            results.push_back(e.result(loaded.value()));
            ++used;
        }
        QCOMPARE(used, 3);
        // The scoreboard and the points for discussion as the training controller makes them.
        m_data = TrainingReport::data(std::move(results));
        QCOMPARE(m_data.storms.size(), std::size_t(3));
        QCOMPARE(m_data.board.trainee.storms, 3);
        QCOMPARE(m_data.discussion, TrainingDiscussion::points(m_data.storms, m_data.board));
        m_data.operationalStore = store;
        m_data.generated = QDateTime::currentDateTimeUtc();
        m_data.generatedBy = QStringLiteral("trainer");
        m_data.appVersion = QStringLiteral("0.0-test");
    }

    void writesTheReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("training-report.pdf"));
        auto pages = TrainingReport::write(m_data, path);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().toString()));
        QVERIFY(pages.value() >= 1);
        const QString info = poppler(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(
            info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages.value()))),
            qPrintable(info));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) reads the file");
        const QString flat = text.simplified();
        QVERIFY(flat.contains(QStringLiteral("Training session report")));
        QVERIFY(flat.contains(QStringLiteral("Points for discussion")));
        QVERIFY(flat.contains(QStringLiteral("the operational store was not changed")));
        for (const StormResult &s : m_data.storms) {
            QVERIFY2(flat.contains(s.code), qPrintable(s.code));
            for (const double value : {s.traineeOutages, s.model, s.actual})
                QVERIFY2(flat.contains(QLocale().toString(std::round(value), 'f', 0)),
                         qPrintable(QStringLiteral("%1: %2").arg(s.code).arg(value)));
        }
        // The first point states the record in the scoreboard's numbers.
        QVERIFY2(flat.contains(QStringLiteral("Over 3 storm")), qPrintable(flat.left(2000)));
        for (const QString &point : m_data.discussion)
            QVERIFY2(flat.contains(point.simplified().left(40)), qPrintable(point));
        poppler(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), path, m_dir.filePath(QStringLiteral("report"))});
    }

    // A bad path leaves an error naming the file, and nothing behind.
    void unwritablePathIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        auto pages = TrainingReport::write(m_data, path);
        QVERIFY(!pages);
        QCOMPARE(pages.error().file, path);
    }

    void speaksSpanish()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/stormcrew_es.qm")));
        QCoreApplication::installTranslator(&translator);
        const QStringList points = TrainingDiscussion::points(m_data.storms, m_data.board);
        TrainingReportData data = m_data;
        data.discussion = points;
        const QString path = m_dir.filePath(QStringLiteral("training-report-es.pdf"));
        auto pages = TrainingReport::write(data, path);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(pages);
        const QString flat = pdfText(path).simplified();
        QVERIFY2(flat.contains(QStringLiteral("Informe de la sesión de formación")),
                 qPrintable(flat.left(300)));
        QVERIFY(flat.contains(QStringLiteral("Puntos para comentar")));
        QVERIFY(points.front().startsWith(QStringLiteral("En 3 tormentas")));
    }
};

QTEST_MAIN(TestTrainingReport)
#include "tst_trainingreport.moc"
