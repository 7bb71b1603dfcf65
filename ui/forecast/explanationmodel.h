#pragma once

#include "engine/predictor.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stormcrew {

// The explanation of one territory's prediction as the factor chart draws it: one row per
// factor, strongest first (by how far it moves the prediction up or down).
class ExplanationModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The forecast controller owns the explanation")
    Q_PROPERTY(double baseline READ baseline NOTIFY changed)
    Q_PROPERTY(double largestLogFactor READ largestLogFactor NOTIFY changed)

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, FactorRole, LogFactorRole };

    explicit ExplanationModel(QObject *parent = nullptr);

    void setTerritory(const TerritoryPrediction *territory);
    [[nodiscard]] double baseline() const { return m_baseline; }
    // |ln factor| of the strongest factor, to scale the bars (at least ln 2).
    [[nodiscard]] double largestLogFactor() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();

private:
    std::vector<ExplanationFactor> m_factors;
    double m_baseline = 0;
};

} // namespace stormcrew
