#include "designmatrix.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace stormcrew {

namespace {

Error errorAt(const DataTable &table, qsizetype row, const QString &column, const QString &message)
{
    return Error{message, table.source, row >= 0 ? table.lines[std::size_t(row)] : 0, column};
}

Result<const TableColumn *> findColumn(const DataTable &table, const QString &name)
{
    if (const TableColumn *column = table.column(name))
        return column;
    QStringList names = table.names();
    names.removeAll(QString());
    return Error{ModelFrameBuilder::tr("there is no column named '%1'; the columns are: %2")
                     .arg(name, names.join(QStringLiteral(", "))),
                 table.source,
                 0,
                 {}};
}

// A numeric column with every value present and a number.
Result<const TableColumn *> numericColumn(const DataTable &table, const QString &name,
                                          const QString &role)
{
    auto found = findColumn(table, name);
    if (!found)
        return found.error();
    const TableColumn *column = found.value();
    if (column->kind != TableColumn::Kind::Numeric) {
        const auto first = std::find_if(column->texts.begin(), column->texts.end(),
                                        [](const QString &text) { return !text.isEmpty(); });
        const qsizetype row = first == column->texts.end() ? -1 : first - column->texts.begin();
        return errorAt(table, row, name,
                       ModelFrameBuilder::tr("the %1 must be numeric, but '%2' is not a number")
                           .arg(role, row >= 0 ? *first : QString()));
    }
    if (column->firstBadRow >= 0) {
        return errorAt(
            table, column->firstBadRow, name,
            ModelFrameBuilder::tr("'%1' is not a number (the column holds numbers from line %2 "
                                  "on; list it in --factors if it is really text)")
                .arg(column->firstBadText)
                .arg(table.lines[std::size_t(column->firstNumberRow)]));
    }
    if (column->firstMissingRow >= 0)
        return errorAt(
            table, column->firstMissingRow, name,
            ModelFrameBuilder::tr("the %1 is missing; fit-table drops no rows, fill or remove "
                                  "this one")
                .arg(role));
    return column;
}

// The sorted distinct values of a text column, for factor levels and groups.
QStringList levelsOf(const TableColumn &column)
{
    QStringList levels;
    std::map<QString, int> distinct;
    for (const QString &text : column.texts)
        distinct.emplace(text, 0);
    for (const auto &entry : distinct)
        levels.append(entry.first);
    return levels;
}

} // namespace

Result<ModelFrame> ModelFrameBuilder::build(const DataTable &table, const ModelSpec &spec)
{
    ModelFrame frame;
    const qsizetype n = table.rowCount();
    if (n == 0)
        return Error{tr("the table has no rows"), table.source, 0, {}};

    auto response = numericColumn(table, spec.response, tr("response"));
    if (!response)
        return response.error();
    frame.response = response.value()->numbers;
    for (qsizetype i = 0; i < n; ++i) {
        const double y = frame.response[std::size_t(i)];
        if (y < 0)
            return errorAt(table, i, spec.response,
                           tr("the response is a count and cannot be negative (%1)").arg(y));
        if (y != std::floor(y))
            return errorAt(table, i, spec.response,
                           tr("the response is a count and must be a whole number (%1)").arg(y));
    }

    if (!spec.offset.isEmpty() && !spec.exposure.isEmpty())
        return Error{tr("give an offset or an exposure, not both"), table.source, 0, {}};
    if (!spec.offset.isEmpty()) {
        auto offset = numericColumn(table, spec.offset, tr("offset"));
        if (!offset)
            return offset.error();
        frame.offset = offset.value()->numbers;
    } else if (!spec.exposure.isEmpty()) {
        auto exposure = numericColumn(table, spec.exposure, tr("exposure"));
        if (!exposure)
            return exposure.error();
        frame.offset = exposure.value()->numbers;
        for (qsizetype i = 0; i < n; ++i) {
            double &value = frame.offset[std::size_t(i)];
            if (!(value > 0))
                return errorAt(table, i, spec.exposure,
                               tr("the exposure must be positive to take its log (%1)").arg(value));
            value = std::log(value);
        }
    }

    frame.predictors = spec.predictors;
    if (frame.predictors.isEmpty()) {
        // Unnamed columns are left out: write.csv puts row names in one.
        for (const TableColumn &column : table.columns) {
            if (!column.name.isEmpty() && column.name != spec.response &&
                column.name != spec.offset && column.name != spec.exposure)
                frame.predictors.append(column.name);
        }
    }

    DesignMatrix &design = frame.design;
    design.rows = n;
    design.values.reserve(std::size_t(n) * std::size_t(frame.predictors.size() + 1));
    if (spec.intercept) {
        design.interceptColumn = 0;
        design.names.append(QStringLiteral("(Intercept)"));
        design.values.assign(std::size_t(n), 1.0);
    }
    for (const QString &name : std::as_const(frame.predictors)) {
        if (name == spec.response)
            return Error{tr("the response '%1' cannot also be a predictor").arg(name), table.source,
                         0, name};
        auto found = findColumn(table, name);
        if (!found)
            return found.error();
        const TableColumn &column = *found.value();
        if (column.kind == TableColumn::Kind::Numeric) {
            auto checked = numericColumn(table, name, tr("value"));
            if (!checked)
                return checked.error();
            design.names.append(name);
            design.values.insert(design.values.end(), column.numbers.begin(), column.numbers.end());
            continue;
        }
        if (column.firstMissingRow >= 0)
            return errorAt(table, column.firstMissingRow, name,
                           tr("the value is missing; fit-table drops no rows, fill or remove "
                              "this one"));
        const QStringList levels = levelsOf(column);
        if (levels.size() < 2)
            return Error{tr("the column holds one value only ('%1'); a factor needs two or more")
                             .arg(levels.value(0)),
                         table.source, 0, name};
        // Treatment contrasts: the first level is the reference and gets no column.
        for (qsizetype level = 1; level < levels.size(); ++level) {
            design.names.append(name + levels.at(level));
            const QString &value = levels.at(level);
            for (const QString &text : column.texts)
                design.values.push_back(text == value ? 1.0 : 0.0);
        }
    }
    if (design.cols() == 0)
        return Error{tr("the model has no coefficients: give predictors or keep the intercept"),
                     table.source,
                     0,
                     {}};
    return frame;
}

Result<Grouping> ModelFrameBuilder::grouping(const DataTable &table, const QString &name)
{
    auto found = findColumn(table, name);
    if (!found)
        return found.error();
    const TableColumn &column = *found.value();
    if (column.firstMissingRow >= 0)
        return errorAt(table, column.firstMissingRow, name, tr("the group is missing"));
    Grouping grouping;
    QStringList texts;
    if (column.kind == TableColumn::Kind::Text) {
        texts = QStringList(column.texts.begin(), column.texts.end());
    } else {
        for (const double value : column.numbers)
            texts.append(QString::number(value, 'g', 17));
    }
    std::map<QString, int> index;
    for (const QString &text : std::as_const(texts))
        index.emplace(text, 0);
    int next = 0;
    for (auto &entry : index) {
        entry.second = next++;
        grouping.levels.append(entry.first);
    }
    grouping.index.reserve(std::size_t(texts.size()));
    for (const QString &text : std::as_const(texts))
        grouping.index.push_back(index[text]);
    return grouping;
}

} // namespace stormcrew
