// The GLM engine against R (MASS::glm.nb, glm) and statsmodels on committed fixtures, and the
// properties a fit must have: ridge shrinks, aliased columns are reported, known coefficients
// are recovered at the nominal rate.
#include "statstest.h"

#include "stats/negbin.h"

#include <QJsonArray>
#include <QTest>

#include <random>

using namespace stormcrew;

namespace {

// Figures compared with the peers, to 1e-6 relative as issue 5 asks.
constexpr double PeerTolerance = 1e-6;

ModelSpec specOf(const QJsonObject &reference)
{
    ModelSpec spec;
    spec.response = reference.value(QStringLiteral("response")).toString();
    spec.offset = reference.value(QStringLiteral("offset")).toString();
    for (const QJsonValue &column : reference.value(QStringLiteral("columns")).toArray())
        spec.predictors.append(column.toString());
    return spec;
}

GlmOptions optionsOf(const QJsonObject &reference, const ModelFrame &frame)
{
    GlmOptions options;
    options.family =
        reference.value(QStringLiteral("family")).toString() == QLatin1String("poisson")
            ? GlmFamily::Poisson
            : GlmFamily::NegativeBinomial;
    options.offset = frame.offset;
    return options;
}

double normOfSlopes(const GlmFit &fit)
{
    double sum = 0;
    for (qsizetype j = 1; j < fit.names.size(); ++j)
        sum += fit.coefficients[std::size_t(j)] * fit.coefficients[std::size_t(j)];
    return std::sqrt(sum);
}

} // namespace

