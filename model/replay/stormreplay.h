#pragma once

#include "crews/crewplan.h"
#include "engine/evaluationmetrics.h"
#include "engine/predictor.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stormcrew::replay {

// How the replayed model was chosen.
enum class ModelChoice {
    Explicit,   // --model
    ActiveThen, // the model the activation history shows active at the as-of time
    ActiveNow,  // none was active then: the one active now (trained later; said in the notes)
};

// One territory of a replayed storm: what the model said as of then, and what happened.
struct TerritoryReplay {
    qint64 territoryId = 0;
    QString code;
    QString name;
    bool predicted = false; // false: an input was missing as of then (no prediction)
    double mean = 0;
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
    double actual = 0;              // storm_outcome.outages (else its incidents)
    double signedError = 0;         // mean - actual
    std::optional<double> relative; // (mean - actual) / actual; none when actual is 0
    bool inInterval = false;        // P10 <= actual <= P90
    double logScore = 0;            // -log p(actual) under the predictive distribution
    double crewsDeployed = 0;       // storm_outcome.crews_deployed (0 when not recorded)
    double customerHours = 0;       // storm_outcome.customer_hours, as recorded
};

// One hour of the storm as it happened: incidents that began in [time, time + 1 h), all begun
// by the end of it, and those still out at the end of it.
struct TimelineHour {
    qint64 time = 0;
    int began = 0;
    int cumulative = 0;
    int out = 0;
};

// A crew plan simulated against the outages that happened (docs/replay.md, "Hindsight").
struct HindsightRun {
    int ownCrews = 0;
    int mutualAidCrews = 0;
    crews::Estimate customerHours;
    crews::Estimate cost; // customer-hours at their price + the crews' cost
    crews::Estimate crewCost;
    crews::Spread etrAll;    // every customer back, hours from the all-clear
    crews::Spread etrTarget; // the target share back
    int territoriesMissingTarget = 0;
};

struct Hindsight {
    crews::PlanSettings settings;
    double predictedCustomerHours = 0; // what the plan expected, on the predicted outages
    HindsightRun plan;                 // the model's plan as planned, on the actual outages
    // The same crews of each source dispatched over the territories in proportion to the actual
    // outages, as dispatchers move crews once the outages are seen.
    HindsightRun planDispatched;
    HindsightRun deployed;            // the crews actually deployed, on the actual outages
    double recordedCustomerHours = 0; // sum of storm_outcome.customer_hours
    std::optional<double> recordedRestorationHours; // longest, from the storm's start
    QStringList notes;
};

// What a replay of one storm shows.
struct StormReplay {
    qint64 stormId = 0;
    QString stormCode;
    QString stormName;
    QString stormKind;
    qint64 stormStart = 0;
    qint64 stormEnd = 0;
    qint64 firstOutage = 0;
    bool firstOutageFromIncidents = true; // false: the storm's start stood in
    double leadHours = 48;
    qint64 asOf = 0;
    std::optional<qint64> forecastIssued; // newest forecast issue read
    qint64 modelId = 0;
    int modelVersion = 0;
    qint64 modelCreated = 0;
    ModelChoice modelChoice = ModelChoice::ActiveThen;
    StormTotals predictedTotals;
    double actualTotal = 0;
    std::vector<TerritoryReplay> territories;
    Scores scores; // over the territories with a prediction
    std::vector<TimelineHour> timeline;
    std::optional<Hindsight> hindsight;
    QStringList notes;
};

// One storm of a comparison: the same storm, lead and inputs, two models.
struct ComparedStorm {
    qint64 stormId = 0;
    QString stormCode;
    qint64 asOf = 0;
    double actualTotal = 0;
    StormTotals predictedA;
    StormTotals predictedB;
    Scores a;
    Scores b;
};

struct ModelComparison {
    qint64 modelA = 0;
    qint64 modelB = 0;
    double leadHours = 48;
    std::vector<ComparedStorm> storms;
    Scores overallA; // rows pooled over the storms; total % error and Spearman averaged
    Scores overallB;
    int aBetterMae = 0; // storms where A's MAE is lower than B's
    int bBetterMae = 0;
    QStringList skipped; // storms left out, each with why
};

} // namespace stormcrew::replay
