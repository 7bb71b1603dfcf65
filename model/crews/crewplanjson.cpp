#include "crewplanjson.h"

#include <QJsonArray>

#include <cmath>

namespace stormcrew::crews {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray array;
    for (const double v : values)
        array.append(number(std::round(v * 1e4) / 1e4));
    return array;
}

} // namespace

QJsonObject toJson(const Estimate &estimate)
{
    return {{QStringLiteral("value"), number(estimate.value)},
            {QStringLiteral("standardError"), number(estimate.standardError)}};
}

QJsonObject toJson(const Spread &spread)
{
    return {{QStringLiteral("p10"), toJson(spread.p10)},
            {QStringLiteral("p50"), toJson(spread.p50)},
            {QStringLiteral("p90"), toJson(spread.p90)}};
}

QJsonObject toJson(const TerritoryPlan &t)
{
    QJsonArray assignments;
    for (const CrewAssignment &a : t.assignments)
        assignments.append(
            QJsonObject{{QStringLiteral("source"), a.source}, {QStringLiteral("crews"), a.crews}});
    return {{QStringLiteral("territoryId"), t.territoryId},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("ownCrews"), t.ownCrews},
            {QStringLiteral("mutualAidCrews"), t.mutualAidCrews},
            {QStringLiteral("assignments"), assignments},
            {QStringLiteral("meanOutages"), t.meanOutages},
            {QStringLiteral("meanCustomersOut"), t.meanCustomersOut},
            {QStringLiteral("etrAllHours"), toJson(t.etrAll)},
            {QStringLiteral("etrTargetHours"), toJson(t.etrTarget)},
            {QStringLiteral("committedTargetHours"), number(t.committedTargetHours)},
            {QStringLiteral("targetProbability"), toJson(t.targetProbability)},
            {QStringLiteral("targetMet"), t.targetMet},
            {QStringLiteral("customerHours"), toJson(t.customerHours)},
            {QStringLiteral("cost"), toJson(t.cost)},
            {QStringLiteral("crewsMovedIn"), t.crewsMovedIn}};
}

QJsonObject toJson(const CrewPlan &plan, bool withTerritories)
{
    QJsonArray sources;
    for (const CrewSource &s : plan.sources)
        sources.append(QJsonObject{{QStringLiteral("poolId"), s.poolId},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("kind"), s.kind},
                                   {QStringLiteral("available"), s.available},
                                   {QStringLiteral("used"), s.used},
                                   {QStringLiteral("arrivalHours"), s.arrivalHours},
                                   {QStringLiteral("leadTimeHours"), s.leadTimeHours},
                                   {QStringLiteral("costPerCrewDay"), s.costPerCrewDay},
                                   {QStringLiteral("minDays"), s.minDays},
                                   {QStringLiteral("requestBy"), s.requestBy}});
    QJsonObject json{
        {QStringLiteral("settings"), plan.settings.toJson()},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("ownCrews"), plan.ownCrews()},
        {QStringLiteral("mutualAidCrews"), plan.mutualAidCrews()},
        {QStringLiteral("meanOutages"), plan.meanOutages},
        {QStringLiteral("meanCustomersOut"), plan.meanCustomersOut},
        {QStringLiteral("etrAllHours"), toJson(plan.etrAll)},
        {QStringLiteral("etrTargetHours"), toJson(plan.etrTarget)},
        {QStringLiteral("customerHours"), toJson(plan.customerHours)},
        {QStringLiteral("cost"), toJson(plan.cost)},
        {QStringLiteral("crewCost"), toJson(plan.crewCost)},
        {QStringLiteral("territoriesMissingTarget"), plan.territoriesMissingTarget},
        {QStringLiteral("territoriesServedByMovingCrews"), plan.territoriesServedByMovingCrews},
        {QStringLiteral("costFirst"), plan.costFirst},
        {QStringLiteral("territoriesShortOfCrews"), plan.territoriesShortOfCrews},
        {QStringLiteral("convexityRepairs"), plan.convexityRepairs},
        {QStringLiteral("requests"), QJsonArray::fromStringList(plan.requests)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
        {QStringLiteral("fan"), QJsonObject{{QStringLiteral("hours"), numbers(plan.fan.hours)},
                                            {QStringLiteral("p10"), numbers(plan.fan.p10)},
                                            {QStringLiteral("p50"), numbers(plan.fan.p50)},
                                            {QStringLiteral("p90"), numbers(plan.fan.p90)}}}};
    if (withTerritories) {
        QJsonArray territories;
        for (const TerritoryPlan &t : plan.territories)
            territories.append(toJson(t));
        json.insert(QStringLiteral("territories"), territories);
    }
    return json;
}

} // namespace stormcrew::crews
