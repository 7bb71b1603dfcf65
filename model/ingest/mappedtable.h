#pragma once

#include "domain/result.h"
#include "timeparser.h"
#include "vectorsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace stormcrew {

// A table an importer reads by its own field names (id, start, ...), each of which the user
// may point at another column with --map FIELD=COLUMN, with naive times read in --timezone.
// Checks the mapping and the zone before the file is opened, so a typo is reported first.
class MappedTable {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::MappedTable)

public:
    // noun names what a row is, for messages ("incident", "storm"); fields are the importer's
    // field names in documentation order.
    [[nodiscard]] static Result<MappedTable> open(const QString &file, const QString &noun,
                                                  const QStringList &fields,
                                                  const QHash<QString, QString> &mapping,
                                                  const QString &timeZone);

    [[nodiscard]] VectorSource &source() { return *m_source; }
    [[nodiscard]] const TimeParser &times() const { return m_times; }
    // The column index of field number f (in the fields' order), -1 when the file has none.
    [[nodiscard]] int column(int f) const { return m_column.at(f); }
    [[nodiscard]] bool has(int f) const { return m_column.at(f) >= 0; }
    // The column looked for as field f: its own name or the one --map gave.
    [[nodiscard]] QString columnName(int f) const { return m_columnName.at(f); }
    // "the file has no column 'x' for the incident start; map one with --map start=COLUMN
    // (its columns are: ...)"
    [[nodiscard]] Error missingColumn(int f) const;
    // The file's columns, comma-separated, for messages.
    [[nodiscard]] QString available() const;

    // Reads the next row: values[f] is field f's trimmed text, empty where the file has no such
    // column. False at the end; an Error when a field is not UTF-8.
    [[nodiscard]] Result<bool> next(QStringList &values);
    // A reject of the current row, naming its line and field f's column.
    [[nodiscard]] Error at(int f, const QString &message) const;

private:
    MappedTable() = default;

    std::unique_ptr<VectorSource> m_source;
    TimeParser m_times;
    QString m_noun;
    QStringList m_fields;
    std::vector<int> m_column;
    QStringList m_columnName;
};

} // namespace stormcrew
