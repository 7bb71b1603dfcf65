#include "assetcolumns.h"

#include "vectorsource.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

enum Attribute { Customers, OverheadKm, UndergroundKm, Poles, LastTrimmed, Depot };

Error at(const VectorSource &source, const QString &field, const QString &message)
{
    return Error{message, source.file(), source.line(), field};
}

} // namespace

QStringList AssetColumns::names()
{
    return {QStringLiteral("customers"),      QStringLiteral("overhead_km"),
            QStringLiteral("underground_km"), QStringLiteral("poles"),
            QStringLiteral("last_trimmed"),   QStringLiteral("depot")};
}

AssetColumns AssetColumns::find(const VectorSource &source, const QHash<QString, QString> &mapping)
{
    AssetColumns columns;
    const QStringList attributes = names();
    for (int i = 0; i < int(attributes.size()); ++i) {
        const QString column = mapping.value(attributes.at(i), attributes.at(i));
        columns.m_index[i] = source.fieldIndex(column);
        columns.m_column[i] = column;
    }
    return columns;
}

bool AssetColumns::any() const
{
    return std::any_of(m_index.begin(), m_index.end(), [](int i) { return i >= 0; });
}

QStringList AssetColumns::found() const
{
    QStringList columns;
    for (int i = 0; i < int(m_index.size()); ++i) {
        if (m_index[i] >= 0)
            columns.append(m_column[i]);
    }
    return columns;
}

Result<std::optional<AssetValues>>
AssetColumns::read(const VectorSource &source, OGRFeatureH feature, ImportReport &report) const
{
    AssetValues values;
    bool ok = true;
    std::optional<Error> fatal;
    auto textOf = [&](int attribute) -> std::optional<QString> {
        if (m_index[attribute] < 0)
            return std::nullopt;
        auto text = source.text(feature, m_index[attribute]);
        if (!text) {
            fatal = text.error();
            ok = false;
            return std::nullopt;
        }
        if (text.value().isEmpty())
            return std::nullopt;
        return text.value();
    };
    auto number = [&](int attribute, double limit, bool whole) -> std::optional<double> {
        const std::optional<QString> text = textOf(attribute);
        if (!text || !ok)
            return std::nullopt;
        const QString &field = m_column[attribute];
        bool parsed = false;
        const double value = text->toDouble(&parsed);
        if (!parsed || !std::isfinite(value)) {
            report.reject(RejectReason::NotANumber,
                          at(source, field, tr("'%1' is not a number").arg(text->left(40))));
            ok = false;
            return std::nullopt;
        }
        if (whole && value != std::floor(value)) {
            report.reject(RejectReason::NotANumber,
                          at(source, field, tr("'%1' is not a whole number").arg(*text)));
            ok = false;
            return std::nullopt;
        }
        if (value < 0) {
            report.reject(RejectReason::Impossible,
                          at(source, field, tr("%1 is negative").arg(*text)));
            ok = false;
            return std::nullopt;
        }
        if (value > limit) {
            report.reject(RejectReason::Impossible,
                          at(source, field,
                             tr("%1 is more than any territory has (at most %2)")
                                 .arg(*text)
                                 .arg(limit, 0, 'g', 10)));
            ok = false;
            return std::nullopt;
        }
        return value;
    };

    if (auto v = number(Customers, double(MaxCustomers), true))
        values.customers = qint64(*v);
    if (auto v = number(OverheadKm, MaxLineKm, false))
        values.overheadKm = *v;
    if (auto v = number(UndergroundKm, MaxLineKm, false))
        values.undergroundKm = *v;
    if (auto v = number(Poles, double(MaxPoles), true))
        values.poles = qint64(*v);
    if (auto text = textOf(LastTrimmed); text && ok) {
        const QDate date = QDate::fromString(text->left(10), Qt::ISODate);
        if (!date.isValid() || text->size() != 10) {
            report.reject(RejectReason::BadTime,
                          at(source, m_column[LastTrimmed],
                             tr("'%1' is not a date of the form YYYY-MM-DD").arg(*text)));
            ok = false;
        } else {
            values.lastTrimmed = date.toString(Qt::ISODate);
        }
    }
    if (auto text = textOf(Depot); text && ok)
        values.depotCode = *text;
    if (fatal)
        return *fatal;
    if (!ok)
        return std::optional<AssetValues>();
    return std::optional<AssetValues>(values);
}

} // namespace stormcrew
