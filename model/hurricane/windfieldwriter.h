#pragma once

#include "domain/result.h"
#include "windfield.h"

#include <QCoreApplication>

#include <optional>

namespace stormcrew {
class Store;
}

namespace stormcrew::hurricane {

// What storing a wind field wrote.
struct StoredWindField {
    QString source;         // weather.source: "track:AL092024"
    qint64 territories = 0; // territories that got rows
    qint64 rows = 0;
};

// Writes a wind field as hourly weather rows (wind_ms, gust_ms) of source "track:<ATCF id>",
// observations for a best track (issued_time NULL), forecasts with the track's issue time, so
// the features read them like any other weather. Replaces the rows the same track wrote before.
// Territories whose peak gust stays below MinimumGustMs get no rows (the profile's far tail).
class WindFieldWriter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::hurricane::WindFieldWriter)

public:
    static constexpr double MinimumGustMs = 10.0;

    explicit WindFieldWriter(Store &store);

    [[nodiscard]] Result<StoredWindField> write(const QString &atcfId, const WindField &field,
                                                std::optional<qint64> issued);

    [[nodiscard]] static QString sourceName(const QString &atcfId);

private:
    Store &m_store;
};

} // namespace stormcrew::hurricane
