#pragma once

#include "domain/result.h"
#include "features/featuretable.h"
#include "outagemodel.h"
#include "trainingset.h"

#include <QCoreApplication>

namespace stormcrew {

// Is a storm like the ones the model learnt from? The answer, with the closest past storms.
struct DistributionCheck {
    bool outside = false;
    QStringList reasons; // translated sentences, one per finding
    struct Neighbour {
        QString code;
        QString kind;
        qint64 start = 0;
        double distance = 0; // in standard deviations of the storm summaries
        double outages = 0;
    };
    std::vector<Neighbour> nearest; // the three most similar past storms, closest first
};

// The training envelope and what is derived from it: storm summaries, the reference day of the
// explanations, the storm-level effect, the out-of-distribution check and the nearest storms.
class TrainingEnvelopes {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrainingEnvelopes)

public:
    [[nodiscard]] static TrainingEnvelope build(const TrainingSet &set);
    [[nodiscard]] static std::array<double, FeatureCount> reference(const TrainingSet &set);

    // The standard deviation of a storm-level random intercept on top of the model: how much a
    // whole storm tends to run above or below the model in all its territories at once.
    [[nodiscard]] static Result<double> stormEffectSd(const TrainingSet &set,
                                                      const OutageModel &model);

    [[nodiscard]] static std::array<double, StormSummary::Dimensions>
    summarise(std::span<const std::array<double, FeatureCount>> rows);
    [[nodiscard]] static std::array<double, StormSummary::Dimensions>
    summarise(const FeatureTable &table);

    // Flags a storm whose features leave the envelope: a storm summary outside every training
    // storm's range, or a term outside the training rows' range in more than 10 % of territories.
    [[nodiscard]] static DistributionCheck check(const OutageModel &model,
                                                 const FeatureTable &table);

    // The k training storms closest to a summary (Euclidean in standard deviations).
    [[nodiscard]] static std::vector<DistributionCheck::Neighbour>
    nearest(const TrainingEnvelope &envelope,
            const std::array<double, StormSummary::Dimensions> &summary, int k,
            const QString &exclude = {});

    [[nodiscard]] static QString summaryLabel(int dimension);
};

} // namespace stormcrew
