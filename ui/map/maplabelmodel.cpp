#include "maplabelmodel.h"

namespace stormcrew::map {

MapLabelModel::MapLabelModel(QObject *parent) : QAbstractListModel(parent)
{}

int MapLabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QVariant MapLabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacedLabel &label = m_labels[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return label.text;
    case XRole:
        return label.rect.x();
    case YRole:
        return label.rect.y();
    case WidthRole:
        return label.rect.width();
    case HeightRole:
        return label.rect.height();
    default:
        return {};
    }
}

QHash<int, QByteArray> MapLabelModel::roleNames() const
{
    return {{TextRole, "labelText"},
            {XRole, "labelX"},
            {YRole, "labelY"},
            {WidthRole, "labelWidth"},
            {HeightRole, "labelHeight"}};
}

void MapLabelModel::setLabels(std::vector<PlacedLabel> labels)
{
    beginResetModel();
    m_labels = std::move(labels);
    endResetModel();
}

} // namespace stormcrew::map
