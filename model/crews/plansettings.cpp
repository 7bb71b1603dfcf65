#include "plansettings.h"

#include <QRegularExpression>

namespace stormcrew::crews {

double riskProbability(RiskLevel level)
{
    switch (level) {
    case RiskLevel::P50:
        return 0.5;
    case RiskLevel::P80:
        return 0.8;
    case RiskLevel::P90:
        return 0.9;
    }
    return 0.8;
}

QString riskName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::P50:
        return QStringLiteral("p50");
    case RiskLevel::P80:
        return QStringLiteral("p80");
    case RiskLevel::P90:
        return QStringLiteral("p90");
    }
    return QStringLiteral("p80");
}

QJsonObject PlanSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("targetShare"), targetShare},
                     {QStringLiteral("targetHours"), targetHours},
                     {QStringLiteral("risk"), riskName(risk)},
                     {QStringLiteral("costPerCustomerHour"), costPerCustomerHour},
                     {QStringLiteral("ownCrewDayCost"), ownCrewDayCost},
                     {QStringLiteral("seed"), QString::number(seed)},
                     {QStringLiteral("simulations"), simulations},
                     {QStringLiteral("horizonHours"), horizonHours},
                     {QStringLiteral("hoursUntilStart"), hoursUntilStart},
                     {QStringLiteral("startTime"), startTime},
                     {QStringLiteral("crewsMoveOn"), crewsMoveOn}};
    if (crewsOnHand)
        json.insert(QStringLiteral("crewsOnHand"), *crewsOnHand);
    return json;
}

Result<std::pair<double, double>> PlanSettingsParser::target(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*@\\s*(\\d+(?:\\.\\d+)?)\\s*h?\\s*$"));
    const auto match = form.match(text);
    const Error error{tr("--target %1: expected PERCENT@HOURS such as 95@48").arg(text), {}, 0, {}};
    if (!match.hasMatch())
        return error;
    const double percent = match.captured(1).toDouble();
    const double hours = match.captured(2).toDouble();
    if (percent <= 0 || percent > 100)
        return Error{
            tr("--target %1: the percentage must be above 0 and at most 100").arg(text), {}, 0, {}};
    if (hours <= 0)
        return Error{tr("--target %1: the hours must be above 0").arg(text), {}, 0, {}};
    return std::pair<double, double>{percent / 100.0, hours};
}

Result<RiskLevel> PlanSettingsParser::risk(const QString &text)
{
    const QString level = text.trimmed().toLower();
    if (level == QLatin1String("p50"))
        return RiskLevel::P50;
    if (level == QLatin1String("p80"))
        return RiskLevel::P80;
    if (level == QLatin1String("p90"))
        return RiskLevel::P90;
    return Error{tr("--risk %1: expected p50, p80 or p90").arg(text), {}, 0, {}};
}

} // namespace stormcrew::crews
