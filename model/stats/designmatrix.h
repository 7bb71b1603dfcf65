#pragma once

#include "datatable.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <vector>

namespace stormcrew {

// The design matrix of a model: one column per coefficient, stored column by column, with the
// coefficient names R gives them ("(Intercept)", "gust_ms", "soilloam").
struct DesignMatrix {
    qsizetype rows = 0;
    std::vector<double> values; // column-major: column j is values[j * rows .. (j + 1) * rows)
    QStringList names;
    int interceptColumn = -1; // the column of ones, never penalised; -1 when there is none

    [[nodiscard]] qsizetype cols() const { return names.size(); }
    [[nodiscard]] const double *column(qsizetype j) const { return values.data() + j * rows; }
};

// What to fit from a table, like R's formula response ~ predictors + offset(offset).
struct ModelSpec {
    QString response;
    QString offset;   // a column already on the log scale (log exposure), or empty
    QString exposure; // a column whose log is the offset (overhead km), or empty
    // The predictors; empty means every named column but the response, offset and exposure.
    QStringList predictors;
    bool intercept = true;
};

// A model's inputs taken from a table and checked: design, response and offset.
struct ModelFrame {
    DesignMatrix design;
    std::vector<double> response;
    std::vector<double> offset; // empty when the model has none
    QStringList predictors;     // the table columns the design came from
};

// Which group each row belongs to (a territory for random intercepts, a storm for
// cross-validation folds), levels in sorted order.
struct Grouping {
    std::vector<int> index; // per row, into levels
    QStringList levels;
};

// Builds designs from tables the way R's model.matrix does with treatment contrasts: numeric
// columns as they are; a text column becomes a factor whose levels are sorted, the first level is
// the reference and every other level gets an indicator column named column + level.
class ModelFrameBuilder {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ModelFrameBuilder)

public:
    // Errors name the file, line and column of the first bad value of a column the model uses:
    // a missing value, text in a numeric column, a negative or fractional count.
    [[nodiscard]] static Result<ModelFrame> build(const DataTable &table, const ModelSpec &spec);
    [[nodiscard]] static Result<Grouping> grouping(const DataTable &table, const QString &column);
};

} // namespace stormcrew
