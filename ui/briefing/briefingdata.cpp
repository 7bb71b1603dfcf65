#include "briefingdata.h"

#include "crews/crewplan.h"
#include "forecastcontroller.h"
#include "plancontroller.h"
#include "session.h"
#include "store/store.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace stormcrew::briefing {

namespace {

QString stormName(const ForecastController &forecast, const QString &code)
{
    for (const QVariant &storm : forecast.storms()) {
        const QVariantMap entry = storm.toMap();
        if (entry.value(QStringLiteral("code")).toString() == code)
            return entry.value(QStringLiteral("name")).toString();
    }
    return {};
}

PlanSummary planSummary(const PlanController &plan)
{
    PlanSummary summary;
    summary.ready = plan.ready();
    summary.targetPercent = plan.targetPercent();
    summary.targetHours = plan.targetHours();
    summary.risk = plan.risk().toUpper();
    summary.crewsOnHand = plan.crewsOnHand();
    if (!summary.ready)
        return summary;
    summary.ownAvailable = plan.ownAvailable();
    summary.ownCrews = plan.ownCrews();
    summary.mutualAidCrews = plan.mutualAidCrews();
    summary.requestBy = plan.requestBy();
    summary.requests = plan.requests();
    summary.warnings = plan.warnings();
    summary.etrP50 = plan.etrP50();
    summary.etrP90 = plan.etrP90();
    summary.targetEtrP50 = plan.targetEtrP50();
    summary.targetEtrP90 = plan.targetEtrP90();
    summary.cost = plan.cost();
    return summary;
}

} // namespace

BriefingData collect(const Session &session)
{
    BriefingData data;
    data.generated = QDateTime::currentDateTimeUtc();
    data.generatedBy = Store::currentUser();
    data.storePath = session.storePath();
    data.appVersion = session.appVersion();
    const ForecastController &forecast = *session.forecast();
    const PlanController &plan = *session.plan();
    data.plan = planSummary(plan);
    const auto &run = forecast.run();
    if (!run)
        return data;
    const StormPrediction &prediction = run->prediction;
    data.hasPrediction = true;
    data.stormCode = prediction.stormCode;
    data.isForecast = forecast.isForecast();
    data.stormName = stormName(forecast, prediction.stormCode);
    data.forecastIssued = forecast.forecastIssued();
    data.windowStart = forecast.windowStart();
    data.windowEnd = forecast.windowEnd();
    data.totals = prediction.totals;
    data.modelVersion = forecast.modelVersion();
    data.contractPassed = forecast.contractPassed();
    data.outOfDistribution = forecast.outOfDistribution();
    data.distributionReasons = forecast.distributionReasons();

    std::unordered_map<qint64, const crews::TerritoryPlan *> planned;
    if (const auto &crewPlan = plan.currentPlan())
        for (const crews::TerritoryPlan &t : crewPlan->territories)
            planned.emplace(t.territoryId, &t);
    data.territories.reserve(prediction.territories.size());
    for (const TerritoryPrediction &t : prediction.territories) {
        TerritoryLine line;
        line.id = t.territoryId;
        line.code = t.code;
        line.name = t.name;
        if (!t.missing) {
            line.p10 = t.p10;
            line.p50 = t.p50;
            line.p90 = t.p90;
            if (std::isfinite(t.p50))
                data.mapValues.insert(t.territoryId, t.p50);
        }
        if (auto found = planned.find(t.territoryId); found != planned.end()) {
            const crews::TerritoryPlan &p = *found->second;
            line.planned = true;
            line.ownCrews = p.ownCrews;
            line.mutualAidCrews = p.mutualAidCrews;
            line.etrP50 = p.etrAll.p50.value;
            line.etrP90 = p.etrAll.p90.value;
            line.targetMet = p.targetMet;
        }
        data.territories.push_back(std::move(line));
    }
    return data;
}

std::vector<TerritoryLine> topTerritories(const BriefingData &data, int count)
{
    std::vector<TerritoryLine> lines;
    for (const TerritoryLine &line : data.territories)
        if (std::isfinite(line.p50) || line.ownCrews + line.mutualAidCrews > 0)
            lines.push_back(line);
    const auto p50 = [](const TerritoryLine &l) { return std::isfinite(l.p50) ? l.p50 : -1.0; };
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const TerritoryLine &a, const TerritoryLine &b) {
                         if (p50(a) != p50(b))
                             return p50(a) > p50(b);
                         const int crewsA = a.ownCrews + a.mutualAidCrews;
                         const int crewsB = b.ownCrews + b.mutualAidCrews;
                         if (crewsA != crewsB)
                             return crewsA > crewsB;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    if (count >= 0 && lines.size() > std::size_t(count))
        lines.resize(std::size_t(count));
    return lines;
}

} // namespace stormcrew::briefing
