// `stormcrew-cli features`: the raw feature table of a stored storm or of the latest forecast,
// to inspect what the model will read (and to check it against the store by hand).
#include "clicommand.h"

#include "features/featurebuilder.h"
#include "features/featurecatalogue.h"
#include "features/leafon.h"
#include "ingest/timeparser.h"
#include "store/store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace stormcrew::cli {

namespace {

// Translation context of this command's messages.
struct FeaturesCommand {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::FeaturesCommand)
};

QString isoTime(qint64 time)
{
    return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

// A CSV cell: shortest round-trip text, empty for a missing value; text quoted when needed.
QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 17) : QString();
}

QString csvText(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Where row k's leaf-on came from.
LeafOnSource leafOnSource(const FeatureTable &table, std::size_t k)
{
    return k < table.leafOnSource.size() ? table.leafOnSource[k] : LeafOnSource::Calendar;
}

QJsonObject toJson(const FeatureTable &table)
{
    QJsonArray features;
    for (Feature f : FeatureCatalogue::all()) {
        const FeatureInfo info = FeatureCatalogue::info(f);
        features.append(QJsonObject{{QStringLiteral("key"), info.key},
                                    {QStringLiteral("name"), info.name},
                                    {QStringLiteral("unit"), info.unit}});
    }
    QJsonArray territories;
    for (qsizetype i = 0; i < table.rows(); ++i) {
        const auto k = std::size_t(i);
        QJsonObject values;
        for (Feature f : FeatureCatalogue::all())
            values.insert(FeatureCatalogue::key(f), number(table.column(f)[k]));
        QJsonObject row{{QStringLiteral("code"), table.territoryCodes.at(i)},
                        {QStringLiteral("name"), table.territoryNames.at(i)},
                        {QStringLiteral("latitude"), table.latitude[k]},
                        {QStringLiteral("longitude"), table.longitude[k]},
                        {QStringLiteral("customers"), number(table.customers[k])},
                        {QStringLiteral("leafOnSource"), leafOnSourceKey(leafOnSource(table, k))},
                        {QStringLiteral("features"), values}};
        if (!table.outages.empty())
            row.insert(QStringLiteral("outages"), table.outages[k]);
        territories.append(row);
    }
    QJsonObject json{
        {QStringLiteral("stormId"), table.stormId},
        {QStringLiteral("stormCode"), table.stormCode},
        {QStringLiteral("stormKind"), table.stormKind},
        {QStringLiteral("windowStart"), isoTime(table.windowStart)},
        {QStringLiteral("windowEnd"), isoTime(table.windowEnd)},
        {QStringLiteral("asOf"), table.asOf ? QJsonValue(isoTime(*table.asOf)) : QJsonValue()},
        {QStringLiteral("forecastIssued"),
         table.forecastIssued ? QJsonValue(isoTime(*table.forecastIssued)) : QJsonValue()},
        {QStringLiteral("hasOutages"), !table.outages.empty()},
        {QStringLiteral("notes"), QJsonArray::fromStringList(table.notes)},
        {QStringLiteral("features"), features},
        {QStringLiteral("territories"), territories}};
    return json;
}

QString toCsv(const FeatureTable &table)
{
    QStringList header{QStringLiteral("territory"), QStringLiteral("name"),
                       QStringLiteral("latitude"), QStringLiteral("longitude"),
                       QStringLiteral("customers")};
    for (Feature f : FeatureCatalogue::all())
        header.append(FeatureCatalogue::key(f));
    header.append(QStringLiteral("leaf_on_source"));
    if (!table.outages.empty())
        header.append(QStringLiteral("outages"));
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (qsizetype i = 0; i < table.rows(); ++i) {
        const auto k = std::size_t(i);
        QStringList cells{csvText(table.territoryCodes.at(i)), csvText(table.territoryNames.at(i)),
                          csvNumber(table.latitude[k]), csvNumber(table.longitude[k]),
                          csvNumber(table.customers[k])};
        for (Feature f : FeatureCatalogue::all())
            cells.append(csvNumber(table.column(f)[k]));
        cells.append(leafOnSourceKey(leafOnSource(table, k)));
        if (!table.outages.empty())
            cells.append(csvNumber(table.outages[k]));
        csv += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

// A line per feature: its spread over the territories and how many are missing.
void printSummary(const FeatureTable &table, QTextStream &out)
{
    out << FeaturesCommand::tr("Storm %1 (%2), window %3 to %4")
               .arg(table.stormCode, table.stormKind, isoTime(table.windowStart),
                    isoTime(table.windowEnd))
        << Qt::endl;
    if (table.asOf)
        out << FeaturesCommand::tr("As of %1").arg(isoTime(*table.asOf)) << Qt::endl;
    if (table.forecastIssued)
        out << FeaturesCommand::tr("Forecast issued %1").arg(isoTime(*table.forecastIssued))
            << Qt::endl;
    out << FeaturesCommand::tr("%1 territories").arg(table.rows()) << Qt::endl << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(FeaturesCommand::tr("feature"), -24)
               .arg(FeaturesCommand::tr("unit"), -6)
               .arg(FeaturesCommand::tr("min"), 10)
               .arg(FeaturesCommand::tr("mean"), 10)
               .arg(FeaturesCommand::tr("max"), 10)
               .arg(FeaturesCommand::tr("missing"), 8)
        << Qt::endl;
    for (Feature f : FeatureCatalogue::all()) {
        const FeatureInfo info = FeatureCatalogue::info(f);
        double low = INFINITY, high = -INFINITY, sum = 0;
        int present = 0;
        for (double v : table.column(f)) {
            if (std::isnan(v))
                continue;
            low = std::min(low, v);
            high = std::max(high, v);
            sum += v;
            ++present;
        }
        const auto cell = [&](double v) {
            return present > 0 ? QStringLiteral("%1").arg(v, 10, 'g', 5)
                               : QStringLiteral("%1").arg(QStringLiteral("-"), 10);
        };
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(info.key, -24)
                   .arg(info.unit, -6)
                   .arg(cell(low), cell(present > 0 ? sum / present : 0), cell(high))
                   .arg(table.rows() - present, 8)
            << Qt::endl;
    }
    int sources[3] = {0, 0, 0};
    for (qsizetype i = 0; i < table.rows(); ++i)
        ++sources[int(leafOnSource(table, std::size_t(i)))];
    out << FeaturesCommand::tr("Leaf-on source: %1 territories from NDVI with their own season "
                               "(ndvi_seasonal), %2 from NDVI with the fixed pair (ndvi_fixed), "
                               "%3 from the calendar and latitude (calendar)")
               .arg(sources[int(LeafOnSource::NdviSeasonal)])
               .arg(sources[int(LeafOnSource::NdviFixed)])
               .arg(sources[int(LeafOnSource::Calendar)])
        << Qt::endl;
    if (!table.outages.empty()) {
        double total = 0;
        for (double v : table.outages)
            total += v;
        out << FeaturesCommand::tr("Outages observed: %1").arg(total, 0, 'f', 0) << Qt::endl;
    }
    for (const QString &note : table.notes)
        out << QStringLiteral("  ") << note << Qt::endl;
    out << FeaturesCommand::tr("Every territory's values: --csv FILE or --json.") << Qt::endl;
}

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = commandLine.parser();
    if (parser.isSet(QStringLiteral("catalogue"))) {
        out << FeatureCatalogue::markdownTable();
        return Success;
    }
    const bool storm = parser.isSet(QStringLiteral("storm"));
    const bool forecast = parser.isSet(QStringLiteral("forecast"));
    const QString usage =
        FeaturesCommand::tr("Usage: stormcrew-cli features --storm CODE|--forecast latest "
                            "[--as-of TIME] [--csv FILE] [--json]");
    if (storm == forecast || !parser.positionalArguments().isEmpty()) {
        err << FeaturesCommand::tr("Give either --storm CODE or --forecast latest.") << Qt::endl
            << usage << Qt::endl;
        return UsageError;
    }
    if (forecast && parser.value(QStringLiteral("forecast")) != QLatin1String("latest")) {
        err << FeaturesCommand::tr("--forecast %1: only 'latest' is known (the newest forecast "
                                   "issued by --as-of, or the newest of all).")
                   .arg(parser.value(QStringLiteral("forecast")))
            << Qt::endl;
        return UsageError;
    }
    FeatureRequest request;
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QString text = parser.value(QStringLiteral("as-of"));
        auto parsed = TimeParser(QTimeZone(QByteArrayLiteral("UTC"))).parse(text);
        if (!parsed) {
            err << FeaturesCommand::tr("--as-of %1 is not a time: give ISO 8601, e.g. "
                                       "2024-06-01T18:00:00Z (UTC unless an offset is given).")
                       .arg(text)
                << Qt::endl;
            return UsageError;
        }
        request.asOf = parsed.value();
    }

    const CommonOptions options = commandLine.common();
    auto opened = Store::open(options.dbPath, options.readOnly ? Store::Access::ReadOnly
                                                               : Store::Access::ReadWrite);
    if (!opened) {
        err << FeaturesCommand::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return Failure;
    }
    const FeatureBuilder builder(*opened.value());
    if (storm) {
        const QString code = parser.value(QStringLiteral("storm"));
        auto id = builder.stormId(code);
        if (!id) {
            err << id.error().toString() << Qt::endl
                << FeaturesCommand::tr("List the stored storms' codes with: stormcrew-cli "
                                       "storms list")
                << Qt::endl;
            return Failure;
        }
        request.stormId = id.value();
    } else {
        request.target = FeatureRequest::Target::LatestForecast;
    }
    auto built = builder.build(request);
    if (!built) {
        err << built.error().toString() << Qt::endl;
        return Failure;
    }
    const FeatureTable &table = built.value();

    if (parser.isSet(QStringLiteral("csv"))) {
        QSaveFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(table).toUtf8()) < 0 ||
            !file.commit()) {
            err << FeaturesCommand::tr("Cannot write %1: %2")
                       .arg(parser.value(QStringLiteral("csv")), file.errorString())
                << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(table)).toJson(QJsonDocument::Indented);
    else
        printSummary(table, out);
    return Success;
}

} // namespace

