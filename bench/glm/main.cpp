// bench_glm: the negative-binomial GLM (coefficients, theta, standard errors) on a table of
// 1,000,000 rows x 10 predictors, against R's MASS::glm.nb and statsmodels' NegativeBinomial
// on the same CSV file. Reading the file and fitting are timed apart: the fit's physical floor
// is one streamed pass over the 88 MB design (10 predictors and the intercept) per iteration.
#include "benchmark.h"

#include "stats/csvtable.h"
#include "stats/designmatrix.h"
#include "stats/glm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>

using namespace stormcrew;

namespace {

constexpr int Predictors = 10;

[[noreturn]] void die(const QString &message)
{
    bench::die(QStringLiteral("bench_glm"), message);
}

// A storm-like table with known coefficients: mixed predictors (normal, uniform, 0/1), a log
// exposure offset and NB2 counts with theta = 2 drawn as a gamma-Poisson mixture (seeded).
void writeTable(const QString &path, int rows)
{
    const std::unique_ptr<FILE, int (*)(FILE *)> file(std::fopen(qPrintable(path), "w"),
                                                      &std::fclose);
    if (!file)
        die(QStringLiteral("cannot write ") + path);
    static constexpr double beta[Predictors + 1] = {0.5,  0.3, -0.2, 0.15, 0.1, -0.05,
                                                    0.25, 0.0, 0.4,  -0.3, 0.05};
    constexpr double theta = 2.0;
    std::mt19937_64 random(20261129);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    std::uniform_real_distribution<double> exposure(0.5, 2.0);
    std::bernoulli_distribution coin(0.4);
    std::fputs("x1,x2,x3,x4,x5,x6,x7,x8,x9,x10,log_exposure,y\n", file.get());
    double x[Predictors];
    for (int i = 0; i < rows; ++i) {
        double eta = beta[0];
        for (int j = 0; j < Predictors; ++j) {
            x[j] = j % 3 == 0 ? normal(random) : j % 3 == 1 ? uniform(random) : coin(random);
            eta += beta[j + 1] * x[j];
        }
        const double offset = std::log(exposure(random));
        const double mu = std::exp(eta + offset);
        std::gamma_distribution<double> gamma(theta, mu / theta);
        std::poisson_distribution<long> poisson(gamma(random));
        for (int j = 0; j < Predictors; ++j)
            std::fprintf(file.get(), j % 3 == 2 ? "%.0f," : "%.9g,", x[j]);
        std::fprintf(file.get(), "%.9g,%ld\n", offset, poisson(random));
    }
}

// What a peer script prints: its name, BLAS, the read time, fit times and estimates.
QJsonObject runPeer(const QString &program, const QStringList &arguments)
{
    return bench::runPeer(QStringLiteral("bench_glm"), program, arguments);
}

// Largest difference between our coefficients and a peer's, relative to the coefficient (or to
// its standard error where the coefficient is near zero, as the true 0.0 of x7 is).
double worstDifference(const GlmFit &fit, const QJsonObject &peer)
{
    const QJsonArray names = peer.value(QStringLiteral("names")).toArray();
    const QJsonArray values = peer.value(QStringLiteral("coefficients")).toArray();
    if (names.size() != fit.names.size())
        die(QStringLiteral("the peer has %1 coefficients, we have %2")
                .arg(names.size())
                .arg(fit.names.size()));
    double worst = 0;
    for (qsizetype j = 0; j < fit.names.size(); ++j) {
        if (names.at(j).toString() != fit.names.at(j))
            die(QStringLiteral("coefficient %1 is %2 for the peer")
                    .arg(fit.names.at(j), names.at(j).toString()));
        const double ours = fit.coefficients[std::size_t(j)];
        const double theirs = values.at(j).toDouble();
        const double scale = std::max(std::abs(theirs), fit.standardErrors[std::size_t(j)]);
        worst = std::max(worst, std::abs(ours - theirs) / scale);
    }
    return worst;
}

std::vector<double> doubles(const QJsonValue &array)
{
    std::vector<double> values;
    for (const QJsonValue &value : array.toArray())
        values.push_back(value.toDouble());
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Negative-binomial GLM: Stormcrew vs R glm.nb and statsmodels."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeatsOption(
        QStringLiteral("repeats"),
        QStringLiteral("Timed runs of Stormcrew before the peers, and again after."),
        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption peerRepeatsOption(QStringLiteral("peer-repeats"),
                                               QStringLiteral("Timed fits of each peer."),
                                               QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption oursOnlyOption(
        QStringLiteral("stormcrew-only"),
        QStringLiteral("Time Stormcrew alone and print notes, no figures (for profiling)."));
    parser.addOptions({rowsOption, repeatsOption, peerRepeatsOption, oursOnlyOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int repeats = parser.value(repeatsOption).toInt();
    const int peerRepeats = parser.value(peerRepeatsOption).toInt();
    if (rows <= 0 || repeats <= 0 || peerRepeats <= 0)
        die(QStringLiteral("--rows, --repeats and --peer-repeats must be positive"));

    const QString path = bench::workDir() + QStringLiteral("/glm.csv");
    bench::note(QStringLiteral("writing %1 rows to %2").arg(rows).arg(path));
    writeTable(path, rows);
    const double megabytes = double(QFile(path).size()) / 1e6;

    // Reading: the CSV into columns, then the design matrix, response and offset.
    ModelSpec spec;
    spec.response = QStringLiteral("y");
    spec.offset = QStringLiteral("log_exposure");
    ModelFrame frame;
    const auto read = [&] {
        auto table = CsvTable::read(path, {});
        if (!table)
            die(table.error().toString());
        auto built = ModelFrameBuilder::build(table.value(), spec);
        if (!built)
            die(built.error().toString());
        frame = std::move(built).value();
    };
    read(); // warm-up: the file is in the page cache for every side from here on
    std::vector<double> readSeconds;
    for (int i = 0; i < repeats; ++i)
        readSeconds.push_back(bench::secondsFor(read));

    GlmOptions options;
    options.offset = frame.offset;
    GlmFit fit;
    const auto fitOnce = [&] {
        auto fitted = Glm::fit(frame.design, frame.response, options);
        if (!fitted || !fitted.value().converged)
            die(QStringLiteral("the fit failed or did not converge"));
        fit = std::move(fitted).value();
    };
    fitOnce();
    std::vector<double> fitSeconds;
    for (int i = 0; i < repeats; ++i)
        fitSeconds.push_back(bench::secondsFor(fitOnce));
    bench::note(QStringLiteral("Stormcrew: theta %1, %2 passes, read %3 s, fit %4 s")
                    .arg(fit.theta, 0, 'g', 10)
                    .arg(fit.iterations)
                    .arg(bench::median(readSeconds))
                    .arg(bench::median(fitSeconds)));

    if (parser.isSet(oursOnlyOption))
        return 0;

    const QString dir = QStringLiteral(STORMCREW_BENCH_GLM_DIR);
    const QString count = QString::number(peerRepeats);
    bench::note(QStringLiteral("running R (glm.nb), about a minute"));
    const QJsonObject r =
        runPeer(QStringLiteral("Rscript"), {dir + QStringLiteral("/peer_r.R"), path, count});
    bench::note(QStringLiteral("running statsmodels"));
    const QJsonObject python = runPeer(QStringLiteral("/usr/bin/python3"),
                                       {dir + QStringLiteral("/peer_statsmodels.py"), path, count});
    // The machine is shared: time our side again after the peers, so that both sides sample
    // the same stretch of load, and report the median of all our runs.
    for (int i = 0; i < repeats; ++i) {
        readSeconds.push_back(bench::secondsFor(read));
        fitSeconds.push_back(bench::secondsFor(fitOnce));
    }
    bench::note(QStringLiteral("Stormcrew, all %1 runs: read %2 s, fit %3 s")
                    .arg(fitSeconds.size())
                    .arg(bench::median(readSeconds))
                    .arg(bench::median(fitSeconds)));

    // A fast wrong answer is not a figure: every peer must agree with us.
    for (const QJsonObject &peer : {r, python}) {
        const double worst = worstDifference(fit, peer);
        const double theirTheta = peer.value(QStringLiteral("theta")).toDouble();
        const double thetaDifference = std::abs(fit.theta - theirTheta) / theirTheta;
        bench::note(QStringLiteral("%1 (BLAS: %2): coefficients within %3 relative, theta %4 "
                                   "(ours %5, difference %6)")
                        .arg(peer.value(QStringLiteral("peer")).toString(),
                             peer.value(QStringLiteral("blas")).toString())
                        .arg(worst, 0, 'g', 3)
                        .arg(theirTheta, 0, 'g', 10)
                        .arg(fit.theta, 0, 'g', 10)
                        .arg(thetaDifference, 0, 'g', 3));
        if (worst > 1e-4 || thetaDifference > 1e-4)
            die(QStringLiteral("the estimates disagree"));
    }

    const QString size = QStringLiteral("%1 rows x %2 predictors")
                             .arg(QLocale(QLocale::English).toString(rows))
                             .arg(Predictors);
    // -> QString: with QStringBuilder an auto return would keep references to temporaries.
    const auto peerName = [](const QJsonObject &peer) -> QString {
        return peer.value(QStringLiteral("peer")).toString() + QStringLiteral(", ") +
               peer.value(QStringLiteral("blas")).toString();
    };
    // Goals from issue 5: at least 50x R and 20x statsmodels for the fit.
    const QString fitFigure =
        QStringLiteral("NB GLM fit with theta and SEs, %1 (data in memory)").arg(size);
    bench::report(fitFigure, bench::median(fitSeconds), peerName(r),
                  bench::median(doubles(r.value(QStringLiteral("fitSeconds")))), 50);
    bench::report(fitFigure, bench::median(fitSeconds), peerName(python),
                  bench::median(doubles(python.value(QStringLiteral("fitSeconds")))), 20);
    // Reading: at least as fast as each peer's reader (one read per peer process).
    const QString readFigure = QStringLiteral("read the %1 MB CSV into a design matrix, %2")
                                   .arg(megabytes, 0, 'f', 0)
                                   .arg(size);
    for (const QJsonObject &peer : {r, python})
        bench::report(readFigure, bench::median(readSeconds),
                      peer.value(QStringLiteral("reader")).toString(),
                      peer.value(QStringLiteral("readSeconds")).toDouble(), 1.0);
    QFile::remove(path);
    return 0;
}
