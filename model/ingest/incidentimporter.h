#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"

#include <QCoreApplication>
#include <QHash>

namespace stormcrew {

class Store;

// How to read an outage incident table.
struct IncidentImportOptions {
    // Field -> the file's column, for columns not named as the fields: id, start, end,
    // customers, cause, lat, lon, territory (a territory code, used when lat/lon are empty).
    QHash<QString, QString> mapping;
    QString timeZone; // IANA zone of times written without one; empty: such times are rejected
    QString source;   // names the feed in incident.source; empty: the file name
};

// Imports outage incidents from a CSV file (also .csv.gz) or any OGR table: times to Unix
// seconds UTC, each located in its territory by point-in-polygon (or by territory code when it
// has no coordinates), upserted by (source, id) so a newer copy of a log updates restorations.
class IncidentImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::IncidentImporter)

public:
    explicit IncidentImporter(Store &store);

    // The fields a mapping may name, in the order the documentation lists them.
    [[nodiscard]] static QStringList fields();

    // One transaction; returns the report also when the policy rolled it back
    // (ImportTransaction::accepts), an Error when nothing could be read or written.
    [[nodiscard]] Result<ImportReport>
    run(const QString &file, const IncidentImportOptions &options, RejectPolicy policy);

private:
    Store &m_store;
};

} // namespace stormcrew