class TestGlm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesPeers_data()
    {
        QTest::addColumn<QJsonObject>("reference");
        QTest::addColumn<QString>("peer");
        const struct {
            QString file;
            QString peer;
        } peers[] = {{QStringLiteral("reference_r.json"), QStringLiteral("R")},
                     {QStringLiteral("reference_statsmodels.json"), QStringLiteral("statsmodels")}};
        for (const auto &[file, peer] : peers) {
            const QJsonObject cases = test::readJson(test::glmData(file));
            QVERIFY2(!cases.isEmpty(), qPrintable(file + QStringLiteral(" is missing or empty")));
            for (auto it = cases.begin(); it != cases.end(); ++it) {
                if (it.key() == QLatin1String("producer"))
                    continue;
                const QByteArray name = (it.key() + QStringLiteral(" vs ") + peer).toUtf8();
                QTest::newRow(name.constData()) << it.value().toObject() << peer;
            }
        }
    }

    // Coefficients, standard errors (conditional on theta), theta, its standard error, the
    // log-likelihood and the deviance all equal the peer's to 1e-6 relative.
    void matchesPeers()
    {
        QFETCH(QJsonObject, reference);
        QFETCH(QString, peer);
        auto frame =
            test::frameOf(reference.value(QStringLiteral("file")).toString(), specOf(reference));
        QVERIFY2(frame.ok(), qPrintable(frame.ok() ? QString() : frame.error().toString()));
        auto fitted = Glm::fit(frame.value().design, frame.value().response,
                               optionsOf(reference, frame.value()));
        QVERIFY2(fitted.ok(), qPrintable(fitted.ok() ? QString() : fitted.error().toString()));
        const GlmFit &fit = fitted.value();
        QVERIFY(fit.converged);

        const QJsonArray coefficients = reference.value(QStringLiteral("coefficients")).toArray();
        QCOMPARE(fit.names.size(), coefficients.size());
        for (qsizetype j = 0; j < coefficients.size(); ++j) {
            const QJsonObject expected = coefficients.at(j).toObject();
            const QString name = expected.value(QStringLiteral("name")).toString();
            QCOMPARE(fit.names.at(j), name);
            STORMCREW_COMPARE_RELATIVE(
                name + QStringLiteral(" estimate"), fit.coefficients[std::size_t(j)],
                expected.value(QStringLiteral("estimate")).toDouble(), peer, PeerTolerance);
            STORMCREW_COMPARE_RELATIVE(
                name + QStringLiteral(" standard error"), fit.standardErrors[std::size_t(j)],
                expected.value(QStringLiteral("standardError")).toDouble(), peer, PeerTolerance);
        }
        if (fit.family == GlmFamily::NegativeBinomial) {
            STORMCREW_COMPARE_RELATIVE(QStringLiteral("theta"), fit.theta,
                                       reference.value(QStringLiteral("theta")).toDouble(), peer,
                                       PeerTolerance);
            STORMCREW_COMPARE_RELATIVE(
                QStringLiteral("theta's standard error"), fit.thetaSE,
                reference.value(QStringLiteral("thetaStandardError")).toDouble(), peer,
                PeerTolerance);
        } else {
            QVERIFY(std::isinf(fit.theta));
        }
        STORMCREW_COMPARE_RELATIVE(QStringLiteral("log-likelihood"), fit.logLik,
                                   reference.value(QStringLiteral("logLik")).toDouble(), peer,
                                   PeerTolerance);
        STORMCREW_COMPARE_RELATIVE(QStringLiteral("deviance"), fit.deviance,
                                   reference.value(QStringLiteral("deviance")).toDouble(), peer,
                                   PeerTolerance);
        if (reference.contains(QStringLiteral("aic")))
            STORMCREW_COMPARE_RELATIVE(QStringLiteral("AIC"), fit.aic,
                                       reference.value(QStringLiteral("aic")).toDouble(), peer,
                                       PeerTolerance);
    }

    // The published quine fit (Venables & Ripley): theta about 1.275.
    void quineThetaIsThePublishedOne()
    {
        ModelSpec spec;
        spec.response = QStringLiteral("Days");
        auto frame = test::frameOf(QStringLiteral("quine.csv"), spec);
        QVERIFY(frame.ok());
        auto fit = Glm::fit(frame.value().design, frame.value().response, {});
        QVERIFY(fit.ok());
        QCOMPARE(
            fit.value().names,
            (QStringList{QStringLiteral("(Intercept)"), QStringLiteral("EthN"),
                         QStringLiteral("SexM"), QStringLiteral("AgeF1"), QStringLiteral("AgeF2"),
                         QStringLiteral("AgeF3"), QStringLiteral("LrnSL")}));
        QCOMPARE(std::round(fit.value().theta * 1000) / 1000, 1.275);
    }

    void ridgeShrinksMonotonically_data()
    {
        QTest::addColumn<int>("family");
        QTest::newRow("negative binomial, storms with offset") << int(GlmFamily::NegativeBinomial);
        QTest::newRow("Poisson, storms with offset") << int(GlmFamily::Poisson);
    }

    // lambda = 0 is the unpenalised fit; a larger lambda never lengthens the slopes, and a huge
    // one takes them towards zero while the intercept stays free.
    void ridgeShrinksMonotonically()
    {
        QFETCH(int, family);
        ModelSpec spec;
        spec.response = QStringLiteral("outages");
        spec.offset = QStringLiteral("log_km");
        spec.predictors = QStringList{QStringLiteral("gust_ms"), QStringLiteral("canopy"),
                                      QStringLiteral("leaf_on"), QStringLiteral("soil")};
        auto frame = test::frameOf(QStringLiteral("storms.csv"), spec);
        QVERIFY(frame.ok());
        GlmOptions options;
        options.family = GlmFamily(family);
        options.offset = frame.value().offset;
        auto plain = Glm::fit(frame.value().design, frame.value().response, options);
        QVERIFY(plain.ok());

        double previous = std::numeric_limits<double>::infinity();
        for (const double lambda : {0.0, 0.1, 1.0, 10.0, 100.0, 1e3, 1e4, 1e6, 1e8, 1e10}) {
            options.ridge = lambda;
            auto fit = Glm::fit(frame.value().design, frame.value().response, options);
            QVERIFY(fit.ok());
            QVERIFY(fit.value().converged);
            const double norm = normOfSlopes(fit.value());
            if (lambda == 0) {
                for (std::size_t j = 0; j < fit.value().coefficients.size(); ++j)
                    QCOMPARE(fit.value().coefficients[j], plain.value().coefficients[j]);
            }
            QVERIFY2(norm <= previous * (1 + 1e-12),
                     qPrintable(QStringLiteral("ridge %1 gives slopes of length %2, longer than "
                                               "%3 at the smaller penalty")
                                    .arg(lambda)
                                    .arg(norm)
                                    .arg(previous)));
            previous = norm;
        }
        const double unpenalised = normOfSlopes(plain.value());
        QVERIFY2(previous < 1e-3 * unpenalised,
                 qPrintable(QStringLiteral("ridge 1e10 leaves slopes of length %1 (%2 without)")
                                .arg(previous)
                                .arg(unpenalised)));
    }

    void aliasedColumns_data()
    {
        QTest::addColumn<QString>("extra");       // a column added to quine's predictors
        QTest::addColumn<QString>("aliasedName"); // the coefficient R reports NA
        QTest::newRow("a constant column beside the intercept")
            << QStringLiteral("constant") << QStringLiteral("constant");
        QTest::newRow("a column that repeats another (Lrn as 0/1)")
            << QStringLiteral("slow") << QStringLiteral("slow");
    }

    // Like R: the aliased coefficient is not defined ("not defined because of singularities"),
    // every other coefficient is the fit without it.
    void aliasedColumns()
    {
        QFETCH(QString, extra);
        QFETCH(QString, aliasedName);
        QFile file(test::glmData(QStringLiteral("quine.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString csv = lines.first() + QStringLiteral(",\"constant\",\"slow\"\n");
        for (const QString &line : lines.mid(1))
            csv += line + (line.contains(QStringLiteral("\"SL\"")) ? QStringLiteral(",5,1\n")
                                                                   : QStringLiteral(",5,0\n"));
        auto table = CsvTable::parse(csv.toUtf8(), QStringLiteral("quine+.csv"), {});
        QVERIFY(table.ok());
        ModelSpec spec;
        spec.response = QStringLiteral("Days");
        spec.predictors = QStringList{QStringLiteral("Eth"), QStringLiteral("Sex"),
                                      QStringLiteral("Age"), QStringLiteral("Lrn")};
        auto base = ModelFrameBuilder::build(table.value(), spec);
        spec.predictors.append(extra);
        auto withExtra = ModelFrameBuilder::build(table.value(), spec);
        QVERIFY(base.ok() && withExtra.ok());
        auto expected = Glm::fit(base.value().design, base.value().response, {});
        auto fit = Glm::fit(withExtra.value().design, withExtra.value().response, {});
        QVERIFY(expected.ok() && fit.ok());
        QCOMPARE(fit.value().aliasedCount(), 1);
        QCOMPARE(fit.value().rank, expected.value().rank);
        const qsizetype last = fit.value().names.size() - 1;
        QCOMPARE(fit.value().names.at(last), aliasedName);
        QVERIFY(fit.value().aliased[std::size_t(last)]);
        QVERIFY(std::isnan(fit.value().coefficients[std::size_t(last)]));
        for (qsizetype j = 0; j < last; ++j)
            STORMCREW_COMPARE_RELATIVE(fit.value().names.at(j),
                                       fit.value().coefficients[std::size_t(j)],
                                       expected.value().coefficients[std::size_t(j)],
                                       QStringLiteral("the fit without the aliased column"), 1e-9);
    }

    // Simulated NB2 data with known coefficients and theta (fixed seed, so never flaky): over
    // 200 data sets, the 95% intervals estimate +- 1.96 SE hold the truth about 95% of the time.
    void recoversKnownCoefficients()
    {
        const double truth[] = {0.8, 0.5, -0.3, 0.25};
        constexpr double theta = 2.5;
        constexpr int rows = 400;
        constexpr int sets = 200;
        std::mt19937_64 random(5);
        std::normal_distribution<double> normal;
        std::uniform_real_distribution<double> uniform(0.5, 2.0);
        int covered = 0;
        int intervals = 0;
        int thetaCovered = 0;
        for (int set = 0; set < sets; ++set) {
            DesignMatrix design;
            design.rows = rows;
            design.interceptColumn = 0;
            design.names = QStringList{QStringLiteral("(Intercept)"), QStringLiteral("a"),
                                       QStringLiteral("b"), QStringLiteral("c")};
            design.values.assign(std::size_t(rows) * 4, 1.0);
            std::vector<double> y(rows);
            GlmOptions options;
            options.offset.resize(rows);
            for (int i = 0; i < rows; ++i) {
                double eta = truth[0];
                for (int j = 1; j < 4; ++j) {
                    const double x = j == 3 ? double(i % 2) : normal(random);
                    design.values[std::size_t(j * rows + i)] = x;
                    eta += truth[j] * x;
                }
                options.offset[std::size_t(i)] = std::log(uniform(random));
                const double mu = std::exp(eta + options.offset[std::size_t(i)]);
                std::gamma_distribution<double> gamma(theta, mu / theta);
                std::poisson_distribution<long> poisson(gamma(random));
                y[std::size_t(i)] = double(poisson(random));
            }
            auto fit = Glm::fit(design, y, options);
            QVERIFY(fit.ok());
            QVERIFY(fit.value().converged);
            for (std::size_t j = 0; j < 4; ++j) {
                const double z =
                    (fit.value().coefficients[j] - truth[j]) / fit.value().standardErrors[j];
                covered += std::abs(z) < 1.959964 ? 1 : 0;
                ++intervals;
            }
            const double z = (fit.value().theta - theta) / fit.value().thetaSE;
            thetaCovered += std::abs(z) < 1.959964 ? 1 : 0;
        }
        const double rate = double(covered) / intervals;
        QVERIFY2(rate > 0.92 && rate < 0.98,
                 qPrintable(QStringLiteral("95% intervals held the true coefficient in %1 of "
                                           "%2 cases (%3%)")
                                .arg(covered)
                                .arg(intervals)
                                .arg(rate * 100, 0, 'f', 1)));
        // theta's Wald interval is rougher (its likelihood is skewed): a wider band.
        const double thetaRate = double(thetaCovered) / sets;
        QVERIFY2(thetaRate > 0.88 && thetaRate < 0.99,
                 qPrintable(QStringLiteral("95% intervals held theta in %1 of %2 data sets")
                                .arg(thetaCovered)
                                .arg(sets)));
    }

    // R's theta.ml on quine's fitted means (glm.nb's final theta) and the special functions.
    void thetaByMaximumLikelihood()
    {
        ModelSpec spec;
        spec.response = QStringLiteral("Days");
        auto frame = test::frameOf(QStringLiteral("quine.csv"), spec);
        QVERIFY(frame.ok());
        auto fit = Glm::fit(frame.value().design, frame.value().response, {});
        QVERIFY(fit.ok());
        const ThetaEstimate estimate = estimateTheta(frame.value().response, fit.value().fitted);
        QVERIFY(estimate.converged);
        STORMCREW_COMPARE_RELATIVE(QStringLiteral("theta"), estimate.theta, fit.value().theta,
                                   QStringLiteral("the joint fit"), 1e-8);
        STORMCREW_COMPARE_RELATIVE(QStringLiteral("digamma(1)"), digamma(1.0), -0.57721566490153286,
                                   QStringLiteral("-Euler's constant"), 1e-14);
        STORMCREW_COMPARE_RELATIVE(QStringLiteral("trigamma(1)"), trigamma(1.0), 1.6449340668482264,
                                   QStringLiteral("pi^2/6"), 1e-14);
        STORMCREW_COMPARE_RELATIVE(QStringLiteral("digamma(0.01)"), digamma(0.01),
                                   -100.56088545786866, QStringLiteral("R's digamma"), 1e-13);
        STORMCREW_COMPARE_RELATIVE(QStringLiteral("trigamma(37.5)"), trigamma(37.5),
                                   0.027025382266785015, QStringLiteral("R's trigamma"), 1e-13);
    }
};

QTEST_GUILESS_MAIN(TestGlm)
#include "tst_glm.moc"
