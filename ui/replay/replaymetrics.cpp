#include "replaymetrics.h"

namespace stormcrew {

ReplayMetrics::Metric ReplayMetrics::fromName(const QString &name)
{
    for (Metric m :
         {Metric::Actual, Metric::Predicted, Metric::Error, Metric::Relative, Metric::Interval})
        if (name == ReplayMetrics::name(m))
            return m;
    return Metric::Actual;
}

QString ReplayMetrics::name(Metric metric)
{
    switch (metric) {
    case Metric::Actual:
        return QStringLiteral("actual");
    case Metric::Predicted:
        return QStringLiteral("predicted");
    case Metric::Error:
        return QStringLiteral("error");
    case Metric::Relative:
        return QStringLiteral("relative");
    case Metric::Interval:
        return QStringLiteral("interval");
    }
    return {};
}

int ReplayMetrics::intervalClass(const replay::TerritoryReplay &t)
{
    return t.actual < t.p10 ? -1 : t.actual > t.p90 ? 1 : 0;
}

QHash<qint64, double> ReplayMetrics::values(const replay::StormReplay &replay, Metric metric)
{
    QHash<qint64, double> out;
    for (const replay::TerritoryReplay &t : replay.territories) {
        if (metric == Metric::Actual) {
            out.insert(t.territoryId, t.actual);
            continue;
        }
        if (!t.predicted)
            continue;
        switch (metric) {
        case Metric::Actual:
            break;
        case Metric::Predicted:
            out.insert(t.territoryId, t.mean);
            break;
        case Metric::Error:
            out.insert(t.territoryId, t.signedError);
            break;
        case Metric::Relative:
            if (t.relative)
                out.insert(t.territoryId, 100.0 * *t.relative);
            break;
        case Metric::Interval:
            out.insert(t.territoryId, double(intervalClass(t)));
            break;
        }
    }
    return out;
}

} // namespace stormcrew
