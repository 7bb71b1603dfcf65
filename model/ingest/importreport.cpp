#include "importreport.h"

#include <QJsonArray>

#include <numeric>

namespace stormcrew {

namespace {
int index(RejectReason reason)
{
    return int(reason);
}
} // namespace

ImportReport::ImportReport(QString kind, QString file)
    : m_kind(std::move(kind)), m_file(std::move(file))
{}

void ImportReport::reject(RejectReason reason, Error where)
{
    ++m_rejected[index(reason)];
    auto &samples = m_samples[index(reason)];
    if (int(samples.size()) < SamplesPerReason)
        samples.push_back(std::move(where));
}

qint64 ImportReport::rejected() const
{
    return std::accumulate(m_rejected.begin(), m_rejected.end(), qint64(0));
}

qint64 ImportReport::rejected(RejectReason reason) const
{
    return m_rejected[index(reason)];
}

const std::vector<Error> &ImportReport::samples(RejectReason reason) const
{
    return m_samples[index(reason)];
}

QString ImportReport::reasonKey(RejectReason reason)
{
    switch (reason) {
    case RejectReason::Missing:
        return QStringLiteral("missing");
    case RejectReason::NotANumber:
        return QStringLiteral("not_a_number");
    case RejectReason::Impossible:
        return QStringLiteral("impossible");
    case RejectReason::Duplicate:
        return QStringLiteral("duplicate");
    case RejectReason::BadTime:
        return QStringLiteral("bad_time");
    case RejectReason::OutsideTerritories:
        return QStringLiteral("outside_territories");
    case RejectReason::UnknownTerritory:
        return QStringLiteral("unknown_territory");
    case RejectReason::BadGeometry:
        return QStringLiteral("bad_geometry");
    case RejectReason::UnknownDepot:
        return QStringLiteral("unknown_depot");
    }
    return {};
}

QString ImportReport::reasonLabel(RejectReason reason)
{
    switch (reason) {
    case RejectReason::Missing:
        return tr("Missing value");
    case RejectReason::NotANumber:
        return tr("Not a number");
    case RejectReason::Impossible:
        return tr("Physically impossible");
    case RejectReason::Duplicate:
        return tr("Duplicate");
    case RejectReason::BadTime:
        return tr("Unparseable or ambiguous time");
    case RejectReason::OutsideTerritories:
        return tr("Outside every territory");
    case RejectReason::UnknownTerritory:
        return tr("Unknown territory");
    case RejectReason::BadGeometry:
        return tr("Bad geometry");
    case RejectReason::UnknownDepot:
        return tr("Unknown depot");
    }
    return {};
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject byReason;
    for (int i = 0; i < RejectReasonCount; ++i) {
        const auto reason = RejectReason(i);
        if (m_rejected[i] == 0)
            continue;
        QJsonArray samples;
        for (const Error &e : m_samples[i])
            samples.append(QJsonObject{{QStringLiteral("file"), e.file},
                                       {QStringLiteral("line"), e.line},
                                       {QStringLiteral("field"), e.field},
                                       {QStringLiteral("message"), e.message}});
        byReason.insert(reasonKey(reason), QJsonObject{{QStringLiteral("count"), m_rejected[i]},
                                                       {QStringLiteral("first"), samples}});
    }
    return QJsonObject{{QStringLiteral("kind"), m_kind},
                       {QStringLiteral("file"), m_file},
                       {QStringLiteral("read"), m_read},
                       {QStringLiteral("accepted"), m_accepted},
                       {QStringLiteral("rejectedTotal"), rejected()},
                       {QStringLiteral("rejected"), byReason},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
}

ImportReport ImportReport::fromJson(const QJsonObject &json)
{
    ImportReport report(json.value(QStringLiteral("kind")).toString(),
                        json.value(QStringLiteral("file")).toString());
    report.m_read = json.value(QStringLiteral("read")).toInteger();
    report.m_accepted = json.value(QStringLiteral("accepted")).toInteger();
    const QJsonObject rejected = json.value(QStringLiteral("rejected")).toObject();
    for (int i = 0; i < RejectReasonCount; ++i) {
        const QJsonObject entry = rejected.value(reasonKey(RejectReason(i))).toObject();
        report.m_rejected[i] = entry.value(QStringLiteral("count")).toInteger();
        for (const QJsonValue &sample : entry.value(QStringLiteral("first")).toArray()) {
            const QJsonObject s = sample.toObject();
            report.m_samples[i].push_back(Error{s.value(QStringLiteral("message")).toString(),
                                                s.value(QStringLiteral("file")).toString(),
                                                s.value(QStringLiteral("line")).toInteger(),
                                                s.value(QStringLiteral("field")).toString()});
        }
    }
    for (const QJsonValue &note : json.value(QStringLiteral("notes")).toArray())
        report.m_notes.append(note.toString());
    return report;
}

QString ImportReport::toText() const
{
    QString text = tr("%1 import of %2: %3 rows read, %4 accepted, %5 rejected")
                       .arg(m_kind, m_file)
                       .arg(m_read)
                       .arg(m_accepted)
                       .arg(rejected()) +
                   QLatin1Char('\n');
    for (int i = 0; i < RejectReasonCount; ++i) {
        if (m_rejected[i] == 0)
            continue;
        text += QStringLiteral("  %1: %2\n").arg(reasonLabel(RejectReason(i))).arg(m_rejected[i]);
        for (const Error &e : m_samples[i])
            text += QStringLiteral("    %1\n").arg(e.toString());
    }
    for (const QString &note : m_notes)
        text += QStringLiteral("  %1\n").arg(note);
    return text;
}

} // namespace stormcrew
