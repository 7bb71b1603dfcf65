// `stormcrew-cli windfield --storm ID`: the parametric wind field of a tropical storm's track per
// territory; printed, and written as the storm's hourly weather with --store.
#include "clicommand.h"

#include "hurricane/hollandprofile.h"
#include "hurricane/radiicheck.h"
#include "hurricane/trackrepository.h"
#include "hurricane/windfieldwriter.h"
#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace stormcrew::cli {

namespace {

using namespace stormcrew::hurricane;

struct WindfieldCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::WindfieldCommand)
};

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// The track --issued names: the best track by default (the latest forecast when there is none),
// "latest" or an issue time for a forecast.
Result<std::optional<qint64>> chooseIssue(const TropicalStormInfo &storm,
                                          const QCommandLineParser &parser)
{
    const QString issued = parser.value(QStringLiteral("issued"));
    if (issued.isEmpty()) {
        if (storm.hasBestTrack || storm.forecastIssues.empty())
            return std::optional<qint64>();
        return std::optional<qint64>(storm.forecastIssues.back());
    }
    if (issued == QLatin1String("latest")) {
        if (storm.forecastIssues.empty())
            return Error{WindfieldCommand::tr("%1 has no forecast track; import an ATCF a-deck")
                             .arg(storm.atcfId),
                         {},
                         0,
                         QStringLiteral("--issued")};
        return std::optional<qint64>(storm.forecastIssues.back());
    }
    auto time = timeOption(parser, QStringLiteral("issued"));
    if (!time)
        return time.error();
    return time.value();
}

QJsonObject radiiJson(const RadiiComparison &comparison)
{
    QJsonObject json;
    for (int t = 0; t < 3; ++t) {
        const RadiiError &e = comparison.byThreshold[t];
        json.insert(QStringLiteral("r%1").arg(TrackPoint::RadiiThresholdsKt[t]),
                    QJsonObject{{QStringLiteral("count"), e.count},
                                {QStringLiteral("meanAbsoluteErrorNm"), e.meanAbsoluteNm},
                                {QStringLiteral("biasNm"), e.biasNm}});
    }
    return json;
}

