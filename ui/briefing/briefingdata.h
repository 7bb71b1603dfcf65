#pragma once

#include "engine/predictor.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace stormcrew {

class Session;

namespace briefing {

// One territory's line in the briefing: its prediction and its part of the crew plan.
struct TerritoryLine {
    qint64 id = 0;
    QString code;
    QString name;
    double p10 = std::numeric_limits<double>::quiet_NaN();
    double p50 = std::numeric_limits<double>::quiet_NaN();
    double p90 = std::numeric_limits<double>::quiet_NaN();
    bool planned = false; // the crew plan has this territory
    int ownCrews = 0;
    int mutualAidCrews = 0;
    double etrP50 = std::numeric_limits<double>::quiet_NaN(); // hours, inf: never
    double etrP90 = std::numeric_limits<double>::quiet_NaN();
    bool targetMet = true;
};

// The crew plan as the director set it and the planner answered.
struct PlanSummary {
    bool ready = false;
    int targetPercent = 0;
    int targetHours = 0;
    QString risk;         // "P50", "P80", "P90"
    int crewsOnHand = -1; // set by the director; -1: what the depots have
    int ownAvailable = 0;
    int ownCrews = 0;
    int mutualAidCrews = 0;
    QDateTime requestBy;
    QStringList requests;
    QStringList warnings;
    double etrP50 = 0; // every customer back, hours
    double etrP90 = 0;
    double targetEtrP50 = 0; // the target share back
    double targetEtrP90 = 0;
    double cost = 0;
};

// Everything a briefing shows, copied from the session on the GUI thread so that the PDF can
// be written on a worker thread while the user goes on working.
struct BriefingData {
    bool hasPrediction = false;
    QString stormCode;
    QString stormName;
    bool isForecast = false;
    QDateTime forecastIssued;
    QDateTime windowStart;
    QDateTime windowEnd;
    QDateTime generated;
    QString generatedBy;
    QString storePath;
    QString appVersion;
    StormTotals totals;
    int modelVersion = 0;
    bool contractPassed = false;
    bool outOfDistribution = false;
    QStringList distributionReasons;
    PlanSummary plan;
    std::vector<TerritoryLine> territories; // every territory, in the prediction's order
    // The map's colours: predicted outages (P50) per territory id.
    QHash<qint64, double> mapValues;
};

// What the session shows now (the prediction, the crew plan and its settings).
[[nodiscard]] BriefingData collect(const Session &session);

// The territories hit hardest: by P50, then by crews, then by name; at most count of them.
[[nodiscard]] std::vector<TerritoryLine> topTerritories(const BriefingData &data, int count);

} // namespace briefing
} // namespace stormcrew
