#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace stormcrew {

// One named column of a table: numbers, or text (a factor once it enters a model).
struct TableColumn {
    enum class Kind { Numeric, Text };

    QString name;
    Kind kind = Kind::Numeric;
    std::vector<double> numbers; // Numeric: one per row, NaN where the value is missing
    std::vector<QString> texts;  // Text: one per row, empty where the value is missing
    // The first row where a value is missing, and the first row of a numeric column whose value
    // is not a number (with that text): -1 when there is none. Kept rather than reported at once
    // because only the columns a model uses must be clean.
    qsizetype firstMissingRow = -1;
    qsizetype firstBadRow = -1;
    QString firstBadText;
    qsizetype firstNumberRow = -1; // where a numeric column's first number is (for messages)
};

// A table of named columns with the line of the source file each row starts on, so that a
// problem found later can still name its line.
struct DataTable {
    QString source; // the file name messages use
    std::vector<TableColumn> columns;
    std::vector<qint64> lines;

    [[nodiscard]] qsizetype rowCount() const { return qsizetype(lines.size()); }
    [[nodiscard]] const TableColumn *column(const QString &name) const
    {
        for (const TableColumn &column : columns) {
            if (column.name == name)
                return &column;
        }
        return nullptr;
    }
    [[nodiscard]] QStringList names() const
    {
        QStringList result;
        for (const TableColumn &column : columns)
            result.append(column.name);
        return result;
    }
};

} // namespace stormcrew