QString radiiText(const QString &label, const RadiiComparison &comparison)
{
    QString text = label + QLatin1Char('\n');
    for (int t = 0; t < 3; ++t) {
        const RadiiError &e = comparison.byThreshold[t];
        text += WindfieldCommand::tr("  %1 kt: %2 radii, mean absolute error %3 n mi, bias %4 "
                                     "n mi\n")
                    .arg(TrackPoint::RadiiThresholdsKt[t])
                    .arg(e.count)
                    .arg(e.meanAbsoluteNm, 0, 'f', 1)
                    .arg(e.biasNm, 0, 'f', 1);
    }
    return text;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    const QString stormName = parser.value(QStringLiteral("storm"));
    if (stormName.isEmpty()) {
        err << WindfieldCommand::tr("Name the storm: windfield --storm ID (its ATCF id or name).")
            << Qt::endl;
        return UsageError;
    }
    const bool storeIt = parser.isSet(QStringLiteral("store"));
    auto store = openStore(commandLine, err, storeIt);
    if (!store)
        return Failure;
    TrackRepository tracks(*store);
    auto storm = tracks.find(stormName);
    if (!storm) {
        err << storm.error().toString() << Qt::endl;
        return Failure;
    }
    auto issue = chooseIssue(storm.value(), parser);
    if (!issue) {
        err << issue.error().toString() << Qt::endl;
        return Failure;
    }
    auto track = tracks.track(storm.value(), issue.value());
    auto points = tracks.samplePoints();
    if (!track || !points) {
        err << (!track ? track.error() : points.error()).toString() << Qt::endl;
        return Failure;
    }
    WindFieldOptions options;
    options.fitToRadii = !parser.isSet(QStringLiteral("no-fit"));
    QElapsedTimer timer;
    timer.start();
    const WindField field = computeWindField(track.value(), points.value(), options);
    const qint64 elapsedMs = timer.elapsed();

    std::vector<const TerritoryWind *> windy;
    for (const TerritoryWind &territory : field.territories)
        if (territory.peakGustMs >= WindFieldWriter::MinimumGustMs)
            windy.push_back(&territory);
    std::sort(windy.begin(), windy.end(), [](const TerritoryWind *a, const TerritoryWind *b) {
        return a->peakGustMs > b->peakGustMs ||
               (a->peakGustMs == b->peakGustMs && a->code < b->code);
    });

    std::optional<StoredWindField> stored;
    if (storeIt) {
        auto written = WindFieldWriter(*store).write(storm.value().atcfId, field, issue.value());
        if (!written) {
            err << WindfieldCommand::tr("Storing failed: %1").arg(written.error().toString())
                << Qt::endl;
            return Failure;
        }
        stored = written.value();
    }
    const bool radii = parser.isSet(QStringLiteral("radii"));
    const QString kind = issue.value()
                             ? WindfieldCommand::tr("forecast issued %1").arg(iso(*issue.value()))
                             : WindfieldCommand::tr("best track");

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray territories;
        for (const TerritoryWind &t : field.territories)
            territories.append(QJsonObject{{QStringLiteral("code"), t.code},
                                           {QStringLiteral("peakWindMs"), t.peakWindMs},
                                           {QStringLiteral("peakGustMs"), t.peakGustMs},
                                           {QStringLiteral("hoursGust20"), t.hoursGust20},
                                           {QStringLiteral("hoursWind34kt"), t.hoursWind34kt},
                                           {QStringLiteral("hoursWind64kt"), t.hoursWind64kt}});
        QJsonObject json{{QStringLiteral("storm"), storm.value().atcfId},
                         {QStringLiteral("name"), storm.value().name},
                         {QStringLiteral("issuedTime"),
                          issue.value() ? QJsonValue(iso(*issue.value())) : QJsonValue()},
                         {QStringLiteral("firstHour"), iso(field.firstHour)},
                         {QStringLiteral("hours"), field.hours},
                         {QStringLiteral("fixes"), int(field.fixes.size())},
                         {QStringLiteral("fittedFixes"), field.fittedFixes},
                         {QStringLiteral("stepMinutes"), options.stepMinutes},
                         {QStringLiteral("gustFactor"), options.gustFactor},
                         {QStringLiteral("exposureFactor"), options.exposureFactor},
                         {QStringLiteral("computeMs"), elapsedMs},
                         {QStringLiteral("territories"), territories},
                         {QStringLiteral("stored"), stored.has_value()}};
        if (stored)
            json.insert(QStringLiteral("storedRows"), stored->rows);
        if (radii) {
            json.insert(QStringLiteral("radiiFitted"),
                        radiiJson(compareRadii(track.value(), true)));
            json.insert(QStringLiteral("radiiEmpirical"),
                        radiiJson(compareRadii(track.value(), false)));
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }

    out << WindfieldCommand::tr("%1 %2, %3: %4 fixes (%5 fitted to their wind radii), %6 hours "
                                "from %7, every %8 min; %9 ms.")
               .arg(storm.value().atcfId, storm.value().name, kind)
               .arg(field.fixes.size())
               .arg(field.fittedFixes)
               .arg(field.hours)
               .arg(iso(field.firstHour))
               .arg(options.stepMinutes)
               .arg(elapsedMs)
        << Qt::endl;
    out << WindfieldCommand::tr("%n territory(ies) with a peak gust of at least 10 m/s "
                                "(gust = %1 x sustained):",
                                nullptr, int(windy.size()))
               .arg(options.gustFactor)
        << Qt::endl;
    out << WindfieldCommand::tr("code        peak wind m/s  peak gust m/s  h gust>=20  h >=34kt  "
                                "h >=64kt")
        << Qt::endl;
    for (const TerritoryWind *t : windy)
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(t->code, -10)
                   .arg(t->peakWindMs, 13, 'f', 1)
                   .arg(t->peakGustMs, 13, 'f', 1)
                   .arg(t->hoursGust20, 10)
                   .arg(t->hoursWind34kt, 8)
                   .arg(t->hoursWind64kt, 8)
            << Qt::endl;
    if (radii) {
        out << radiiText(WindfieldCommand::tr("Modelled against the track's wind radii, fitted:"),
                         compareRadii(track.value(), true));
        out << radiiText(WindfieldCommand::tr("Empirical RMW and B alone:"),
                         compareRadii(track.value(), false));
    }
    if (stored)
        out << WindfieldCommand::tr("Stored %1 hourly weather rows for %2 territories as "
                                    "source %3.")
                   .arg(stored->rows)
                   .arg(stored->territories)
                   .arg(stored->source)
            << Qt::endl;
    else
        out << WindfieldCommand::tr("Not stored: rerun with --store to write these winds as the "
                                    "storm's hourly weather (source %1).")
                   .arg(WindFieldWriter::sourceName(storm.value().atcfId))
            << Qt::endl;
    return Success;
}

} // namespace

Command windfieldCommand()
{
    return {QStringLiteral("windfield"),
            WindfieldCommand::tr("Wind field of a tropical storm's track per territory; --store "
                                 "writes it as weather."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addOptions({
                    {QStringLiteral("storm"),
                     WindfieldCommand::tr("The storm: ATCF id (AL092024) or name."),
                     WindfieldCommand::tr("id")},
                    {QStringLiteral("issued"),
                     WindfieldCommand::tr("A forecast track: its issue time (ISO 8601) or "
                                          "'latest'. Default: the best track."),
                     WindfieldCommand::tr("time")},
                    {QStringLiteral("store"),
                     WindfieldCommand::tr("Write the field as the storm's hourly weather "
                                          "(replacing what this track wrote before).")},
                    {QStringLiteral("no-fit"),
                     WindfieldCommand::tr("Do not fit RMW and B to the track's wind radii.")},
                    {QStringLiteral("radii"),
                     WindfieldCommand::tr("Compare the modelled 34/50/64-kt radii with the "
                                          "track's.")},
                    {QStringLiteral("json"), WindfieldCommand::tr("Print JSON.")},
                });
            },
            run};
}

} // namespace stormcrew::cli
