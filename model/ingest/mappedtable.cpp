#include "mappedtable.h"

namespace stormcrew {

Result<MappedTable> MappedTable::open(const QString &file, const QString &noun,
                                      const QStringList &fields,
                                      const QHash<QString, QString> &mapping,
                                      const QString &timeZone)
{
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!fields.contains(it.key()))
            return Error{tr("--map %1=%2: '%1' is not a field of the %3 table; the fields are: %4")
                             .arg(it.key(), it.value(), noun, fields.join(QStringLiteral(", "))),
                         {},
                         0,
                         {}};
    }
    MappedTable table;
    if (!timeZone.isEmpty()) {
        auto zone = TimeParser::zone(timeZone);
        if (!zone)
            return Error{zone.error().message, {}, 0, QStringLiteral("--timezone")};
        table.m_times = TimeParser(zone.value());
    }
    auto opened = VectorSource::open(file, {{}, {}, {}, false});
    if (!opened)
        return opened.error();
    table.m_source = std::move(opened).value();
    table.m_noun = noun;
    table.m_fields = fields;
    for (const QString &field : fields) {
        table.m_columnName.append(mapping.value(field, field));
        table.m_column.push_back(table.m_source->fieldIndex(table.m_columnName.constLast()));
    }
    return table;
}

QString MappedTable::available() const
{
    return m_source->fieldNames().join(QStringLiteral(", "));
}

Error MappedTable::missingColumn(int f) const
{
    return Error{tr("has no column '%1' for the %2 %3; map one with --map %3=COLUMN (its columns "
                    "are: %4)")
                     .arg(m_columnName.at(f), m_noun, m_fields.at(f), available()),
                 m_source->file(),
                 0,
                 {}};
}

Result<bool> MappedTable::next(QStringList &values)
{
    gdal::FeaturePtr feature = m_source->next();
    if (!feature)
        return false;
    values.resize(m_fields.size());
    for (qsizetype f = 0; f < m_fields.size(); ++f) {
        auto text = m_source->text(feature.get(), m_column.at(f));
        if (!text)
            return text.error();
        values[f] = text.value();
    }
    return true;
}

Error MappedTable::at(int f, const QString &message) const
{
    return Error{message, m_source->file(), m_source->line(), m_columnName.at(f)};
}

} // namespace stormcrew
