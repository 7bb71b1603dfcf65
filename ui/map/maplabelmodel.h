#pragma once

#include "labelplacer.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stormcrew::map {

// The labels the map shows now, for a Repeater of Text items over the map: their text and
// their rectangle in the map's pixels at the moment they were placed.
class MapLabelModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The map provides its labels")

public:
    enum Roles { TextRole = Qt::UserRole + 1, XRole, YRole, WidthRole, HeightRole };

    explicit MapLabelModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setLabels(std::vector<PlacedLabel> labels);

private:
    std::vector<PlacedLabel> m_labels;
};

} // namespace stormcrew::map
