#include "replayterritorymodel.h"

#include "replaymetrics.h"

#include <algorithm>

namespace stormcrew {

ReplayTerritoryModel::ReplayTerritoryModel(QObject *parent) : QAbstractListModel(parent)
{}

void ReplayTerritoryModel::setTerritories(const std::vector<replay::TerritoryReplay> &territories)
{
    beginResetModel();
    m_rows = territories;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const auto &a, const auto &b) {
        return a.actual != b.actual ? a.actual > b.actual : a.mean > b.mean;
    });
    endResetModel();
}

int ReplayTerritoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReplayTerritoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const replay::TerritoryReplay &t = m_rows[std::size_t(index.row())];
    const auto predicted = [&t](double value) {
        return t.predicted ? QVariant(value) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case TerritoryIdRole:
        return t.territoryId;
    case CodeRole:
        return t.code;
    case PredictedRole:
        return t.predicted;
    case MeanRole:
        return predicted(t.mean);
    case P10Role:
        return predicted(t.p10);
    case P90Role:
        return predicted(t.p90);
    case ActualRole:
        return t.actual;
    case ErrorRole:
        return predicted(t.signedError);
    case RelativeRole:
        return t.predicted && t.relative ? QVariant(100.0 * *t.relative) : QVariant();
    case IntervalRole:
        return t.predicted ? QVariant(ReplayMetrics::intervalClass(t)) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> ReplayTerritoryModel::roleNames() const
{
    return {{TerritoryIdRole, "territoryId"},
            {CodeRole, "code"},
            {NameRole, "name"},
            {PredictedRole, "predicted"},
            {MeanRole, "mean"},
            {P10Role, "p10"},
            {P90Role, "p90"},
            {ActualRole, "actual"},
            {ErrorRole, "error"},
            {RelativeRole, "relative"},
            {IntervalRole, "interval"}};
}

} // namespace stormcrew
