// The numeric kernels of Predictor::predictRow against plain references: the four-terms-a-step
// quantile walk against a walk one term at a time, the packed quadratic form against a dense
// x' Sigma x, and the shared-logarithm term values against ModelTerms::value.
#include "engine/predictionkernels.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace stormcrew;

namespace {

// The smallest k with CDF(k) >= level, summing P(k) one term at a time.
double plainQuantile(double mu, double theta, double level)
{
    const bool finite = std::isfinite(theta);
    double probability = finite ? std::pow(theta / (theta + mu), theta) : std::exp(-mu);
    double cumulative = probability;
    double k = 0;
    while (cumulative < level) {
        probability *= finite ? (k + theta) / (k + 1) * mu / (theta + mu) : mu / (k + 1);
        cumulative += probability;
        k += 1;
    }
    return k;
}

} // namespace

class TestPredictionKernels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theWalkFindsThePlainWalksQuantiles()
    {
        std::mt19937_64 random(2);
        std::uniform_real_distribution<double> mean(0.001, kernels::LargeMean);
        std::uniform_real_distribution<double> size(0.05, 50);
        static constexpr double Levels[] = {0.10, 0.50, 0.90};
        int differences = 0;
        for (int i = 0; i < 20000; ++i) {
            const double mu = mean(random);
            const double theta =
                i % 10 == 0 ? std::numeric_limits<double>::infinity() : size(random);
            double q[3];
            kernels::negativeBinomialQuantiles(mu, theta, Levels, q);
            for (int l = 0; l < 3; ++l)
                differences += q[l] != plainQuantile(mu, theta, Levels[l]);
        }
        // Sums in another order may only differ where a CDF is within rounding of a level.
        QVERIFY2(differences <= 3, qPrintable(QStringLiteral("%1 differences").arg(differences)));
    }

    void thePackedFormIsTheDenseForm()
    {
        std::mt19937_64 random(3);
        std::normal_distribution<double> normal;
        for (const std::size_t p : {1, 2, 7, 14, 15}) {
            std::vector<double> a(p * p), sigma(p * p, 0.0);
            for (double &v : a)
                v = normal(random);
            for (std::size_t i = 0; i < p; ++i)
                for (std::size_t j = 0; j < p; ++j)
                    for (std::size_t k = 0; k < p; ++k)
                        sigma[i * p + j] += a[i * p + k] * a[j * p + k];
            std::vector<double> x(p + 1, 0.0);
            for (std::size_t i = 0; i < p; ++i)
                x[i] = normal(random);
            double dense = 0;
            for (std::size_t i = 0; i < p; ++i)
                for (std::size_t j = 0; j < p; ++j)
                    dense += x[i] * sigma[i * p + j] * x[j];
            const double packed = kernels::QuadraticForm(sigma, p)(x.data());
            QVERIFY2(std::abs(packed / dense - 1) < 1e-12,
                     qPrintable(QStringLiteral("p %1: %2 vs %3").arg(p).arg(packed).arg(dense)));
        }
    }

    void termValuesAreModelTermsValues()
    {
        std::vector<Term> terms;
        for (const TermInfo &info : ModelTerms::all())
            terms.push_back(info.term);
        const kernels::TermEvaluator evaluator(terms);
        std::mt19937_64 random(4);
        std::uniform_real_distribution<double> uniform(0, 40);
        for (int row = 0; row < 100; ++row) {
            std::array<double, FeatureCount> features{};
            for (double &f : features)
                f = uniform(random);
            features[std::size_t(Feature::PeakGust)] = row == 0 ? 0.5 : uniform(random);
            double values[kernels::TermEvaluator::Capacity];
            evaluator.evaluate(features, values);
            QCOMPARE(values[0], 1.0);
            for (std::size_t k = 0; k < terms.size(); ++k)
                QCOMPARE(values[k + 1], ModelTerms::value(terms[k], features));
            QCOMPARE(values[terms.size() + 1], 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPredictionKernels)
#include "tst_predictionkernels.moc"
