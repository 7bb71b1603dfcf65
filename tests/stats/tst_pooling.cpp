// Partial pooling (territory random intercepts by empirical Bayes) and leave-one-storm-out
// cross-validation of the global and the pooled model.
#include "statstest.h"

#include "stats/crossvalidation.h"
#include "stats/negbin.h"
#include "stats/pooling.h"

#include <QTest>

using namespace stormcrew;

namespace {

struct Storms {
    DataTable table;
    ModelFrame frame;
    Grouping territories;
    Grouping storms;
};

// storms.csv: 15 storms x 40 territories, simulated with territory effects of sd 0.35.
Storms loadStorms(const QStringList &predictors)
{
    Storms storms;
    auto table = CsvTable::read(test::glmData(QStringLiteral("storms.csv")), {});
    if (!table)
        return storms;
    storms.table = std::move(table).value();
    ModelSpec spec;
    spec.response = QStringLiteral("outages");
    spec.offset = QStringLiteral("log_km");
    spec.predictors = predictors;
    if (auto frame = ModelFrameBuilder::build(storms.table, spec))
        storms.frame = std::move(frame).value();
    if (auto groups = ModelFrameBuilder::grouping(storms.table, QStringLiteral("territory")))
        storms.territories = std::move(groups).value();
    if (auto groups = ModelFrameBuilder::grouping(storms.table, QStringLiteral("storm")))
        storms.storms = std::move(groups).value();
    return storms;
}

const QStringList Weather = {QStringLiteral("gust_ms"), QStringLiteral("leaf_on")};

} // namespace

