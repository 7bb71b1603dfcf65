#include "explanationmodel.h"

#include <algorithm>
#include <cmath>

namespace stormcrew {

ExplanationModel::ExplanationModel(QObject *parent) : QAbstractListModel(parent)
{}

void ExplanationModel::setTerritory(const TerritoryPrediction *territory)
{
    beginResetModel();
    m_factors.clear();
    m_baseline = 0;
    if (territory && !territory->missing) {
        m_factors = territory->factors;
        m_baseline = territory->baseline;
        std::stable_sort(m_factors.begin(), m_factors.end(), [](const auto &a, const auto &b) {
            return std::abs(std::log(a.factor)) > std::abs(std::log(b.factor));
        });
    }
    endResetModel();
    Q_EMIT changed();
}

double ExplanationModel::largestLogFactor() const
{
    double largest = std::log(2.0);
    for (const ExplanationFactor &f : m_factors)
        largest = std::max(largest, std::abs(std::log(f.factor)));
    return largest;
}

int ExplanationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_factors.size());
}

QVariant ExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ExplanationFactor &f = m_factors[std::size_t(index.row())];
    switch (role) {
    case KeyRole:
        return f.key;
    case Qt::DisplayRole:
    case LabelRole:
        return f.label;
    case FactorRole:
        return f.factor;
    case LogFactorRole:
        return std::log(f.factor);
    default:
        return {};
    }
}

QHash<int, QByteArray> ExplanationModel::roleNames() const
{
    return {{KeyRole, "key"},
            {LabelRole, "label"},
            {FactorRole, "factor"},
            {LogFactorRole, "logFactor"}};
}

} // namespace stormcrew
