// The options the imports of rasters averaged per territory share.
#include "zonaloptions.h"

#include <QCoreApplication>

#include <cmath>

namespace stormcrew::cli {

namespace {

struct ZonalOptions {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::ZonalOptions)
};

} // namespace

void addZonalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("band"), ZonalOptions::tr("The band to read (default 1)."),
                      ZonalOptions::tr("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("weighting"),
                      ZonalOptions::tr("How boundary pixels count: exact (the share of the pixel "
                                       "inside, default) or centre."),
                      ZonalOptions::tr("mode"), QStringLiteral("exact")});
    parser.addOption(
        {QStringLiteral("source"),
         ZonalOptions::tr("Source recorded with the figures (default: the file name)."),
         ZonalOptions::tr("text")});
}

Result<ZonalChoice> zonalChoice(const QCommandLineParser &parser, const QString &file)
{
    ZonalChoice choice;
    bool ok = false;
    choice.band = parser.value(QStringLiteral("band")).toInt(&ok);
    if (!ok)
        return Error{ZonalOptions::tr("--band '%1' is not a band number")
                         .arg(parser.value(QStringLiteral("band"))),
                     file,
                     0,
                     {}};
    const QString weighting = parser.value(QStringLiteral("weighting"));
    if (weighting == QLatin1String("centre") || weighting == QLatin1String("center"))
        choice.weighting = zonal::Weighting::CentreIn;
    else if (weighting != QLatin1String("exact"))
        return Error{
            ZonalOptions::tr("--weighting '%1': use exact or centre").arg(weighting), file, 0, {}};
    choice.source = parser.value(QStringLiteral("source"));
    return choice;
}

Result<std::optional<double>> numberOption(const QCommandLineParser &parser, const QString &name,
                                           const QString &file)
{
    if (!parser.isSet(name))
        return std::optional<double>();
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{ZonalOptions::tr("--%1 '%2' is not a number").arg(name, parser.value(name)),
                     file,
                     0,
                     {}};
    return std::optional<double>(value);
}

} // namespace stormcrew::cli
