#pragma once
// Storm histories drawn from a known negative-binomial model, so that the engine's tests can
// check what it recovers against the truth. The features are made here; everything else (fits,
// contract, registry, prediction) is the real engine.

#include "features/featuretable.h"

#include <QString>

#include <cmath>
#include <random>
#include <vector>

namespace stormcrew::test {

struct Truth {
    double intercept = -24.0;
    double logGust = 5.5;
    double hours = 0.08;
    double leafOn = 0.5;
    double canopy = 1.3;
    double antecedent = 0.005;
    double trim = 0.06;
    double theta = 2.5;
};

inline double truthMean(const Truth &t, const FeatureTable &table, qsizetype r)
{
    const auto at = [&](Feature f) { return table.values[std::size_t(f)][std::size_t(r)]; };
    return at(Feature::OverheadKm) *
           std::exp(t.intercept + t.logGust * std::log(at(Feature::PeakGust)) +
                    t.hours * at(Feature::HoursGustAbove20) + t.leafOn * at(Feature::LeafOn) +
                    t.canopy * at(Feature::Canopy) + t.antecedent * at(Feature::Antecedent14) +
                    t.trim * at(Feature::YearsSinceTrim));
}

// One storm's features for every territory (outages empty); gust scaled by intensity.
inline FeatureTable syntheticStorm(int storm, int territories, double intensity,
                                   std::mt19937_64 &random)
{
    std::uniform_real_distribution<double> unit;
    FeatureTable table;
    table.stormId = storm + 1;
    table.stormCode = QStringLiteral("S%1").arg(storm, 3, 10, QLatin1Char('0'));
    table.stormKind = QStringLiteral("derecho");
    table.windowStart = 1'600'000'000 + qint64(storm) * 864'000;
    table.windowEnd = table.windowStart + 86'400;
    const double leaf = unit(random) < 0.5 ? 1.0 : 0.0;
    const double wet = 150 * unit(random);
    for (int t = 0; t < territories; ++t) {
        table.territoryIds.push_back(t + 1);
        table.territoryCodes << QStringLiteral("T%1").arg(t, 3, 10, QLatin1Char('0'));
        table.territoryNames << QStringLiteral("Territory %1").arg(t);
        table.customers.push_back(4000 + 100 * t);
        table.latitude.push_back(37.5);
        table.longitude.push_back(-85);
        const double gust = intensity * (0.6 + 0.8 * unit(random));
        const double values[FeatureCount] = {
            gust,                                         // PeakGust
            gust / (1.3 + 0.3 * unit(random)),            // PeakWind
            std::max(0.0, std::floor((gust - 18) / 1.5)), // HoursGustAbove20
            30 * unit(random),                            // StormPrecip
            wet + 20 * unit(random),                      // Antecedent14
            2 * wet + 30 * unit(random),                  // Antecedent30
            std::floor(20 * unit(random)),                // DaysSinceRain
            leaf,                                         // LeafOn
            std::nan(""),                                 // SnowIce: not observed here
            0.2 + 0.6 * double((t * 37) % 100) / 100,     // Canopy
            200 + 10 * double(t % 17),                    // OverheadKm
            1 + 10 * double((t * 13) % 100) / 100,        // YearsSinceTrim
        };
        for (int f = 0; f < FeatureCount; ++f)
            table.values[std::size_t(f)].push_back(values[f]);
    }
    return table;
}

inline std::vector<FeatureTable> syntheticHistory(int storms, int territories, const Truth &truth,
                                                  quint64 seed = 7)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> intensity(14, 34);
    std::vector<FeatureTable> history;
    for (int s = 0; s < storms; ++s) {
        FeatureTable table = syntheticStorm(s, territories, intensity(random), random);
        std::gamma_distribution<double> gamma(truth.theta, 1 / truth.theta);
        for (qsizetype r = 0; r < table.rows(); ++r) {
            const double mu = truthMean(truth, table, r) * gamma(random);
            table.outages.push_back(double(std::poisson_distribution<long long>(mu)(random)));
        }
        history.push_back(std::move(table));
    }
    return history;
}

} // namespace stormcrew::test
