#pragma once

#include "engine/predictor.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace stormcrew {

// Every territory's prediction as a table: the control centre's territory table, the map's
// choropleth values and the CSV export read it. Columns in a fixed order (Column).
class TerritoryTableModel : public QAbstractTableModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The forecast controller owns the territory table")

public:
    enum Column { Name, Code, Mean, P10, P50, P90, PerThousand, Customers, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // the number behind a cell (or the text), for sorting
        TerritoryIdRole,
        ColumnKindRole, // "text" or "number", for alignment
    };

    explicit TerritoryTableModel(QObject *parent = nullptr);

    void setPrediction(const StormPrediction &prediction);
    [[nodiscard]] const std::vector<TerritoryPrediction> &territories() const { return m_rows; }
    // The row of a territory id, or -1.
    [[nodiscard]] int rowOf(qint64 territoryId) const;
    // A column's value for a territory (NaN when there is no prediction).
    [[nodiscard]] double value(int row, Column column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<TerritoryPrediction> m_rows;
};

// The table as the user sees it: sorted by a column, filtered by name or code.
class TerritoryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The forecast controller owns the territory table")
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)

public:
    explicit TerritoryFilterModel(TerritoryTableModel *source, QObject *parent = nullptr);

    [[nodiscard]] QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    [[nodiscard]] bool sortDescending() const { return sortOrder() == Qt::DescendingOrder; }

    // Sorts by a column; the same column again reverses the order.
    Q_INVOKABLE void sortBy(int column);
    // The territory id of a row of this (sorted, filtered) view, or -1.
    Q_INVOKABLE qint64 territoryIdAt(int row) const;
    // The row showing a territory, or -1 when it is filtered out.
    Q_INVOKABLE int rowOfTerritory(qint64 territoryId) const;

Q_SIGNALS:
    void filterTextChanged();
    void sortChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TerritoryTableModel *m_table;
    QString m_filter;
};

} // namespace stormcrew