class TestPooling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noSpreadIsTheGlobalModel_data()
    {
        QTest::addColumn<int>("family");
        QTest::newRow("negative binomial") << int(GlmFamily::NegativeBinomial);
        QTest::newRow("Poisson") << int(GlmFamily::Poisson);
    }

    // tau2 = 0: every territory gets the global intercept, and beta is the global fit's.
    void noSpreadIsTheGlobalModel()
    {
        QFETCH(int, family);
        const Storms storms = loadStorms(Weather);
        QVERIFY(storms.frame.design.rows == 600);
        PoolingOptions options;
        options.glm.family = GlmFamily(family);
        options.glm.offset = storms.frame.offset;
        options.tau2 = 0;
        auto pooled =
            Pooling::fit(storms.frame.design, storms.frame.response, storms.territories, options);
        QVERIFY(pooled.ok());
        QVERIFY(pooled.value().converged);
        auto global = Glm::fit(storms.frame.design, storms.frame.response, options.glm);
        QVERIFY(global.ok());
        for (std::size_t g = 0; g < pooled.value().groupEffects.size(); ++g)
            QCOMPARE(pooled.value().groupEffects[g], 0.0);
        for (std::size_t j = 0; j < global.value().coefficients.size(); ++j)
            QCOMPARE(pooled.value().fixedEffects.coefficients[j], global.value().coefficients[j]);
    }

    void hugeSpreadIsNoPooling_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QStringList>("predictors");
        QTest::newRow("Poisson, intercept only: each territory's own rate")
            << int(GlmFamily::Poisson) << QStringList();
        QTest::newRow("negative binomial with gust and leaf-on: territory as a fixed factor")
            << int(GlmFamily::NegativeBinomial) << Weather;
    }

    // tau2 huge: no shrinkage, so intercept + b equals the model with territory as a factor
    // (the per-territory fits, with the slopes shared).
    void hugeSpreadIsNoPooling()
    {
        QFETCH(int, family);
        QFETCH(QStringList, predictors);
        Storms storms = loadStorms(predictors);
        QVERIFY(storms.frame.design.rows == 600);
        if (predictors.isEmpty()) {
            // Intercept only (an empty predictor list means every column to the builder).
            storms.frame.design.names = QStringList{QStringLiteral("(Intercept)")};
            storms.frame.design.values.assign(600, 1.0);
        }
        PoolingOptions options;
        options.glm.family = GlmFamily(family);
        options.glm.offset = storms.frame.offset;
        options.tau2 = 1e8;
        auto pooled =
            Pooling::fit(storms.frame.design, storms.frame.response, storms.territories, options);
        QVERIFY(pooled.ok());
        QVERIFY(pooled.value().converged);

        ModelSpec spec;
        spec.response = QStringLiteral("outages");
        spec.offset = QStringLiteral("log_km");
        spec.predictors = QStringList{QStringLiteral("territory")} + predictors;
        auto factorFrame = ModelFrameBuilder::build(storms.table, spec);
        QVERIFY(factorFrame.ok());
        auto factor =
            Glm::fit(factorFrame.value().design, factorFrame.value().response, options.glm);
        QVERIFY(factor.ok());
        const GlmFit &fixed = pooled.value().fixedEffects;
        const double intercept = fixed.coefficients[0];
        for (qsizetype g = 0; g < storms.territories.levels.size(); ++g) {
            // territory T01 is the factor's reference level.
            const double own = factor.value().coefficients[0] +
                               (g == 0 ? 0.0 : factor.value().coefficients[std::size_t(g)]);
            const double shrunk = intercept + pooled.value().groupEffects[std::size_t(g)];
            QVERIFY2(std::abs(shrunk - own) < 1e-5,
                     qPrintable(QStringLiteral("territory %1: pooled intercept %2, its own %3")
                                    .arg(storms.territories.levels.at(g))
                                    .arg(shrunk, 0, 'g', 10)
                                    .arg(own, 0, 'g', 10)));
            QVERIFY(pooled.value().shrinkage[std::size_t(g)] > 0.9999);
        }
        for (qsizetype j = 1; j < fixed.names.size(); ++j) {
            const qsizetype k = factor.value().names.indexOf(fixed.names.at(j));
            STORMCREW_COMPARE_RELATIVE(fixed.names.at(j), fixed.coefficients[std::size_t(j)],
                                       factor.value().coefficients[std::size_t(k)],
                                       QStringLiteral("the territory-factor GLM"), 1e-5);
        }
    }

    // Estimated tau2 on data simulated with a territory sd of 0.35: close to it, every effect
    // shrunk (0 < shrinkage < 1), and the marginal likelihood beats the global model's.
    void estimatesTheSpread()
    {
        const Storms storms =
            loadStorms(QStringList{QStringLiteral("gust_ms"), QStringLiteral("canopy"),
                                   QStringLiteral("leaf_on"), QStringLiteral("soil")});
        QVERIFY(storms.frame.design.rows == 600);
        PoolingOptions options;
        options.glm.offset = storms.frame.offset;
        auto pooled =
            Pooling::fit(storms.frame.design, storms.frame.response, storms.territories, options);
        QVERIFY(pooled.ok());
        QVERIFY(pooled.value().converged);
        const double tau = std::sqrt(pooled.value().tau2);
        QVERIFY2(tau > 0.2 && tau < 0.5,
                 qPrintable(QStringLiteral("estimated territory sd %1, simulated 0.35").arg(tau)));
        for (const double weight : pooled.value().shrinkage)
            QVERIFY(weight > 0 && weight < 1);
        auto global = Glm::fit(storms.frame.design, storms.frame.response, options.glm);
        QVERIFY(global.ok());
        QVERIFY(pooled.value().laplaceLogLik > global.value().logLik);
        // Shrunk effects are smaller than the unpooled ones: their spread is below tau's.
        double spread = 0;
        for (const double b : pooled.value().groupEffects)
            spread += b * b;
        QVERIFY(std::sqrt(spread / double(pooled.value().groupEffects.size())) < tau);
    }

    // A territory with no outages at all gets a finite, strongly negative effect, not -infinity.
    void aTerritoryOfZerosIsShrunk()
    {
        Storms storms = loadStorms(Weather);
        QVERIFY(storms.frame.design.rows == 600);
        for (std::size_t i = 0; i < storms.frame.response.size(); ++i) {
            if (storms.territories.index[i] == 3)
                storms.frame.response[i] = 0;
        }
        PoolingOptions options;
        options.glm.offset = storms.frame.offset;
        auto pooled =
            Pooling::fit(storms.frame.design, storms.frame.response, storms.territories, options);
        QVERIFY(pooled.ok());
        const double effect = pooled.value().groupEffects[3];
        QVERIFY2(std::isfinite(effect) && effect < -1 && effect > -20,
                 qPrintable(QStringLiteral("the all-zero territory's effect is %1").arg(effect)));
    }

    // Leave one storm out: pooling wins on data with real territory effects, and every row is
    // scored once.
    void crossValidationPrefersPoolingWhenTerritoriesDiffer()
    {
        const Storms storms = loadStorms(Weather);
        QVERIFY(storms.frame.design.rows == 600);
        PoolingOptions options;
        options.glm.offset = storms.frame.offset;
        auto comparison = CrossValidator::compareGlobalAndPooled(
            storms.frame.design, storms.frame.response, storms.territories, storms.storms, options);
        QVERIFY2(comparison.ok(),
                 qPrintable(comparison.ok() ? QString() : comparison.error().toString()));
        const PoolingComparison &scores = comparison.value();
        QCOMPARE(scores.global.folds.size(), std::size_t(15));
        QCOMPARE(scores.global.rows, 600);
        QCOMPARE(scores.pooled.rows, 600);
        QVERIFY2(scores.pooledWins(),
                 qPrintable(QStringLiteral("held-out log score: pooled %1, global %2")
                                .arg(scores.pooled.meanLogScore)
                                .arg(scores.global.meanLogScore)));
    }

    // The helper scores what the model predicts: a model that predicts each row's own count
    // with a huge theta has (almost) zero deviance.
    void crossValidationScoresPredictions()
    {
        const std::vector<double> y = {0, 3, 5, 2, 8, 1};
        Grouping folds;
        folds.levels = QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        folds.index = {0, 0, 1, 1, 2, 2};
        const auto perfect = [&](const std::vector<qsizetype> &,
                                 const std::vector<qsizetype> &test) -> Result<HeldOutPrediction> {
            HeldOutPrediction prediction;
            for (const qsizetype row : test)
                prediction.mean.push_back(std::max(y[std::size_t(row)], 1e-9));
            return prediction;
        };
        auto scores = CrossValidator::leaveOneGroupOut(folds, y, perfect);
        QVERIFY(scores.ok());
        QCOMPARE(scores.value().folds.size(), std::size_t(3));
        QVERIFY(scores.value().meanDeviance < 1e-6);
        double logScore = 0;
        for (const double value : y)
            logScore -= countLogProbability(value, std::max(value, 1e-9),
                                            std::numeric_limits<double>::infinity());
        QCOMPARE(scores.value().meanLogScore, logScore / 6);
    }
};

QTEST_GUILESS_MAIN(TestPooling)
#include "tst_pooling.moc"
