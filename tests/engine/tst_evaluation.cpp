// Evaluation: the metrics' arithmetic on hand-worked cases, and leave-one-storm-out on a history
// drawn from a known model, where the model must beat its baselines.
#include "synthetichistory.h"

#include "engine/evaluation.h"

#include <QTest>

#include <cmath>

using namespace stormcrew;

class TestEvaluation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ranksShareTies()
    {
        const std::vector<double> values{10, 20, 20, 5, 20};
        const auto ranks = EvaluationMetrics::ranks(values);
        QCOMPARE(ranks, (std::vector<double>{2, 4, 4, 1, 4}));
    }

    void spearmanByHand()
    {
        // Ranks a = 1 2 3 4 5; b = 2 1 4 3 5: d^2 = 1+1+1+1+0 = 4, rho = 1 - 6*4/(5*24) = 0.8.
        const std::vector<double> a{1, 2, 3, 4, 5};
        const std::vector<double> b{20, 10, 40, 30, 50};
        QCOMPARE(EvaluationMetrics::spearman(a, b), 0.8);
        const std::vector<double> reversed{5, 4, 3, 2, 1};
        QCOMPARE(EvaluationMetrics::spearman(a, reversed), -1.0);
        const std::vector<double> constant{3, 3, 3, 3, 3};
        QVERIFY(std::isnan(EvaluationMetrics::spearman(a, constant)));
    }

    void scoresByHand()
    {
        std::vector<HeldOutRow> rows(4);
        const double observed[] = {0, 2, 5, 9};
        const double mean[] = {1, 2, 3, 6};
        for (int i = 0; i < 4; ++i) {
            rows[i].observed = observed[i];
            rows[i].mean = mean[i];
            rows[i].deviance = i;
            rows[i].logScore = 2 * i;
            rows[i].lo50 = mean[i] - 1;
            rows[i].hi50 = mean[i] + 1;
            rows[i].lo80 = mean[i] - 2;
            rows[i].hi80 = mean[i] + 2;
            rows[i].lo90 = mean[i] - 3;
            rows[i].hi90 = mean[i] + 3;
        }
        const Scores s = EvaluationMetrics::score(rows);
        QCOMPARE(s.rows, qsizetype(4));
        QCOMPARE(s.mae, (1.0 + 0 + 2 + 3) / 4);
        QCOMPARE(s.rmse, std::sqrt((1.0 + 0 + 4 + 9) / 4));
        QCOMPARE(s.meanDeviance, 1.5);
        QCOMPARE(s.meanLogScore, 3.0);
        QCOMPARE(s.observedTotal, 16.0);
        QCOMPARE(s.predictedTotal, 12.0);
        QCOMPARE(s.totalAbsPercentError, 25.0);
        QCOMPARE(s.spearman, 1.0);
        // |error| 1, 0, 2, 3 against half-widths 1 / 2 / 3.
        QCOMPARE(s.coverage50, 0.5);
        QCOMPARE(s.coverage80, 0.75);
        QCOMPARE(s.coverage90, 1.0);
    }

    void calibrationBinsSplitByPredictedMean()
    {
        std::vector<HeldOutRow> rows(10);
        for (int i = 0; i < 10; ++i) {
            rows[i].mean = 10 - i;
            rows[i].observed = 2 * (10 - i);
        }
        const auto bins = EvaluationMetrics::calibration(rows, 2);
        QCOMPARE(bins.size(), std::size_t(2));
        QCOMPARE(bins[0].rows, qsizetype(5));
        QCOMPARE(bins[0].predictedLow, 1.0);
        QCOMPARE(bins[0].predictedHigh, 5.0);
        QCOMPARE(bins[0].meanPredicted, 3.0);
        QCOMPARE(bins[0].meanObserved, 6.0);
        QCOMPARE(bins[1].meanPredicted, 8.0);
    }

    void theModelBeatsItsBaselinesOutOfSample()
    {
        std::vector<Term> terms;
        for (const TermInfo &info : ModelTerms::all())
            terms.push_back(info.term);
        auto set =
            TrainingSetBuilder::build(test::syntheticHistory(12, 40, test::Truth{}, 3), terms);
        QVERIFY(set.ok());
        EvaluationOptions options;
        options.innerFolds = 3;
        int calls = 0;
        options.progress = [&](int done, int total) {
            ++calls;
            return done <= total;
        };
        auto evaluation = Evaluator::evaluate(set.value(), options);
        QVERIFY2(evaluation.ok(),
                 qPrintable(evaluation.ok() ? QString() : evaluation.error().message));
        const Evaluation &e = evaluation.value();
        QCOMPARE(calls, 12);
        QCOMPARE(e.storms, qsizetype(12));
        QCOMPARE(e.models.size(), std::size_t(5));
        QCOMPARE(e.models[0].key, QStringLiteral("model_global"));
        const double model = e.models[0].overall.meanLogScore;
        for (std::size_t m = 2; m < e.models.size(); ++m)
            QVERIFY2(model < e.models[m].overall.meanLogScore,
                     qPrintable(QStringLiteral("%1: %2 vs model %3")
                                    .arg(e.models[m].key)
                                    .arg(e.models[m].overall.meanLogScore)
                                    .arg(model)));
        // Calibrated intervals on data drawn from the model class itself. Intervals of a count
        // include both ends, so they cover at least their nominal share, more on small counts.
        const Scores &overall = e.models[0].overall;
        QVERIFY2(overall.coverage50 > 0.45 && overall.coverage50 < 0.8,
                 qPrintable(QString::number(overall.coverage50)));
        QVERIFY2(overall.coverage80 > 0.75 && overall.coverage80 < 0.95,
                 qPrintable(QString::number(overall.coverage80)));
        QVERIFY2(overall.coverage90 > 0.85 && overall.coverage90 < 0.98,
                 qPrintable(QString::number(overall.coverage90)));
        QCOMPARE(e.models[0].perStorm.size(), std::size_t(12));
        QVERIFY(Evaluator::markdown(e).contains(QLatin1String("| baseline: wind only |")));

        // Cancelling stops it with a clear error.
        options.progress = [](int, int) { return false; };
        auto cancelled = Evaluator::evaluate(set.value(), options);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().message.contains(QLatin1String("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
