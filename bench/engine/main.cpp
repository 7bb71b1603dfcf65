// bench_engine: the prediction engine's two speed goals of issue 5, each beside R doing the same
// job on the same data: leave-one-storm-out over 100 storms x 120 territories (goal < 2 s), and
// prediction with P10/P50/P90 and explanations for 3,000 territories (goal < 1 ms).
#include "benchmark.h"
#include "synthetichistory.h"

#include "engine/predictor.h"
#include "engine/trainer.h"

#include <QDir>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace stormcrew;

namespace {

constexpr int Storms = 100;
constexpr int Territories = 120;
constexpr int NewTerritories = 3000;

[[noreturn]] void die(const QString &message)
{
    bench::die(QStringLiteral("bench_engine"), message);
}

void writeDesign(const QString &path, const TrainingSet &set, bool withResponse)
{
    const std::unique_ptr<FILE, int (*)(FILE *)> file(std::fopen(qPrintable(path), "w"),
                                                      &std::fclose);
    if (!file)
        die(QStringLiteral("cannot write ") + path);
    if (withResponse)
        std::fprintf(file.get(), "storm,y,");
    std::fprintf(file.get(), "off");
    for (const Term term : set.terms)
        std::fprintf(file.get(), ",%s", ModelTerms::info(term).key);
    std::fprintf(file.get(), "\n");
    for (std::size_t r = 0; r < set.features.size(); ++r) {
        if (withResponse)
            std::fprintf(file.get(), "%d,%.0f,", set.storms.index[r], set.response[r]);
        std::fprintf(file.get(), "%.17g", set.offset[r]);
        for (const Term term : set.terms)
            std::fprintf(file.get(), ",%.17g", ModelTerms::value(term, set.features[r]));
        std::fprintf(file.get(), "\n");
    }
}

} // namespace

int main()
{
    std::vector<Term> candidates;
    for (const TermInfo &info : ModelTerms::all())
        if (info.term != Term::LogWind) // a near copy of the gust in this synthetic history
            candidates.push_back(info.term);
    auto set = TrainingSetBuilder::build(test::syntheticHistory(Storms, Territories, test::Truth{}),
                                         candidates);
    if (!set)
        die(set.error().message);

    // Leave-one-storm-out: 100 negative-binomial fits with theta and a prediction each.
    std::vector<double> losoTimes;
    double ourScore = 0;
    for (int repeat = 0; repeat < 3; ++repeat)
        losoTimes.push_back(bench::secondsFor([&] {
            auto cv = Trainer::crossValidate(set.value(), set.value().terms,
                                             GlmFamily::NegativeBinomial, 0, set.value().storms);
            if (!cv)
                die(cv.error().message);
            ourScore = cv.value().meanLogScore;
        }));

    // Prediction of 3,000 new territories with intervals and explanations.
    auto model =
        Trainer::fit(set.value(), set.value().terms, GlmFamily::NegativeBinomial, 0, false);
    if (!model)
        die(model.error().message);
    std::mt19937_64 random(11);
    const FeatureTable fresh = test::syntheticStorm(500, NewTerritories, 27, random);
    const Predictor predictor(model.value());
    std::vector<std::array<double, FeatureCount>> rows;
    for (qsizetype r = 0; r < fresh.rows(); ++r)
        rows.push_back(featureRow(fresh, r));
    std::vector<TerritoryPrediction> out(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r)
        out[r].customers = fresh.customers[r];
    std::vector<double> predictTimes;
    for (int repeat = 0; repeat < 200; ++repeat)
        predictTimes.push_back(bench::secondsFor([&] {
            for (std::size_t r = 0; r < rows.size(); ++r)
                predictor.predictRow(rows[r], fresh.territoryCodes.at(qsizetype(r)), out[r]);
        }));

    // The same jobs in R.
    const QString dir = bench::workDir();
    TrainingSet freshSet;
    freshSet.terms = set.value().terms;
    for (const auto &row : rows) {
        freshSet.features.push_back(row);
        freshSet.offset.push_back(std::log(row[std::size_t(Feature::OverheadKm)]));
    }
    writeDesign(dir + QStringLiteral("/train.csv"), set.value(), true);
    writeDesign(dir + QStringLiteral("/new.csv"), freshSet, false);
    const QJsonObject r = bench::runPeer(QStringLiteral("bench_engine"), QStringLiteral("Rscript"),
                                         {QStringLiteral(STORMCREW_BENCH_ENGINE_DIR "/peer_r.R"),
                                          dir + QStringLiteral("/train.csv"),
                                          dir + QStringLiteral("/new.csv"), QStringLiteral("20")});
    const double peerScore = r.value(QStringLiteral("losoMeanLogScore")).toDouble();
    bench::note(QStringLiteral("held-out mean log score: ours %1, R %2")
                    .arg(ourScore, 0, 'g', 12)
                    .arg(peerScore, 0, 'g', 12));
    if (std::abs(ourScore / peerScore - 1) > 1e-6)
        die(QStringLiteral("the held-out scores differ: ours %1, R %2")
                .arg(ourScore)
                .arg(peerScore));
    const QString peer = r.value(QStringLiteral("peer")).toString();
    bench::report(QStringLiteral("leave-one-storm-out, 100 storms x 120 territories (goal < 2 s)"),
                  bench::median(losoTimes), peer, r.value(QStringLiteral("losoSeconds")).toDouble(),
                  1.0);
    bench::report(QStringLiteral("predict 3,000 territories: P10/P50/P90 and explanations "
                                 "(goal < 1 ms)"),
                  bench::median(predictTimes), peer,
                  r.value(QStringLiteral("predictSeconds")).toDouble(), 1.0);
    return 0;
}
