#include "territorytablemodel.h"

#include <QLocale>

#include <cmath>

namespace stormcrew {

TerritoryTableModel::TerritoryTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void TerritoryTableModel::setPrediction(const StormPrediction &prediction)
{
    beginResetModel();
    m_rows = prediction.territories;
    endResetModel();
}

int TerritoryTableModel::rowOf(qint64 territoryId) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].territoryId == territoryId)
            return int(r);
    return -1;
}

double TerritoryTableModel::value(int row, Column column) const
{
    const TerritoryPrediction &t = m_rows[std::size_t(row)];
    if (t.missing)
        return std::nan("");
    switch (column) {
    case Mean:
        return t.mean;
    case P10:
        return t.p10;
    case P50:
        return t.p50;
    case P90:
        return t.p90;
    case PerThousand:
        return t.customers > 0 ? 1000 * t.mean / t.customers : std::nan("");
    case Customers:
        return t.customers;
    default:
        return std::nan("");
    }
}

int TerritoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TerritoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TerritoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TerritoryPrediction &t = m_rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    if (role == TerritoryIdRole)
        return t.territoryId;
    if (role == ColumnKindRole)
        return column == Name || column == Code ? QStringLiteral("text") : QStringLiteral("number");
    if (column == Name)
        return t.name;
    if (column == Code)
        return t.code;
    const double v = value(index.row(), column);
    if (role == SortRole)
        return std::isfinite(v) ? v : -1.0;
    if (role != Qt::DisplayRole)
        return {};
    if (!std::isfinite(v))
        return QStringLiteral("–");
    const QLocale locale;
    const int decimals = column == Mean || column == PerThousand ? 1 : 0;
    return locale.toString(v, 'f', decimals);
}

QVariant TerritoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Territory");
    case Code:
        return tr("Code");
    case Mean:
        return tr("Expected");
    case P10:
        return tr("P10");
    case P50:
        return tr("P50");
    case P90:
        return tr("P90");
    case PerThousand:
        return tr("Per 1,000 customers");
    case Customers:
        return tr("Customers");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> TerritoryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(TerritoryIdRole, "territoryId");
    names.insert(ColumnKindRole, "columnKind");
    return names;
}

TerritoryFilterModel::TerritoryFilterModel(TerritoryTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_table(source)
{
    setSourceModel(source);
    setSortRole(TerritoryTableModel::SortRole);
    sort(TerritoryTableModel::Mean, Qt::DescendingOrder);
}

void TerritoryFilterModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateRowsFilter();
    Q_EMIT filterTextChanged();
}

void TerritoryFilterModel::sortBy(int column)
{
    if (column < 0 || column >= TerritoryTableModel::ColumnCount)
        return;
    const bool text = column == TerritoryTableModel::Name || column == TerritoryTableModel::Code;
    Qt::SortOrder order = text ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (column == sortColumn())
        order = sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    setSortRole(text ? int(Qt::DisplayRole) : int(TerritoryTableModel::SortRole));
    sort(column, order);
    Q_EMIT sortChanged();
}

qint64 TerritoryFilterModel::territoryIdAt(int row) const
{
    const QModelIndex proxy = index(row, 0);
    return proxy.isValid() ? data(proxy, TerritoryTableModel::TerritoryIdRole).toLongLong() : -1;
}

int TerritoryFilterModel::rowOfTerritory(qint64 territoryId) const
{
    const int source = m_table->rowOf(territoryId);
    return source < 0 ? -1 : mapFromSource(m_table->index(source, 0)).row();
}

bool TerritoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_filter.isEmpty())
        return true;
    const TerritoryPrediction &t = m_table->territories()[std::size_t(sourceRow)];
    return t.name.contains(m_filter, Qt::CaseInsensitive) ||
           t.code.contains(m_filter, Qt::CaseInsensitive);
}

} // namespace stormcrew
