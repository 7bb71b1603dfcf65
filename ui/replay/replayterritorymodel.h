#pragma once

#include "replay/stormreplay.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace stormcrew {

// The territories of a replay, hardest hit first (by actual outages): what the model said as
// of then beside what happened, for the replay view's table.
class ReplayTerritoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The replay owns its territory table")

public:
    enum Role {
        TerritoryIdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        PredictedRole, // false: an input was missing as of then
        MeanRole,
        P10Role,
        P90Role,
        ActualRole,
        ErrorRole,
        RelativeRole, // % or undefined
        IntervalRole, // -1 below P10, 0 inside, 1 above P90
    };

    explicit ReplayTerritoryModel(QObject *parent = nullptr);

    void setTerritories(const std::vector<replay::TerritoryReplay> &territories);
    [[nodiscard]] const std::vector<replay::TerritoryReplay> &territories() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<replay::TerritoryReplay> m_rows;
};

} // namespace stormcrew
