#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <vector>

namespace stormcrew {

// Why an input row was not accepted. The order is the order reports list them in.
enum class RejectReason {
    Missing,            // a required field is empty
    NotANumber,         // a numeric field does not parse
    Impossible,         // physically impossible: gust below sustained wind, negative customers
    Duplicate,          // the same key twice in the input, or a key the store already holds
    BadTime,            // unparseable or ambiguous time or time zone
    OutsideTerritories, // a location inside no territory
    UnknownTerritory,   // a territory code the store does not hold
    BadGeometry,        // empty or unrepairable geometry
    UnknownDepot,       // a depot code the store does not hold
};
inline constexpr int RejectReasonCount = 9;

// The data-quality report every import ends with: rows read, accepted, rejected by reason, with
// file, line and field for the first few rejects of each reason.
class ImportReport {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::ImportReport)

public:
    static constexpr int SamplesPerReason = 5;

    ImportReport(QString kind, QString file);

    void countRead(qint64 rows = 1) { m_read += rows; }
    void countAccepted(qint64 rows = 1) { m_accepted += rows; }
    void reject(RejectReason reason, Error where);
    // Something worth telling that is not a reject, e.g. "3 geometries repaired (MakeValid)".
    void note(const QString &text) { m_notes.append(text); }

    [[nodiscard]] QString kind() const { return m_kind; }
    [[nodiscard]] QString file() const { return m_file; }
    [[nodiscard]] qint64 read() const { return m_read; }
    [[nodiscard]] qint64 accepted() const { return m_accepted; }
    [[nodiscard]] qint64 rejected() const;
    [[nodiscard]] qint64 rejected(RejectReason reason) const;
    [[nodiscard]] const std::vector<Error> &samples(RejectReason reason) const;
    [[nodiscard]] const QStringList &notes() const { return m_notes; }

    // Stable machine names (JSON keys): "missing", "not_a_number", ...
    [[nodiscard]] static QString reasonKey(RejectReason reason);
    // Sentence-case, translated: "Missing value", "Not a number", ...
    [[nodiscard]] static QString reasonLabel(RejectReason reason);

    [[nodiscard]] QJsonObject toJson() const;
    static ImportReport fromJson(const QJsonObject &json);
    // A few lines a person reads after an import.
    [[nodiscard]] QString toText() const;

private:
    QString m_kind;
    QString m_file;
    qint64 m_read = 0;
    qint64 m_accepted = 0;
    std::array<qint64, RejectReasonCount> m_rejected{};
    std::array<std::vector<Error>, RejectReasonCount> m_samples;
    QStringList m_notes;
};

} // namespace stormcrew
