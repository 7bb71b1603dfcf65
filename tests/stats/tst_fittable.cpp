// `stormcrew-cli fit-table` end to end: the real executable on the committed fixtures gives R's
// numbers in its JSON, and refuses bad tables with the file, line and field.
#include "processrunner.h"
#include "statstest.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace stormcrew;

namespace {

ProcessResult cli(const QStringList &arguments)
{
    return runProcess(QStringLiteral(STORMCREW_CLI_PATH), arguments);
}

} // namespace

class TestFitTable : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jsonMatchesR_data()
    {
        QTest::addColumn<QJsonObject>("reference");
        const QJsonObject cases = test::readJson(test::glmData(QStringLiteral("reference_r.json")));
        QVERIFY(!cases.isEmpty());
        for (auto it = cases.begin(); it != cases.end(); ++it) {
            if (it.key() != QLatin1String("producer"))
                QTest::newRow(it.key().toUtf8().constData()) << it.value().toObject();
        }
    }

    void jsonMatchesR()
    {
        QFETCH(QJsonObject, reference);
        QStringList arguments{QStringLiteral("fit-table"),
                              test::glmData(reference.value(QStringLiteral("file")).toString()),
                              QStringLiteral("--response"),
                              reference.value(QStringLiteral("response")).toString(),
                              QStringLiteral("--family"),
                              reference.value(QStringLiteral("family")).toString(),
                              QStringLiteral("--json")};
        QStringList columns;
        for (const QJsonValue &column : reference.value(QStringLiteral("columns")).toArray())
            columns.append(column.toString());
        arguments << QStringLiteral("--columns") << columns.join(QLatin1Char(','));
        if (const QString offset = reference.value(QStringLiteral("offset")).toString();
            !offset.isEmpty())
            arguments << QStringLiteral("--offset") << offset;

        const ProcessResult result = cli(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray ours = json.value(QStringLiteral("coefficients")).toArray();
        const QJsonArray theirs = reference.value(QStringLiteral("coefficients")).toArray();
        QCOMPARE(ours.size(), theirs.size());
        const QString peer = QStringLiteral("R");
        for (qsizetype j = 0; j < theirs.size(); ++j) {
            const QJsonObject a = ours.at(j).toObject();
            const QJsonObject b = theirs.at(j).toObject();
            const QString name = b.value(QStringLiteral("name")).toString();
            QCOMPARE(a.value(QStringLiteral("name")).toString(), name);
            STORMCREW_COMPARE_RELATIVE(name + QStringLiteral(" estimate"),
                                       a.value(QStringLiteral("estimate")).toDouble(),
                                       b.value(QStringLiteral("estimate")).toDouble(), peer, 1e-6);
            STORMCREW_COMPARE_RELATIVE(name + QStringLiteral(" standard error"),
                                       a.value(QStringLiteral("standardError")).toDouble(),
                                       b.value(QStringLiteral("standardError")).toDouble(), peer,
                                       1e-6);
        }
        if (reference.value(QStringLiteral("theta")).isDouble())
            STORMCREW_COMPARE_RELATIVE(
                QStringLiteral("theta"), json.value(QStringLiteral("theta")).toDouble(),
                reference.value(QStringLiteral("theta")).toDouble(), peer, 1e-6);
        else
            QVERIFY(json.value(QStringLiteral("theta")).isNull());
    }

    void textReport()
    {
        const ProcessResult result =
            cli({QStringLiteral("fit-table"), test::glmData(QStringLiteral("quine.csv")),
                 QStringLiteral("--response"), QStringLiteral("Days")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Negative binomial GLM")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("EthN")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("theta 1.27489")), qPrintable(result.out));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error"); // in stderr
        QTest::newRow("text in a numeric column: file, line and field")
            << QByteArray("gust,outages\n30,4\n31,5\nn/a,2\n") << QStringList() << 1
            << QStringLiteral("bad.csv line 4, field gust: 'n/a' is not a number");
        QTest::newRow("a negative count")
            << QByteArray("gust,outages\n30,4\n31,-5\n") << QStringList() << 1
            << QStringLiteral("bad.csv line 3, field outages: the response is a count and "
                              "cannot be negative");
        QTest::newRow("an unknown family is a usage error")
            << QByteArray("gust,outages\n30,4\n")
            << QStringList{QStringLiteral("--family"), QStringLiteral("gamma")} << 2
            << QStringLiteral("--family gamma is not known");
        QTest::newRow("a negative ridge is a usage error")
            << QByteArray("gust,outages\n30,4\n")
            << QStringList{QStringLiteral("--ridge"), QStringLiteral("-1")} << 2
            << QStringLiteral("--ridge must be a number, zero or more");
    }

    void refuses()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        file.close();
        const ProcessResult result =
            cli(QStringList{QStringLiteral("fit-table"), path, QStringLiteral("--response"),
                            QStringLiteral("outages")} +
                options);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(error), qPrintable(result.err));
    }

    // --group fits the pooled model beside the global one; --folds lets cross-validation choose.
    void poolingAndCrossValidation()
    {
        const ProcessResult result =
            cli({QStringLiteral("fit-table"), test::glmData(QStringLiteral("storms.csv")),
                 QStringLiteral("--response"), QStringLiteral("outages"),
                 QStringLiteral("--offset"), QStringLiteral("log_km"), QStringLiteral("--columns"),
                 QStringLiteral("gust_ms,canopy,leaf_on,soil"), QStringLiteral("--group"),
                 QStringLiteral("territory"), QStringLiteral("--folds"), QStringLiteral("storm"),
                 QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonObject pooled = json.value(QStringLiteral("pooled")).toObject();
        QCOMPARE(pooled.value(QStringLiteral("groups")).toArray().size(), 40);
        const double tau = std::sqrt(pooled.value(QStringLiteral("tau2")).toDouble());
        QVERIFY2(tau > 0.2 && tau < 0.5, qPrintable(QString::number(tau)));
        const QJsonObject cv = json.value(QStringLiteral("crossValidation")).toObject();
        QCOMPARE(cv.value(QStringLiteral("folds")).toString(), QStringLiteral("storm"));
        QCOMPARE(cv.value(QStringLiteral("global"))
                     .toObject()
                     .value(QStringLiteral("folds"))
                     .toArray()
                     .size(),
                 15);
        QCOMPARE(cv.value(QStringLiteral("choice")).toString(), QStringLiteral("pooled"));
    }

    // R's "(1 not defined because of singularities)": the aliased column is named, not fitted.
    void aliasedColumnIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("aliased.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("gust,region,outages\n30,1,4\n31,1,5\n25,1,2\n40,1,9\n33,1,3\n");
        file.close();
        const ProcessResult result =
            cli({QStringLiteral("fit-table"), path, QStringLiteral("--response"),
                 QStringLiteral("outages"), QStringLiteral("--family"), QStringLiteral("poisson"),
                 QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray coefficients = QJsonDocument::fromJson(result.out.toUtf8())
                                            .object()
                                            .value(QStringLiteral("coefficients"))
                                            .toArray();
        QCOMPARE(coefficients.size(), 3);
        const QJsonObject region = coefficients.at(2).toObject();
        QCOMPARE(region.value(QStringLiteral("name")).toString(), QStringLiteral("region"));
        QVERIFY(region.value(QStringLiteral("aliased")).toBool());
        QVERIFY(region.value(QStringLiteral("estimate")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestFitTable)
#include "tst_fittable.moc"