Command featuresCommand()
{
    return {QStringLiteral("features"),
            FeaturesCommand::tr("Show the raw features of a storm or the latest forecast."),
            [](QCommandLineParser &parser, const QStringList &) {
                parser.addOptions({
                    {QStringLiteral("storm"),
                     FeaturesCommand::tr("The stored storm, by code (stormcrew-cli storms list)."),
                     FeaturesCommand::tr("code")},
                    {QStringLiteral("forecast"),
                     FeaturesCommand::tr("'latest': the newest forecast issued by --as-of."),
                     FeaturesCommand::tr("latest")},
                    {QStringLiteral("as-of"),
                     FeaturesCommand::tr("Read only what was known then: observations whose "
                                         "period had ended and forecasts issued by then (ISO "
                                         "8601, UTC unless an offset is given)."),
                     FeaturesCommand::tr("time")},
                    {QStringLiteral("csv"),
                     FeaturesCommand::tr("Also write every territory's values to this CSV file."),
                     FeaturesCommand::tr("file")},
                    {QStringLiteral("json"), FeaturesCommand::tr("Print JSON instead of text.")},
                    {QStringLiteral("catalogue"),
                     FeaturesCommand::tr("Print the feature catalogue (the table in "
                                         "docs/model.md) and exit.")},
                });
            },
            run};
}

} // namespace stormcrew::cli
