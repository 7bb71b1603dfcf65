#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stormcrew::crews {

// The planning risk level: the share of simulated storms in which every territory must reach
// the restoration target (docs/crews.md, "Risk level").
enum class RiskLevel { P50, P80, P90 };

[[nodiscard]] double riskProbability(RiskLevel level);
[[nodiscard]] QString riskName(RiskLevel level); // "p50", "p80", "p90"

// What a director sets before a storm: the restoration target, the risk level, the crews on
// hand, the two prices the allocation trades against each other, and the Monte Carlo knobs.
struct PlanSettings {
    double targetShare = 0.95; // restore this share of the customers who lost power ...
    double targetHours = 48;   // ... within this many hours of the all-clear
    RiskLevel risk = RiskLevel::P80;
    std::optional<int> crewsOnHand;  // overrides the depots' own crews (spread in proportion)
    double costPerCustomerHour = 25; // value of lost load per customer-hour (docs/crews.md)
    double ownCrewDayCost = 2600;    // used when the store has no 'own' pool with a cost
    quint64 seed = 1;
    int simulations = 1000;
    double horizonHours = 336;  // customer-hours and curves are counted up to 14 days
    double hoursUntilStart = 0; // from the plan (request) time to the all-clear, hour 0
    qint64 startTime = 0;       // the all-clear in Unix seconds, for "request by" times
    // Crews that finish their own territory's work move on to territories the plan gives no
    // crew (docs/crews.md, "Crews move on"). The allocation never counts on them.
    bool crewsMoveOn = true;

    [[nodiscard]] QJsonObject toJson() const;
};

// Parses the command line's forms of the settings, with messages a person can act on.
class PlanSettingsParser {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::crews::PlanSettingsParser)

public:
    // "95@48" -> share 0.95 within 48 hours.
    [[nodiscard]] static Result<std::pair<double, double>> target(const QString &text);
    // "p50", "p80" or "p90" (case-insensitive).
    [[nodiscard]] static Result<RiskLevel> risk(const QString &text);
};

} // namespace stormcrew::crews
