#pragma once

#include "domain/result.h"
#include "importreport.h"
#include "importtransaction.h"

#include <QCoreApplication>

namespace stormcrew {

class Store;
struct TropicalTrack;

// Imports tropical-cyclone tracks (HURDAT2, its JSON form, ATCF a-/b-decks; TrackReader) into
// tropical_storm and track_point, each storm tied to a storm row of kind 'tropical' (code = ATCF
// id). A track imported again replaces its earlier points: the best track by itself, a forecast
// by its issue time. One transaction.
class TrackImporter {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrackImporter)

public:
    explicit TrackImporter(Store &store);

    // stormFilter: only the storm with this ATCF id (AL092024) or name (Helene), any case; empty
    // for all. Returns the report also when the policy rolled the import back.
    [[nodiscard]] Result<ImportReport> run(const QString &file, const QString &stormFilter,
                                           RejectPolicy policy);

    // Title case for storm names: HELENE -> Helene.
    [[nodiscard]] static QString displayName(const QString &name);

private:
    Result<void> write(const TropicalTrack &track, const QString &source);

    Store &m_store;
};

} // namespace stormcrew
