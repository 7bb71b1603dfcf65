#pragma once

#include "features/featuretable.h"

#include <QCoreApplication>

#include <array>
#include <span>
#include <vector>

namespace stormcrew {

// The terms of the outage model: how raw features become the columns of its design. One fixed
// catalogue (docs/model.md has the table); a trained model records which terms it kept.
enum class Term {
    LogGust,        // ln(peak gust, m/s)
    LogWind,        // ln(peak sustained wind, m/s)
    HoursGust20,    // hours with gust >= 20 m/s
    StormPrecip,    // storm precipitation, mm
    Antecedent14,   // precipitation of the 14 days before, mm
    Antecedent30,   // precipitation of the 30 days before, mm
    DaysSinceRain,  // days since a day with >= 10 mm
    LeafOn,         // leaf-on 0..1
    SnowIce,        // snow and ice accretion in the storm, mm
    Canopy,         // canopy fraction 0..1
    YearsSinceTrim, // years since trimming
    GustLeafOn,     // ln(gust / 20 m/s) x leaf-on
    GustCanopy,     // ln(gust / 20 m/s) x canopy
    GustWetness,    // ln(gust / 20 m/s) x antecedent 14-day precipitation / 100 mm
};
inline constexpr int TermCount = 14;

// What the model contract expects of a feature's effect.
enum class Expectation {
    NeverLowers, // hard: more of it never lowers the prediction (gates activation)
    Reported,    // disputed in the literature: the fitted evidence is reported, not enforced
    None,
};

// A raw feature the contract perturbs, and how.
struct ContractProbe {
    Feature feature;
    Expectation expectation;
    double step;    // added to the feature (multiplied for gust and wind: step is a factor)
    bool relative;  // step multiplies rather than adds
    double ceiling; // the feature's largest valid value (1 for fractions), or infinity
};

struct TermInfo {
    Term term;
    const char *key;               // stable name stored with models: "log_gust"
    std::span<const Feature> uses; // the raw features it reads
};

class ModelTerms {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ModelTerms)

public:
    [[nodiscard]] static const std::array<TermInfo, TermCount> &all();
    [[nodiscard]] static const TermInfo &info(Term term);
    [[nodiscard]] static QString key(Term term);
    [[nodiscard]] static std::optional<Term> fromKey(const QString &key);
    // "peak gust (log)": the term as the explanation chart labels it, translated.
    [[nodiscard]] static QString label(Term term);

    // The term's value from raw feature values (indexed by Feature); NaN when an input is.
    [[nodiscard]] static double value(Term term, std::span<const double, FeatureCount> features);

    // The reference explanations are relative to: a calm day (light wind, no storm rain, usual
    // ground wetness, leaf-off) in an average territory (canopy and years since trimming as
    // given: the training means). Overhead km is not a term (it is the exposure).
    [[nodiscard]] static std::array<double, FeatureCount> calmReference(double canopy,
                                                                        double yearsSinceTrim);

    // The perturbations of the model contract (DESIGN §5), in a fixed order.
    [[nodiscard]] static std::span<const ContractProbe> probes();
};

// One row of raw features from a table (values[feature][row]).
[[nodiscard]] std::array<double, FeatureCount> featureRow(const FeatureTable &table, qsizetype row);

} // namespace stormcrew
