// The engine on histories drawn from a known model: recovery of the truth, the contract and its
// gate, the registry, predictions with exact explanations and intervals, the out-of-distribution
// check.
#include "synthetichistory.h"
#include "testsupport.h"

#include "engine/modelregistry.h"
#include "engine/predictor.h"
#include "engine/trainer.h"
#include "engine/trainingenvelope.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace stormcrew;

namespace {

constexpr double ZFamily = 2.968;

std::vector<Term> allTerms()
{
    std::vector<Term> terms;
    for (const TermInfo &info : ModelTerms::all())
        terms.push_back(info.term);
    return terms;
}

double se(const OutageModel &model, Term term)
{
    const std::size_t p = model.coefficients.size();
    for (std::size_t k = 0; k < model.terms.size(); ++k)
        if (model.terms[k] == term)
            return std::sqrt(model.covariance[(k + 1) * (p + 1)]);
    return std::nan("");
}

qint64 count(Store &store, const QString &sql)
{
    auto stmt = sqlite::prepare(store.handle(), sql);
    return stmt && sqlite3_step(stmt.get()) == SQLITE_ROW ? sqlite3_column_int64(stmt.get(), 0)
                                                          : -1;
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private:
    test::Truth m_truth;
    TrainingSet m_set;
    OutageModel m_model;

private Q_SLOTS:
    void initTestCase()
    {
        test::pinEnvironment();
        auto set = TrainingSetBuilder::build(test::syntheticHistory(40, 60, m_truth), allTerms());
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        m_set = std::move(set).value();
        TrainOptions options;
        options.pooling = TrainOptions::Pooling::Global;
        auto model = Trainer::train(m_set, options);
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().message));
        m_model = std::move(model).value();
    }

    void aTermWithoutInputsIsLeftOutWithANote()
    {
        QVERIFY(std::find(m_set.terms.begin(), m_set.terms.end(), Term::SnowIce) ==
                m_set.terms.end());
        QVERIFY(m_set.notes.join(u' ').contains(QLatin1String("snow_ice left out")));
        QCOMPARE(m_set.rows(), qsizetype(40 * 60));
        QCOMPARE(m_set.storms.levels.size(), qsizetype(40));
    }

    void theTruthLiesInsideTheIntervals()
    {
        const std::pair<Term, double> truths[] = {{Term::LogGust, m_truth.logGust},
                                                  {Term::LogWind, 0.0},
                                                  {Term::HoursGust20, m_truth.hours},
                                                  {Term::LeafOn, m_truth.leafOn},
                                                  {Term::Canopy, m_truth.canopy},
                                                  {Term::Antecedent14, m_truth.antecedent},
                                                  {Term::YearsSinceTrim, m_truth.trim},
                                                  {Term::GustLeafOn, 0.0},
                                                  {Term::GustCanopy, 0.0},
                                                  {Term::GustWetness, 0.0}};
        for (const auto &[term, truth] : truths) {
            const double b = m_model.coefficient(term);
            const double s = se(m_model, term);
            // Ten intervals at once: each at 99.7 % (Bonferroni) keeps the family at 95 %.
            QVERIFY2(std::abs(b - truth) <= ZFamily * s + 1e-12,
                     qPrintable(QStringLiteral("%1: %2 +- %3, truth %4")
                                    .arg(ModelTerms::key(term))
                                    .arg(b)
                                    .arg(s)
                                    .arg(truth)));
        }
        QVERIFY(std::abs(m_model.theta - m_truth.theta) < 0.4);
        QVERIFY(m_model.contract.passed());
        QCOMPARE(m_model.status, QStringLiteral("candidate"));
        QCOMPARE(m_model.fingerprint.size(), 64);
    }

    void theContractBlocksAModelWhereWindLowersOutages()
    {
        test::Truth wrong = m_truth;
        wrong.logGust = -3.0;
        wrong.intercept = 4.0;
        auto set = TrainingSetBuilder::build(test::syntheticHistory(25, 40, wrong, 11), allTerms());
        QVERIFY(set.ok());
        TrainOptions options;
        options.crossValidate = false;
        options.constrain = false;
        auto unconstrained = Trainer::train(set.value(), options);
        QVERIFY(unconstrained.ok());
        QVERIFY(!unconstrained.value().contract.passed());
        QCOMPARE(unconstrained.value().status, QStringLiteral("rejected"));
        const auto gust =
            std::find_if(unconstrained.value().contract.checks.begin(),
                         unconstrained.value().contract.checks.end(),
                         [](const ContractCheck &c) { return c.feature == Feature::PeakGust; });
        QVERIFY(gust->rowsLowered > 0);
        QVERIFY(gust->worstChange < -0.1);

        // With constraints the terms that carry the wrong sign are left out until it holds.
        options.constrain = true;
        auto constrained = Trainer::train(set.value(), options);
        QVERIFY(constrained.ok());
        QVERIFY(constrained.value().contract.passed());
        QVERIFY(!constrained.value().contract.constrained.isEmpty());
        QVERIFY(constrained.value().coefficient(Term::LogGust) >= 0);
    }

    void theRegistryKeepsActivatesAndRefuses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto store = Store::open(path, Store::Access::ReadWrite);
        QVERIFY(store.ok());
        ModelRegistry registry(*store.value());
        QVERIFY(!registry.active().ok());
        QVERIFY(registry.active().error().message.contains(QLatin1String("train --activate")));

        OutageModel first = m_model;
        QVERIFY(registry.save(first).ok());
        QCOMPARE(first.version, 1);
        auto loaded = registry.load(first.id);
        QVERIFY(loaded.ok());
        const OutageModel &back = loaded.value();
        QVERIFY(back.terms == first.terms);
        QCOMPARE(back.coefficients.size(), first.coefficients.size());
        for (std::size_t k = 0; k < first.coefficients.size(); ++k)
            QCOMPARE(back.coefficients[k], first.coefficients[k]);
        QVERIFY(back.covariance == first.covariance);
        QCOMPARE(back.theta, first.theta);
        QCOMPARE(back.contract.passed(), true);
        QCOMPARE(back.envelope.storms.size(), first.envelope.storms.size());
        QCOMPARE(back.fingerprint, first.fingerprint);
        for (int f = 0; f < FeatureCount; ++f)
            if (f != int(Feature::OverheadKm))
                QCOMPARE(back.reference[std::size_t(f)], first.reference[std::size_t(f)]);

        OutageModel second = m_model;
        QVERIFY(registry.save(second).ok());
        QCOMPARE(second.version, 2);
        QVERIFY(registry.activate(first.id).ok());
        QVERIFY(registry.activate(second.id).ok());
        QCOMPARE(registry.active().value().id, second.id);
        QCOMPARE(registry.load(first.id).value().status, QStringLiteral("retired"));
        // Rollback: the previous one again.
        QVERIFY(registry.activate(first.id).ok());
        QCOMPARE(registry.active().value().id, first.id);

        OutageModel rejected = m_model;
        rejected.contract.checks.front().rowsLowered = 3;
        QVERIFY(registry.save(rejected).ok());
        QCOMPARE(rejected.status, QStringLiteral("rejected"));
        const auto refused = registry.activate(rejected.id);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("failed its contract")));
        QCOMPARE(registry.active().value().id, first.id);
        QCOMPARE(
            count(*store.value(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'model.activate'")),
            qint64(3));
        QCOMPARE(
            count(*store.value(),
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'model.train'")),
            qint64(3));
    }

    void explanationsMultiplyToThePredictionExactly()
    {
        std::mt19937_64 random(3);
        FeatureTable storm = test::syntheticStorm(99, 60, 30, random);
        const StormPrediction prediction = Predictor(m_model).predict(storm, {500, 5});
        for (const TerritoryPrediction &t : prediction.territories) {
            QVERIFY(!t.missing);
            double product = t.baseline;
            for (const ExplanationFactor &f : t.factors)
                product *= f.factor;
            if (!t.capped)
                QVERIFY2(std::abs(product / t.mean - 1) < 1e-12,
                         qPrintable(
                             QStringLiteral("%1: %2 vs %3").arg(t.code).arg(product).arg(t.mean)));
            QVERIFY(t.p10 <= t.p50 && t.p50 <= t.p90);
            QCOMPARE(t.p10, std::floor(t.p10));
            QCOMPARE(t.factors.size(), m_model.terms.size());
        }
        // A calm day in an average territory explains to factors of about one.
        QVERIFY(prediction.totals.p10 <= prediction.totals.p50);
        QVERIFY(prediction.totals.p50 <= prediction.totals.p90);
    }

    void predictionsNeverExceedCustomers()
    {
        std::mt19937_64 random(4);
        FeatureTable storm = test::syntheticStorm(98, 10, 34, random);
        for (double &c : storm.customers)
            c = 3;
        const Predictor predictor(m_model);
        const StormPrediction prediction = predictor.predict(storm, {300, 1});
        int capped = 0;
        for (qsizetype r = 0; r < storm.rows(); ++r) {
            const TerritoryPrediction &t = prediction.territories[std::size_t(r)];
            QVERIFY(t.p90 <= 3 && t.mean <= 3);
            const double uncapped = predictor.predictive(featureRow(storm, r), t.code).modelMean;
            QCOMPARE(t.capped, uncapped > 3 || t.p90 == 3);
            capped += t.capped;
        }
        QVERIFY(capped > 0);
        for (float v : prediction.draws.samples)
            QVERIFY(v <= 3.0f);
    }

    void drawsAreReproducibleAndAgreeWithTheMeans()
    {
        std::mt19937_64 random(5);
        FeatureTable storm = test::syntheticStorm(97, 60, 26, random);
        const Predictor predictor(m_model);
        const auto a = predictor.simulate(storm, 400, 42);
        const auto b = predictor.simulate(storm, 400, 42);
        QVERIFY(a.samples == b.samples);
        const auto c = predictor.simulate(storm, 400, 43);
        QVERIFY(a.samples != c.samples);

        const StormPrediction prediction = predictor.predict(storm, {4000, 9});
        double drawn = 0;
        for (float v : prediction.draws.samples)
            drawn += v;
        drawn /= prediction.draws.draws;
        // The draws' mean total sits near the sum of means (parameter uncertainty lifts it a
        // little: E exp(x) > exp(E x)).
        QVERIFY2(std::abs(drawn / prediction.totals.mean - 1) < 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(drawn).arg(prediction.totals.mean)));
    }

    void negativeBinomialQuantilesMatchTheDistribution()
    {
        for (const double mu : {0.3, 4.0, 40.0, 300.0}) {
            for (const double theta : {0.8, 2.5, std::numeric_limits<double>::infinity()}) {
                for (const double p : {0.1, 0.5, 0.9}) {
                    const double q = Predictor::negativeBinomialQuantile(mu, theta, p);
                    // CDF(q) >= p > CDF(q - 1), summed independently through lgamma.
                    double below = 0;
                    for (double k = 0; k < q; ++k) {
                        const double log = std::isfinite(theta)
                                               ? std::lgamma(k + theta) - std::lgamma(theta) -
                                                     std::lgamma(k + 1) +
                                                     theta * std::log(theta / (theta + mu)) +
                                                     k * std::log(mu / (theta + mu))
                                               : -mu + k * std::log(mu) - std::lgamma(k + 1);
                        below += std::exp(log);
                    }
                    const double at =
                        std::isfinite(theta)
                            ? std::exp(std::lgamma(q + theta) - std::lgamma(theta) -
                                       std::lgamma(q + 1) + theta * std::log(theta / (theta + mu)) +
                                       q * std::log(mu / (theta + mu)))
                            : std::exp(-mu + q * std::log(mu) - std::lgamma(q + 1));
                    if (mu > 60) {
                        // Above a mean of 60 the quantile comes from the Wilson-Hilferty gamma
                        // approximation: within 5 % of a standard deviation (or 1) of the exact
                        // quantile, found by summing the probabilities.
                        double exact = 0, cdf = 0;
                        for (double k = 0; cdf < p; ++k) {
                            cdf += std::exp(std::lgamma(k + theta) - std::lgamma(theta) -
                                            std::lgamma(k + 1) +
                                            theta * std::log(theta / (theta + mu)) +
                                            k * std::log(mu / (theta + mu)));
                            exact = k;
                        }
                        if (!std::isfinite(theta))
                            continue;
                        const double sd = std::sqrt(mu + mu * mu / theta);
                        QVERIFY2(std::abs(q - exact) <= std::max(1.0, 0.05 * sd),
                                 qPrintable(QStringLiteral("mu %1 theta %2 p %3: %4 vs exact %5")
                                                .arg(mu)
                                                .arg(theta)
                                                .arg(p)
                                                .arg(q)
                                                .arg(exact)));
                        continue;
                    }
                    QVERIFY2(below < p + 1e-9 && below + at >= p - 1e-9,
                             qPrintable(QStringLiteral("mu %1 theta %2 p %3: q %4, CDF %5..%6")
                                            .arg(mu)
                                            .arg(theta)
                                            .arg(p)
                                            .arg(q)
                                            .arg(below)
                                            .arg(below + at)));
                }
            }
        }
        QCOMPARE(Predictor::negativeBinomialQuantile(0, 2.5, 0.9), 0.0);
    }

    void aStormBeyondTheHistoryIsFlaggedWithItsNeighbours()
    {
        std::mt19937_64 random(6);
        FeatureTable usual = test::syntheticStorm(96, 60, 24, random);
        const DistributionCheck inside = TrainingEnvelopes::check(m_model, usual);
        QVERIFY2(!inside.outside, qPrintable(inside.reasons.join(u'\n')));
        QCOMPARE(inside.nearest.size(), std::size_t(3));
        QVERIFY(inside.nearest[0].distance <= inside.nearest[1].distance);

        FeatureTable extreme = test::syntheticStorm(95, 60, 70, random);
        const DistributionCheck outside = TrainingEnvelopes::check(m_model, extreme);
        QVERIFY(outside.outside);
        QVERIFY(outside.reasons.join(u' ').contains(QLatin1String("strongest gust")));
        QCOMPARE(outside.nearest.size(), std::size_t(3));

        // A past storm itself is nearest to itself unless excluded.
        const auto self =
            TrainingEnvelopes::nearest(m_model.envelope, m_model.envelope.storms[4].values, 1);
        QCOMPARE(self.front().code, m_model.envelope.storms[4].code);
        QCOMPARE(self.front().distance, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
