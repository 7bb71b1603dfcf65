// CLI glue of `stormcrew-cli import track FILE`: maps options onto TrackImporter.
#include "clicommand.h"

#include "ingest/trackimporter.h"

namespace stormcrew::cli {

namespace {
struct ImportTrack {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ImportTrack)
};
} // namespace

ImportKind trackImportKind()
{
    return {QStringLiteral("track"),
            ImportTrack::tr("Tropical-cyclone tracks: HURDAT2, its JSON form, ATCF a-/b-decks."),
            [](QCommandLineParser &parser) {
                parser.addOption({QStringLiteral("storm"),
                                  ImportTrack::tr("Import only this storm of the file: its ATCF "
                                                  "id (AL092024) or name (Helene)."),
                                  ImportTrack::tr("id")});
            },
            [](Store &store, const QString &file, const QCommandLineParser &parser,
               RejectPolicy policy) -> Result<ImportReport> {
                return TrackImporter(store).run(file, parser.value(QStringLiteral("storm")),
                                                policy);
            }};
}

} // namespace stormcrew::cli
